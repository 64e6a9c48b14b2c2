import { IANAZone } from 'luxon';
import type { Instant, LocalDate, LocalTime, TimeZoneId, Weekday } from './types.js';

// Small, allocation-light helpers the risk engine uses on hot paths. Calendar-date arithmetic is done in
// UTC on purpose (a LocalDate has no zone), so nothing here depends on the process time zone.

const DAY_MS = 86_400_000;

function dateParts(on: LocalDate): [number, number, number] {
  return [Number(on.slice(0, 4)), Number(on.slice(5, 7)), Number(on.slice(8, 10))];
}

/**
 * The weekday of a calendar date, 0 = Sunday.
 * @example weekdayOf('2025-10-03' as LocalDate) // 5 (Friday)
 */
export function weekdayOf(on: LocalDate): Weekday {
  const [y, m, d] = dateParts(on);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() as Weekday;
}

/**
 * Adds whole calendar days to a date.
 * @example addDays('2025-03-31' as LocalDate, 1) // '2025-04-01'
 */
export function addDays(on: LocalDate, days: number): LocalDate {
  const [y, m, d] = dateParts(on);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOfDay(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

// Zone offsets are the hot path of the engine (every working day, deadline and label needs one), and luxon
// computes each through Intl. Offsets change only at a zone's transitions, so we remember, per zone and UTC
// day, the offset at the start and at the end of the day: when they are equal the whole day has that offset,
// otherwise (a DST switch day) we ask luxon for the exact instant. The cache only memoises a pure function.
const zones = new Map<string, { zone: IANAZone; days: Map<number, number> }>(); // day → offset, NaN on a switch day
const MAX_CACHED_DAYS = 20_000;

function zoneOf(zone: TimeZoneId): { zone: IANAZone; days: Map<number, number> } {
  let z = zones.get(zone);
  if (z === undefined) zones.set(zone, (z = { zone: IANAZone.create(zone), days: new Map() }));
  return z;
}

/**
 * The UTC offset of a zone at an instant, in minutes (Berlin in summer: 120).
 * @example offsetMinutes(Date.parse('2025-07-01T12:00:00Z'), 'Europe/Berlin' as TimeZoneId) // 120
 */
export function offsetMinutes(ms: number, zone: TimeZoneId): number {
  const day = Math.floor(ms / DAY_MS);
  const z = zoneOf(zone);
  let offset = z.days.get(day);
  if (offset === undefined) {
    const first = z.zone.offset(day * DAY_MS);
    offset = z.zone.offset(day * DAY_MS + DAY_MS - 1) === first ? first : Number.NaN;
    if (z.days.size >= MAX_CACHED_DAYS) z.days.clear();
    z.days.set(day, offset);
  }
  return Number.isNaN(offset) ? z.zone.offset(ms) : offset;
}

/**
 * Epoch milliseconds of a wall-clock time on a date in a zone. A time skipped by a DST switch moves forward
 * by the gap (as luxon does); a repeated one takes its first occurrence. `minutes` may exceed 24 h.
 * @example zonedMs('2025-03-30' as LocalDate, 9 * 60, 'Europe/Berlin' as TimeZoneId) // 2025-03-30T07:00:00Z
 */
export function zonedMs(on: LocalDate, minutes: number, zone: TimeZoneId): number {
  const [y, m, d] = dateParts(on);
  const wall = Date.UTC(y, m - 1, d) + minutes * 60_000;
  const before = offsetMinutes(wall - DAY_MS, zone);
  const after = offsetMinutes(wall + DAY_MS, zone);
  const candidates = before === after ? [before] : [Math.max(before, after), Math.min(before, after)];
  for (const offset of candidates) {
    const ms = wall - offset * 60_000;
    if (offsetMinutes(ms, zone) === offset) return ms;
  }
  // In the gap of a spring-forward switch: read the wall time with the offset from before the switch.
  return wall - before * 60_000;
}

/**
 * The calendar date of an instant in a zone.
 * @example localDateOf(Date.parse('2025-03-28T23:30:00Z'), 'Europe/Berlin' as TimeZoneId) // '2025-03-29'
 */
export function localDateOf(ms: number, zone: TimeZoneId): LocalDate {
  return new Date(ms + offsetMinutes(ms, zone) * 60_000).toISOString().slice(0, 10) as LocalDate;
}

/**
 * Formats epoch milliseconds as an `Instant` (second precision unless there are milliseconds).
 * @example msToInstant(0) // '1970-01-01T00:00:00Z'
 */
export function msToInstant(ms: number): Instant {
  const iso = new Date(ms).toISOString();
  return (iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso) as Instant;
}

function twoDigits(text: string, i: number): number {
  return (text.charCodeAt(i) - 48) * 10 + (text.charCodeAt(i + 1) - 48);
}

/** Epoch milliseconds of an `Instant` (always UTC, so `Date.parse` reads it the same in every process zone). */
export function instantMs(at: Instant): number {
  // Fast path for the common `YYYY-MM-DDTHH:MM:SSZ` (thousands of events per call); anything else goes to Date.parse.
  if (at.length === 20 && at.charCodeAt(19) === 90 /* Z */ && at.charCodeAt(10) === 84 /* T */) {
    return Date.UTC(twoDigits(at, 0) * 100 + twoDigits(at, 2), twoDigits(at, 5) - 1, twoDigits(at, 8), twoDigits(at, 11), twoDigits(at, 14), twoDigits(at, 17));
  }
  return Date.parse(at);
}
