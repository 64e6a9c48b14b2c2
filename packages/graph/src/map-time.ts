import { localDateOf, parseInstant, parseLocalDate, parseLocalTime, parseTimeZoneId, zonedMs } from '@upfront/core';
import type { DueDate, Instant, LocalDate, TimeZoneId, Weekday, WorkingHours } from '@upfront/core';
import { DateTime, IANAZone } from 'luxon';
import { getTimezone } from 'countries-and-timezones';
import { findIana } from 'windows-iana';
import { GraphMappingError } from './errors.js';
import { toCustomZone, toCustomZoneRules } from './map-custom-zone.js';
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

/** At most this many distinct zone conversions are remembered per process (Graph data names a handful). */
const MEMO_MAX = 1024;

/** A bounded memo: the oldest entry goes first when full (zone names and rules are few; this only caps memory). */
function memo<V>(): { get(key: string, make: () => V): V; clear(): void } {
  const values = new Map<string, V>();
  return {
    get(key, make) {
      const hit = values.get(key);
      if (hit !== undefined) return hit;
      const value = make(); // a mapping error throws and is not remembered
      if (values.size >= MEMO_MAX) values.delete(values.keys().next().value as string);
      values.set(key, value);
      return value;
    },
    clear: () => values.clear(),
  };
}

const ianaZones = memo<TimeZoneId>();
const customZones = memo<TimeZoneId>();

/** Forgets remembered zone conversions (for measurements and tests). */
export function clearZoneMemo(): void {
  ianaZones.clear();
  customZones.clear();
}

/**
 * Turns a Graph zone name (Windows, e.g. `W. Europe Standard Time`, or IANA, e.g. `Europe/Berlin`) into an IANA id.
 * Graph returns whichever form the mailbox was set with ([D: user-get-mailboxsettings.md]). One Windows zone
 * covers many IANA zones (`Romance Standard Time`: Paris, Madrid, Brussels…): with the person's country
 * (ISO 3166-1, from `usageLocation`) the zone of that country is chosen, so a Madrid colleague reads as Madrid.
 * Ids stay as Node's ICU knows them (`Asia/Calcutta`); core names cities for people.
 * Each distinct name (and country) is validated once per process: checking a zone builds an `Intl.DateTimeFormat`,
 * and every event of a calendar names one.
 */
export function toIanaZone(name: unknown, field: string, country?: string): TimeZoneId {
  if (typeof name !== 'string' || name.trim() === '') throw new GraphMappingError(field, name, 'a time zone name');
  return ianaZones.get(`${name}\u0000${country ?? ''}`, () => resolveIanaZone(name, field, country));
}

function resolveIanaZone(name: string, field: string, country: string | undefined): TimeZoneId {
  if (name.includes('/') && IANAZone.isValidZone(name)) return parseTimeZoneId(name, field);
  const candidates = findIana(name).filter((zone) => IANAZone.isValidZone(zone));
  const inCountry = country === undefined ? undefined : candidates.find((zone) => (getTimezone(zone)?.countries as readonly string[] | undefined)?.includes(country.toUpperCase()));
  const iana = inCountry ?? candidates[0];
  if (iana !== undefined) return parseTimeZoneId(iana, field);
  if (IANAZone.isValidZone(name)) return parseTimeZoneId(name, field); // 'UTC'
  throw new GraphMappingError(field, name, 'a Windows or IANA time zone name');
}

/** What helps read a working-hours zone: the person's other zone, their country, and the year of the read. */
export interface ZoneContext {
  /** The zone Graph gives elsewhere for the person (the mailbox zone); used when `workingHours` has none. */
  fallback?: TimeZoneId;
  /** ISO 3166-1 alpha-2 from `usageLocation`. */
  country?: string;
  /** The year custom daylight-saving rules are matched in (and the next); default: the current UTC year. */
  year?: number;
}

/**
 * Reads a working-hours zone: `{name}`, or a `customTimeZone` (bias and daylight rules, as `getSchedule` returns for
 * some people), which becomes the IANA zone with the same offsets and daylight-saving switches, of the person's
 * country first; a fixed `Etc/GMT±h` zone only when the custom zone has no daylight time.
 */
export function toWorkingHoursZone(zone: GraphCustomTimeZone | undefined, field: string, ctx: ZoneContext = {}): TimeZoneId {
  if (zone === undefined || zone === null) {
    if (ctx.fallback !== undefined) return ctx.fallback;
    throw new GraphMappingError(field, zone, 'a time zone');
  }
  // A customTimeZone says so in `@odata.type`; one without the annotation still has its bias (and its made-up name).
  const isCustom = (typeof zone['@odata.type'] === 'string' && zone['@odata.type'].toLowerCase().includes('customtimezone')) || typeof zone.bias === 'number';
  if (!isCustom) return toIanaZone(zone.name, `${field}.name`, ctx.country);
  const rules = toCustomZoneRules(zone, field);
  const year = ctx.year ?? new Date().getUTCFullYear();
  const name = typeof zone.name === 'string' ? zone.name : undefined;
  const key = JSON.stringify([rules, ctx.fallback ?? '', ctx.country?.toUpperCase() ?? '', year, name ?? '']);
  return customZones.get(key, () => toCustomZone(rules, field, { year, ...(ctx.fallback ? { fallback: ctx.fallback } : {}), ...(ctx.country ? { country: ctx.country } : {}) }, name));
}

/** Maps Graph `workingHours` into core `WorkingHours`, naming the field that is wrong. */
export function toWorkingHours(wire: GraphWorkingHours | undefined, field: string, ctx: ZoneContext = {}): WorkingHours {
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
    timeZone: toWorkingHoursZone(wire.timeZone, `${field}.timeZone`, ctx),
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

/** IANA ids of UTC itself: read with luxon's fixed UTC zone (no `Intl` offset look-ups per value). */
const UTC_IDS = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'Etc/GMT', 'Etc/Universal', 'Etc/Zulu', 'GMT', 'UCT', 'Universal', 'Zulu']);
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?$/;

function wallTime(dtz: GraphDateTimeTimeZone | undefined | null, field: string): { local: DateTime; zone: TimeZoneId } {
  if (dtz === undefined || dtz === null || typeof dtz.dateTime !== 'string') {
    throw new GraphMappingError(`${field}.dateTime`, dtz?.dateTime, 'a date-time');
  }
  const zone = toIanaZone(dtz.timeZone ?? 'UTC', `${field}.timeZone`);
  // Graph writes 7 fractional digits ("…00.0000000"); luxon reads at most 3.
  const text = dtz.dateTime.replace(/(\.\d{3})\d+$/, '$1');
  const local = DateTime.fromISO(text, { zone: UTC_IDS.has(zone) ? 'utc' : zone });
  if (!local.isValid || /[zZ]|[+-]\d\d:\d\d$/.test(text)) throw new GraphMappingError(`${field}.dateTime`, dtz.dateTime, 'a wall-clock date-time without offset');
  return { local, zone };
}

/**
 * Converts a Graph `dateTimeTimeZone` (wall time + zone) into a UTC `Instant`. Timed events come in UTC (the gateway
 * asks for it), so a UTC wall time is read by hand: it already is the instant.
 */
export function toInstantFromZoned(dtz: GraphDateTimeTimeZone | undefined | null, field: string): Instant {
  const m = typeof dtz?.dateTime === 'string' && UTC_IDS.has(toIanaZone(dtz.timeZone ?? 'UTC', `${field}.timeZone`)) ? WALL_TIME.exec(dtz.dateTime) : null;
  if (m) {
    const [, y, mo, d, h, mi, sec, fraction] = m;
    const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
    const back = new Date(ms).toISOString();
    // Date.UTC rolls 30 Feb over into March, and 24:00 into the next day: only a real wall time maps to itself.
    if (back.slice(0, 19) === `${y}-${mo}-${d}T${h}:${mi}:${sec}`) {
      const millis = (fraction ?? '').slice(0, 3).padEnd(3, '0');
      return `${back.slice(0, 19)}${millis === '000' ? '' : `.${millis}`}Z` as Instant;
    }
  }
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
  // Midnight as written (all-day events, most due dates): the written date, with no zone arithmetic (the zone must still be one).
  const m = typeof dtz?.dateTime === 'string' ? WALL_TIME.exec(dtz.dateTime) : null;
  if (m && m[4] === '00' && m[5] === '00' && m[6] === '00' && /^0*$/.test(m[7] ?? '')) {
    toIanaZone(dtz?.timeZone ?? 'UTC', `${field}.timeZone`);
    const text = `${m[1]}-${m[2]}-${m[3]}`;
    // Date.UTC rolls 30 Feb over into March: only a real date maps to itself.
    if (new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(text)) return parseLocalDate(text, field);
  }
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

/**
 * A Planner due date as the person who set it meant it. Planner keeps the instant of local midnight where the date
 * was set and shows it to everyone in their own zone, so one instant is two dates across the date line of the day:
 * `2026-12-08T23:00:00Z` is Wed 9 Dec in Berlin and Tue 8 Dec in San Francisco. Graph does not say who set the
 * date; lacking better data it is the task's creator (`setter`), unless the instant is local midnight for the user
 * and not for the creator (then the user, or someone in their zone, set it: their own date). `shownOn` is the date
 * the user's Planner shows, when it differs.
 */
export function toPlannerDueDate(value: unknown, field: string, userZone: TimeZoneId, setter?: { id: string; zone: TimeZoneId }): DueDate {
  // Core's zone arithmetic (offsets cached per zone and day) instead of luxon's: this runs for every Planner task.
  const ms = Date.parse(toInstantFromOffset(value, field));
  const shownOn = localDateOf(ms, userZone);
  if (setter === undefined) return { on: shownOn };
  const on = localDateOf(ms, setter.zone);
  if (on === shownOn) return { on, setBy: setter.id };
  if (isMidnightIn(ms, shownOn, userZone) && !isMidnightIn(ms, on, setter.zone)) return { on: shownOn };
  return { on, setBy: setter.id, shownOn };
}

function isMidnightIn(ms: number, on: LocalDate, zone: TimeZoneId): boolean {
  return zonedMs(on, 0, zone) === ms;
}

function isMidnight(d: DateTime): boolean {
  return d.hour === 0 && d.minute === 0 && d.second === 0;
}

function toLocalDate(d: DateTime, field: string): LocalDate {
  return parseLocalDate(d.toISODate() ?? '', field);
}
