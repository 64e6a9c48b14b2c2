import type { DayOwner, LocalTime, TimeZoneId, Weekday } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { toTheirMorning } from '../src/services/to-their-morning.js';

const person = (id: string, zone: string, country: string, days: Weekday[] = [1, 2, 3, 4, 5], start = '09:00'): DayOwner => ({
  id,
  timeZone: zone as TimeZoneId,
  workingHours: { days, start: start as LocalTime, end: '17:00' as LocalTime, timeZone: zone as TimeZoneId },
  holidayRegion: { country },
});
const jonas = person('jonas@x', 'Europe/Berlin', 'DE');
const priya = person('priya@x', 'Asia/Kolkata', 'IN');
const noa = person('noa@x', 'Asia/Jerusalem', 'IL', [0, 1, 2, 3, 4]);

describe('deliver in their morning', () => {
  it.each([
    // Mon 24 Mar 2025 08:00Z is 09:00 in Berlin (CET, UTC+1): the day has just begun, so the next start is Tuesday's.
    { case: 'the next start, not the one that is now', who: [jonas], now: '2025-03-24T08:00:00Z', want: '2025-03-25T08:00:00Z' },
    // Fri 28 Mar 17:00Z: Berlin's weekend, then DST (30 Mar): Monday 09:00 CEST (UTC+2) = 07:00Z.
    { case: 'past the weekend and across the DST switch', who: [jonas], now: '2025-03-28T17:00:00Z', want: '2025-03-31T07:00:00Z' },
    // Kolkata is UTC+5:30: Monday 09:00 there is 03:30Z, already past at 08:00Z; Tuesday 03:30Z for Priya,
    // Tuesday 08:00Z for Jonas: the later one, so that neither gets it before their day begins.
    { case: 'the latest start of several readers', who: [priya, jonas], now: '2025-03-24T08:00:00Z', want: '2025-03-25T08:00:00Z' },
    // Thu 2 Apr 2026 is no holiday in Berlin, but Fri 3 Apr (Good Friday) and Mon 6 Apr (Easter Monday) are:
    // after Thursday's start the next working morning is Tuesday 7 Apr 09:00 CEST = 07:00Z.
    { case: 'past public holidays', who: [jonas], now: '2026-04-02T10:00:00Z', want: '2026-04-07T07:00:00Z' },
    // A Sunday–Thursday week in Jerusalem: after Thursday it is Sunday 09:00 IDT (UTC+3) = 06:00Z.
    { case: 'in a Sunday-to-Thursday week', who: [noa], now: '2025-05-01T12:00:00Z', want: '2025-05-04T06:00:00Z' },
  ])('$case', ({ who, now, want }) => {
    expect(toTheirMorning(who, now as never)).toBe(want);
  });

  it('offers no time when nobody works in the next fortnight', () => {
    expect(toTheirMorning([person('x@x', 'UTC', 'GB', [])], '2025-03-24T08:00:00Z' as never)).toBeUndefined();
  });
});
