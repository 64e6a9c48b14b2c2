import { parseInstant, parseLocalDate, parseLocalTime, parseTimeZoneId } from '@upfront/core';
import type { Instant, LocalDate, TimeZoneId, Weekday, WorkingHours } from '@upfront/core';
import { DateTime, IANAZone } from 'luxon';
import { getTimezone } from 'countries-and-timezones';
import { findIana } from 'windows-iana';
import { GraphMappingError } from './errors.js';
import type { GraphCustomTimeZone, GraphDateTimeTimeZone, GraphWorkingHours } from './wire-types.js';

const WEEKDAYS: Record<string, Weekday> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * Turns a Graph zone name (Windows, e.g. `W. Europe Standard Time`, or IANA, e.g. `Europe/Berlin`) into an IANA id.
 * Graph returns whichever form the mailbox was set with ([D: user-get-mailboxsettings.md]). One Windows zone
 * covers many IANA zones (`Romance Standard Time`: Paris, Madrid, Brussels…): with the person's country
 * (ISO 3166-1, from `usageLocation`) the zone of that country is chosen, so a Madrid colleague reads as Madrid.
 * Ids stay as Node's ICU knows them (`Asia/Calcutta`); core names cities for people.
 */
export function toIanaZone(name: unknown, field: string, country?: string): TimeZoneId {
  if (typeof name !== 'string' || name.trim() === '') throw new GraphMappingError(field, name, 'a time zone name');
  if (IANAZone.isValidZone(name) && name.includes('/')) return parseTimeZoneId(name, field);
  const candidates = findIana(name).filter((zone) => IANAZone.isValidZone(zone));
  const inCountry = country === undefined ? undefined : candidates.find((zone) => (getTimezone(zone)?.countries as readonly string[] | undefined)?.includes(country.toUpperCase()));
  const iana = inCountry ?? candidates[0];
  if (iana !== undefined) return parseTimeZoneId(iana, field);
  if (IANAZone.isValidZone(name)) return parseTimeZoneId(name, field); // 'UTC'
  throw new GraphMappingError(field, name, 'a Windows or IANA time zone name');
}

/**
 * Reads a working-hours zone: `{name}` or a `customTimeZone` with a bias (Windows convention: UTC = local + bias).
 * A custom zone keeps `fallback` (the mailbox zone) when their standard offsets agree, so DST rules survive;
 * otherwise it becomes a fixed `Etc/GMT±h` zone (no DST): Graph gives no IANA name for it.
 */
export function toWorkingHoursZone(zone: GraphCustomTimeZone | undefined, field: string, fallback?: TimeZoneId, country?: string): TimeZoneId {
  if (zone === undefined) {
    if (fallback !== undefined) return fallback;
    throw new GraphMappingError(field, zone, 'a time zone');
  }
  const isCustom = typeof zone['@odata.type'] === 'string' && zone['@odata.type'].toLowerCase().includes('customtimezone');
  if (!isCustom) return toIanaZone(zone.name, `${field}.name`, country);
  if (typeof zone.bias !== 'number' || !Number.isInteger(zone.bias)) throw new GraphMappingError(`${field}.bias`, zone.bias, 'minutes');
  const standardOffsetMinutes = -zone.bias;
  if (fallback !== undefined && standardOffsetOf(fallback) === standardOffsetMinutes) return fallback;
  if (standardOffsetMinutes % 60 !== 0) throw new GraphMappingError(`${field}.bias`, zone.bias, 'a whole-hour bias');
  const hours = standardOffsetMinutes / 60;
  if (hours === 0) return parseTimeZoneId('UTC', field);
  // Etc/GMT signs are inverted: Etc/GMT+8 is UTC−8.
  return parseTimeZoneId(`Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`, field);
}

function standardOffsetOf(zone: TimeZoneId): number {
  const jan = DateTime.fromObject({ year: 2025, month: 1, day: 15 }, { zone }).offset;
  const jul = DateTime.fromObject({ year: 2025, month: 7, day: 15 }, { zone }).offset;
  return Math.min(jan, jul);
}

/** Maps Graph `workingHours` into core `WorkingHours`, naming the field that is wrong. */
export function toWorkingHours(wire: GraphWorkingHours | undefined, field: string, fallbackZone?: TimeZoneId, country?: string): WorkingHours {
  if (wire === undefined || wire === null) throw new GraphMappingError(field, wire, 'working hours');
  if (!Array.isArray(wire.daysOfWeek)) throw new GraphMappingError(`${field}.daysOfWeek`, wire.daysOfWeek, 'a list of weekdays');
  const days = wire.daysOfWeek.map((d, i) => {
    const day = typeof d === 'string' ? WEEKDAYS[d.toLowerCase()] : undefined;
    if (day === undefined) throw new GraphMappingError(`${field}.daysOfWeek[${i}]`, d, 'a weekday name');
    return day;
  });
  return {
    days: [...new Set(days)].sort((a, b) => a - b),
    start: parseTimeOrThrow(wire.startTime, `${field}.startTime`),
    end: parseTimeOrThrow(wire.endTime, `${field}.endTime`),
    timeZone: toWorkingHoursZone(wire.timeZone, `${field}.timeZone`, fallbackZone, country),
  };
}

function parseTimeOrThrow(value: unknown, field: string) {
  if (typeof value !== 'string') throw new GraphMappingError(field, value, 'a time of day');
  try {
    return parseLocalTime(value, field);
  } catch {
    throw new GraphMappingError(field, value, 'a time of day HH:MM[:SS]');
  }
}

function wallTime(dtz: GraphDateTimeTimeZone | undefined | null, field: string): { local: DateTime; zone: TimeZoneId } {
  if (dtz === undefined || dtz === null || typeof dtz.dateTime !== 'string') {
    throw new GraphMappingError(`${field}.dateTime`, dtz?.dateTime, 'a date-time');
  }
  const zone = toIanaZone(dtz.timeZone ?? 'UTC', `${field}.timeZone`);
  // Graph writes 7 fractional digits ("…00.0000000"); luxon reads at most 3.
  const text = dtz.dateTime.replace(/(\.\d{3})\d+$/, '$1');
  const local = DateTime.fromISO(text, { zone });
  if (!local.isValid || /[zZ]|[+-]\d\d:\d\d$/.test(text)) throw new GraphMappingError(`${field}.dateTime`, dtz.dateTime, 'a wall-clock date-time without offset');
  return { local, zone };
}

/** Converts a Graph `dateTimeTimeZone` (wall time + zone) into a UTC `Instant`. */
export function toInstantFromZoned(dtz: GraphDateTimeTimeZone | undefined | null, field: string): Instant {
  const { local } = wallTime(dtz, field);
  return parseInstant(local.toUTC().toISO({ suppressMilliseconds: true }) ?? '', field);
}

/** Parses a Graph `DateTimeOffset` string (`2020-07-08T11:15:19.9359889Z`) into an `Instant`. */
export function toInstantFromOffset(value: unknown, field: string): Instant {
  if (typeof value !== 'string') throw new GraphMappingError(field, value, 'a date-time with offset');
  try {
    return parseInstant(value.replace(/(\.\d{3})\d+(?=Z|[+-]\d)/i, '$1'), field);
  } catch {
    throw new GraphMappingError(field, value, 'a date-time with offset');
  }
}

/**
 * A date that Graph carries as "midnight somewhere" (To Do due dates, all-day events), as a `LocalDate`.
 * When the wall time in the given zone is midnight, its date is the answer (the documented meaning:
 * "the date in the specified time zone"). Otherwise the value is local midnight of some other zone
 * converted to `timeZone` (To Do's `{"2020-08-25T04:00:00", "UTC"}` is midnight at UTC−4, i.e. 25 Aug):
 * first the user's zone is tried, then the nearest midnight (offsets −12 h … +12 h), so it never slips to the 24th.
 */
export function toDateOnly(dtz: GraphDateTimeTimeZone | undefined | null, field: string, userZone: TimeZoneId): LocalDate {
  const { local } = wallTime(dtz, field);
  if (isMidnight(local)) return toLocalDate(local, field);
  const inUserZone = local.setZone(userZone);
  if (isMidnight(inUserZone)) return toLocalDate(inUserZone, field);
  const minutes = local.hour * 60 + local.minute;
  const day = minutes < 12 * 60 ? local.startOf('day') : local.startOf('day').plus({ days: 1 });
  return toLocalDate(day, field);
}

/** Planner's UTC due instant as the date its user sees in their own zone (Planner shows dates in local time). */
export function toDateInZone(value: unknown, field: string, zone: TimeZoneId): LocalDate {
  const instant = toInstantFromOffset(value, field);
  return toLocalDate(DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone), field);
}

function isMidnight(d: DateTime): boolean {
  return d.hour === 0 && d.minute === 0 && d.second === 0;
}

function toLocalDate(d: DateTime, field: string): LocalDate {
  return parseLocalDate(d.toISODate() ?? '', field);
}
