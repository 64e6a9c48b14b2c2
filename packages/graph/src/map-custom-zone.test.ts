import { parseTimeZoneId } from '@upfront/core';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { toWorkingHours, toWorkingHoursZone } from './map-time.js';
import { contractBody } from './testing/contract.js';
import type { GraphCustomTimeZone, GraphScheduleInformation } from './wire-types.js';

// Windows convention (customTimeZone): UTC = local + bias; daylight time adds daylightBias. `daylightOffset` says when
// daylight time starts (local standard time), `standardOffset` when it ends (local daylight time); occurrence 5 = last.
const custom = (bias: number, daylight?: { start: [number, number, string, string]; end: [number, number, string, string]; bias?: number }): GraphCustomTimeZone => ({
  '@odata.type': '#microsoft.graph.customTimeZone',
  name: 'Customized Time Zone',
  bias,
  standardOffset: daylight ? { month: daylight.end[0], dayOccurrence: daylight.end[1], dayOfWeek: daylight.end[2], time: daylight.end[3], year: 0 } : { month: 0, dayOccurrence: 0, dayOfWeek: 'sunday', time: '00:00:00', year: 0 },
  daylightOffset: daylight
    ? { month: daylight.start[0], dayOccurrence: daylight.start[1], dayOfWeek: daylight.start[2], time: daylight.start[3], year: 0, daylightBias: daylight.bias ?? -60 }
    : { month: 0, dayOccurrence: 0, dayOfWeek: 'sunday', time: '00:00:00', year: 0, daylightBias: 0 },
});

const megan = contractBody<{ value: GraphScheduleInformation[] }>('getSchedule.post.1').value[1]?.workingHours?.timeZone as GraphCustomTimeZone;
// Olivia's working hours in the demo organisation: Sydney's rules, as Outlook writes them for a zone set by rules.
const sydney = custom(-600, { start: [10, 1, 'sunday', '02:00:00.0000000'], end: [4, 1, 'sunday', '03:00:00.0000000'] });
const centralEurope = custom(-60, { start: [3, 5, 'sunday', '02:00:00'], end: [10, 5, 'sunday', '03:00:00'] });
const britishIsles = custom(0, { start: [3, 5, 'sunday', '01:00:00'], end: [10, 5, 'sunday', '02:00:00'] });
// Israel: daylight time from the Friday before the last Sunday of March (here: the last Friday) to the last Sunday of October.
const israel = custom(-120, { start: [3, 5, 'friday', '02:00:00'], end: [10, 5, 'sunday', '02:00:00'] });
const india = custom(-330);
const fixedMinus8 = custom(480);

describe('a customTimeZone keeps its daylight-saving rules', () => {
  it.each([
    // 2026: US daylight time from Sun 8 Mar (2nd Sunday) 02:00 to Sun 1 Nov (1st Sunday) 02:00, UTC−8/−7: Los Angeles.
    { case: 'getSchedule.post.1 (US rules, bias 480), no country', zone: megan, country: undefined, want: 'America/Los_Angeles' },
    { case: 'US rules in the US', zone: megan, country: 'US', want: 'America/Los_Angeles' },
    { case: 'US rules in Mexico (Baja California follows them)', zone: megan, country: 'MX', want: 'America/Tijuana' },
    { case: 'US rules in Canada', zone: megan, country: 'CA', want: 'America/Vancouver' },
    // UTC+10, daylight UTC+11 from Sun 4 Oct 2026 to Sun 5 Apr 2026 / 4 Apr 2027: Sydney, never Brisbane (no DST).
    { case: 'Sydney rules in Australia', zone: sydney, country: 'AU', want: 'Australia/Sydney' },
    { case: 'Sydney rules, no country', zone: sydney, country: undefined, want: 'Australia/Sydney' },
    // EU: last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC.
    { case: 'central European rules in Spain', zone: centralEurope, country: 'ES', want: 'Europe/Madrid' },
    { case: 'central European rules in Germany', zone: centralEurope, country: 'DE', want: 'Europe/Berlin' },
    { case: 'British rules in Ireland', zone: britishIsles, country: 'IE', want: 'Europe/Dublin' },
    { case: 'British rules, no country', zone: britishIsles, country: undefined, want: 'Europe/London' },
    // 2026: Fri 27 Mar (the Friday before Sun 29 Mar) to Sun 25 Oct, UTC+2/+3.
    { case: 'Israeli rules in Israel', zone: israel, country: 'IL', want: 'Asia/Jerusalem' },
    // No daylight time: a constant UTC+5:30 is India's zone; a constant UTC−8 with no country stays a fixed offset.
    { case: 'no daylight time, UTC+5:30 in India', zone: india, country: 'IN', want: 'Asia/Kolkata' },
    { case: 'no daylight time, UTC−8, no country', zone: fixedMinus8, country: undefined, want: 'Etc/GMT+8' },
  ])('$case → $want', ({ zone, country, want }) => {
    expect(toWorkingHoursZone(zone, 'wh.timeZone', { year: 2026, ...(country ? { country } : {}) })).toBe(want);
  });

  it('prefers a mailbox zone only when it follows the same rules (UTC does not follow British summer time)', () => {
    // Old behaviour kept any mailbox zone with the same standard offset: UTC for a London person, an hour off all summer.
    expect(toWorkingHoursZone(britishIsles, 'wh.timeZone', { year: 2026, fallback: parseTimeZoneId('UTC') })).toBe('Europe/London');
    expect(toWorkingHoursZone(centralEurope, 'wh.timeZone', { year: 2026, fallback: parseTimeZoneId('Europe/Paris'), country: 'DE' })).toBe('Europe/Paris');
  });

  it('reads working hours that follow daylight saving: 08:00 for Megan is 16:00Z in January and 15:00Z in July', () => {
    // getSchedule.post.1: Megan works 08:00–17:00 in her custom zone. 08:00 PST (UTC−8) on Wed 14 Jan 2026 = 16:00Z;
    // 08:00 PDT (UTC−7) on Wed 15 Jul 2026 = 15:00Z. A fixed Etc/GMT+8 would say 16:00Z for both.
    const hours = toWorkingHours(contractBody<{ value: GraphScheduleInformation[] }>('getSchedule.post.1').value[1]?.workingHours, 'wh', { year: 2026 });
    const at = (date: string) => DateTime.fromISO(`${date}T${hours.start}`, { zone: hours.timeZone }).toUTC().toISO({ suppressMilliseconds: true });
    expect([at('2026-01-14'), at('2026-07-15')]).toEqual(['2026-01-14T16:00:00Z', '2026-07-15T15:00:00Z']);
  });

  it('reads a custom zone without its @odata.type annotation by its bias and rules', () => {
    const { '@odata.type': _annotation, ...bare } = sydney;
    expect(toWorkingHoursZone(bare, 'wh.timeZone', { year: 2026, country: 'AU' })).toBe('Australia/Sydney');
  });

  it('names the field of an impossible rule', () => {
    expect(() => toWorkingHoursZone({ ...sydney, daylightOffset: { ...sydney.daylightOffset, month: 13 } }, 'wh.timeZone', { year: 2026 })).toThrow(
      expect.objectContaining({ field: 'wh.timeZone.daylightOffset.month' }),
    );
    expect(() => toWorkingHoursZone({ ...sydney, bias: 'ten' as never }, 'wh.timeZone', { year: 2026 })).toThrow(expect.objectContaining({ field: 'wh.timeZone.bias' }));
  });
});
