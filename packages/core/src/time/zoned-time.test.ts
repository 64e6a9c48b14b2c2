import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { on } from '../testing/builders.js';
import type { LocalDate, TimeZoneId } from './types.js';
import type { Instant } from './types.js';
import { addDays, instantMs, localDateOf, msToInstant, offsetMinutes, weekdayOf, zonedMs } from './zoned-time.js';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Jerusalem', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Apia', 'America/St_Johns', 'America/Santiago', 'UTC'] as TimeZoneId[];
const zoneArb = fc.constantFrom(...ZONES);
const dayArb = fc.integer({ min: Date.UTC(2019, 0, 1) / 86_400_000, max: Date.UTC(2031, 0, 1) / 86_400_000 });
const toDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10) as LocalDate;

describe('zoned time', () => {
  it('reads wall-clock times like luxon, DST gaps and switch days included', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, fc.integer({ min: 0, max: 24 * 4 - 1 }), (zone, day, quarter) => {
        const date = toDate(day);
        const [year, month, d] = date.split('-').map(Number) as [number, number, number];
        const wall = DateTime.fromObject({ year, month, day: d, hour: Math.floor(quarter / 4), minute: (quarter % 4) * 15 }, { zone });
        const ours = zonedMs(date, quarter * 15, zone);
        // In a fall-back overlap both readings are right; we take the first occurrence.
        const overlap = wall.offset !== DateTime.fromMillis(wall.toMillis() - 3_600_000, { zone }).offset;
        if (!overlap) expect(ours).toBe(wall.toMillis());
        expect(DateTime.fromMillis(ours, { zone }).toFormat('HH:mm')).toBe(DateTime.fromMillis(wall.toMillis(), { zone }).toFormat('HH:mm'));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the local date and offset of an instant like luxon', () => {
    fc.assert(
      fc.property(zoneArb, fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2031, 0, 1) }), (zone, ms) => {
        const theirs = DateTime.fromMillis(ms, { zone });
        expect(localDateOf(ms, zone)).toBe(theirs.toISODate());
        expect(offsetMinutes(ms, zone)).toBe(theirs.offset);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads and writes Instants like Date, with and without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }), (ms) => {
        const whole = ms - (ms % 1000);
        expect(instantMs(msToInstant(whole))).toBe(whole);
        expect(msToInstant(whole)).toBe(new Date(whole).toISOString().replace('.000Z', 'Z'));
        expect(instantMs(msToInstant(ms))).toBe(ms);
      }),
    );
    expect(instantMs('2025-10-06T09:30:00.250Z' as Instant)).toBe(Date.parse('2025-10-06T09:30:00.250Z'));
  });

  it.each([
    { case: 'the US spring-forward gap moves 02:30 to 03:30 EDT', date: '2025-03-09', minutes: 150, zone: 'America/New_York', want: '2025-03-09T07:30:00.000Z' },
    { case: 'the EU fall-back overlap takes the first 02:30 (CEST)', date: '2025-10-26', minutes: 150, zone: 'Europe/Berlin', want: '2025-10-26T00:30:00.000Z' },
    { case: 'minutes past midnight roll into the next day', date: '2025-10-06', minutes: 1440 + 360, zone: 'UTC', want: '2025-10-07T06:00:00.000Z' },
  ])('$case', ({ date, minutes, zone, want }) => {
    expect(new Date(zonedMs(on(date), minutes, zone as TimeZoneId)).toISOString()).toBe(want);
  });

  it('does calendar arithmetic without zones', () => {
    expect(addDays(on('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(on('2025-01-01'), -1)).toBe('2024-12-31');
    expect(weekdayOf(on('2025-10-03'))).toBe(5);
  });
});
