import { describe, expect, it } from 'vitest';
import { aPerson, aStakeholder, at } from '../testing/builders.js';
import { chooseSendTime } from './choose-send-time.js';

const lena = aStakeholder({ id: 'lena@x', zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
const noa = aStakeholder({ id: 'noa@x', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4] });
const priya = aStakeholder({ id: 'priya@x', zone: 'Asia/Kolkata' });
const maria = aStakeholder({ id: 'maria@x', zone: 'America/Los_Angeles' });
const sam = aStakeholder({ id: 'sam@x', zone: 'America/New_York' });

describe('chooseSendTime', () => {
  it.each([
    // Tue 1 Dec 2026, Berlin is UTC+1: 09:30 is inside 09:00–17:00, so now.
    { case: 'now, inside working hours', who: [lena], now: '2026-12-01T08:30:00Z', want: '2026-12-01T08:30:00Z' },
    // 07:00 Berlin is before 09:00 → 09:00 = 08:00Z.
    { case: 'the start of the day before hours', who: [lena], now: '2026-12-01T06:00:00Z', want: '2026-12-01T08:00:00Z' },
    // Fri 4 Dec 18:00 Berlin: Saturday and Sunday are not working days → Mon 7 Dec 09:00 = 08:00Z.
    { case: 'after the weekend', who: [lena], now: '2026-12-04T17:00:00Z', want: '2026-12-07T08:00:00Z' },
    // Tel Aviv (UTC+2) works Sun–Thu: Friday 11:00 is off, Saturday too → Sun 6 Dec 09:00 = 07:00Z.
    { case: 'a Sun–Thu week starts on Sunday', who: [noa], now: '2026-12-04T09:00:00Z', want: '2026-12-06T07:00:00Z' },
    // Noa's first hour is Sun 07:00Z but Lena's Sunday is off; Monday both: Lena 08:00Z–16:00Z, Noa 07:00Z–15:00Z → 08:00Z.
    { case: 'the first hour two weeks share', who: [noa, lena], now: '2026-12-04T09:00:00Z', want: '2026-12-07T08:00:00Z' },
    // Thu 24 Dec 17:30 Berlin is after hours; 25 (Fri) and 26 (Sat) Dec are public holidays, 27 Sunday → Mon 28 Dec 08:00Z.
    { case: 'past German public holidays', who: [lena], now: '2026-12-24T16:30:00Z', want: '2026-12-28T08:00:00Z' },
    // The same, with 25 December marked as a working day for Lena → Fri 25 Dec 09:00 = 08:00Z.
    {
      case: 'on a holiday the user marked as worked',
      who: [aStakeholder({ id: 'lena@x', holidayRegion: { country: 'DE' }, workedHolidays: ['2026-12-25'] })],
      now: '2026-12-24T16:30:00Z',
      want: '2026-12-25T08:00:00Z',
    },
    // New York springs forward on Sun 8 Mar 2026: Friday 18:00 EST is after hours; Monday 09:00 is EDT (UTC−4) = 13:00Z, not 14:00Z.
    { case: 'across a spring-forward switch', who: [sam], now: '2026-03-06T23:00:00Z', want: '2026-03-09T13:00:00Z' },
    // Berlin falls back on Sun 25 Oct 2026: Friday 18:00 CEST is after hours; Monday 09:00 is CET (UTC+1) = 08:00Z, not 07:00Z.
    { case: 'across a fall-back switch', who: [lena], now: '2026-10-23T16:00:00Z', want: '2026-10-26T08:00:00Z' },
    // Away until Wed 2 Dec 12:00Z (13:00 Berlin, inside hours) → 12:00Z.
    {
      case: 'after time away',
      who: [aStakeholder({ id: 'lena@x', away: { start: '2026-12-01T00:00:00Z', end: '2026-12-02T12:00:00Z' } })],
      now: '2026-12-01T08:00:00Z',
      want: '2026-12-02T12:00:00Z',
    },
    // A person who is not a stakeholder (a meeting attendee) has the same rules.
    { case: 'for a person who is not a stakeholder', who: [aPerson({ id: 'jonas@x', zone: 'Europe/Berlin' })], now: '2026-12-01T06:00:00Z', want: '2026-12-01T08:00:00Z' },
  ])('sends $case', ({ who, now, want }) => {
    const choice = chooseSendTime(who, at(now), { withinDays: 3 });
    expect(choice).toEqual({ groups: [{ recipientIds: who.map((p) => p.id).sort(), sendAt: want }], unreachable: [] });
  });

  it('splits recipients who never share working hours, each with their own earliest time', () => {
    // Kolkata 09:00–17:00 is 03:30Z–11:30Z; Los Angeles 09:00–17:00 (PST) is 17:00Z–01:00Z: no overlap on any day.
    // Now Tue 1 Dec 00:00Z is Mon 16:00 in Los Angeles (inside) and 05:30 in Kolkata (before 09:00 → 03:30Z).
    const choice = chooseSendTime([priya, maria], at('2026-12-01T00:00:00Z'), { withinDays: 3 });
    expect(choice).toEqual({
      groups: [
        { recipientIds: ['maria@x'], sendAt: '2026-12-01T00:00:00Z' },
        { recipientIds: ['priya@x'], sendAt: '2026-12-01T03:30:00Z' },
      ],
      unreachable: [],
    });
  });

  it('keeps people who share a window together when another one does not fit', () => {
    // Lena (Berlin 08:00Z–16:00Z) and Priya (03:30Z–11:30Z) share 08:00Z–11:30Z; Maria shares nothing with Priya.
    // Now Tue 06:00Z: Priya's window opens first (06:00Z), Lena joins her (08:00Z); Maria's opens at 17:00Z.
    const choice = chooseSendTime([lena, priya, maria], at('2026-12-01T06:00:00Z'), { withinDays: 3 });
    expect(choice.groups).toEqual([
      { recipientIds: ['lena@x', 'priya@x'], sendAt: '2026-12-01T08:00:00Z' },
      { recipientIds: ['maria@x'], sendAt: '2026-12-01T17:00:00Z' },
    ]);
  });

  it('finds a later window for one person alone when they are away through the common search', () => {
    // Away until Mon 7 Dec 08:00Z: nothing within 3 days of Tue 1 Dec, so their own search goes on → Mon 08:00Z.
    const away = aStakeholder({ id: 'away@x', away: { start: '2026-11-30T00:00:00Z', end: '2026-12-07T08:00:00Z' } });
    const choice = chooseSendTime([away, lena], at('2026-12-01T08:00:00Z'), { withinDays: 3 });
    expect(choice.groups).toEqual([
      { recipientIds: ['lena@x'], sendAt: '2026-12-01T08:00:00Z' },
      { recipientIds: ['away@x'], sendAt: '2026-12-07T08:00:00Z' },
    ]);
  });

  it('says who cannot be reached before a bound', () => {
    // A brief must go before the meeting at Tue 07:30Z; Lena's day starts at 08:00Z.
    const choice = chooseSendTime([lena], at('2026-12-01T06:00:00Z'), { withinDays: 3, before: at('2026-12-01T07:30:00Z') });
    expect(choice).toEqual({ groups: [], unreachable: ['lena@x'] });
  });

  it('works through the night for hours that cross midnight', () => {
    // 22:00–06:00 Berlin on Mon–Fri: Tue 1 Dec 02:00Z is 03:00, inside Monday's shift.
    const nights = aStakeholder({ id: 'night@x', start: '22:00', end: '06:00' });
    expect(chooseSendTime([nights], at('2026-12-01T02:00:00Z'), { withinDays: 3 }).groups[0]?.sendAt).toBe('2026-12-01T02:00:00Z');
  });
});
