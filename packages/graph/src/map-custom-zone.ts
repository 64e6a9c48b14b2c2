import { parseTimeZoneId } from '@upfront/core';
import type { TimeZoneId } from '@upfront/core';
import { getAllTimezones, getCountry, getTimezone } from 'countries-and-timezones';
import { DateTime, IANAZone } from 'luxon';
import { findIana, findIanaAliases, findWindows } from 'windows-iana';
import { GraphMappingError } from './errors.js';
import type { GraphCustomTimeZone } from './wire-types.js';

const WEEKDAY: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Transitions up to this far from the rule still count as the same zone (Israel's "Friday before the last Sunday" is not an nth-weekday rule). */
const NEAR_MS = 7 * DAY_MS;

/** One yearly switch of a Windows-style rule: the `occurrence`-th (5 = last) `weekday` of `month`, at `minutes` local time. */
interface Switch {
  month: number;
  occurrence: number;
  weekday: number;
  minutes: number;
}

/** A custom zone read from Graph: offsets east of UTC in minutes, and the daylight rule when it has one. */
export interface CustomZoneRules {
  standardMinutes: number;
  daylight?: { minutes: number; start: Switch; end: Switch };
}

/** Where to look first, and the year the rules are checked in (the year of the read, and the one after). */
export interface CustomZoneContext {
  /** The zone Graph gave elsewhere for the person (mailbox settings), tried first. */
  fallback?: TimeZoneId;
  /** ISO 3166-1 alpha-2 (`usageLocation`): zones of this country come before all others. */
  country?: string;
  year: number;
}

/**
 * Reads a Graph `customTimeZone` (Windows convention: UTC = local + bias; daylight time adds `daylightBias`).
 * Switches say when the named period *starts*: `daylightOffset` when daylight time begins (local standard time),
 * `standardOffset` when it ends (local daylight time).
 */
export function toCustomZoneRules(zone: GraphCustomTimeZone, field: string): CustomZoneRules {
  if (typeof zone.bias !== 'number' || !Number.isInteger(zone.bias) || Math.abs(zone.bias) > 14 * 60) throw new GraphMappingError(`${field}.bias`, zone.bias, 'minutes');
  const standardMinutes = -zone.bias;
  const d = zone.daylightOffset;
  const s = zone.standardOffset;
  const daylightBias = d?.daylightBias ?? 0;
  // Windows marks "no daylight time" with month 0 (or a zero daylight bias).
  if (!d || !s || !d.month || !s.month || daylightBias === 0) return { standardMinutes };
  if (typeof daylightBias !== 'number' || !Number.isInteger(daylightBias)) throw new GraphMappingError(`${field}.daylightOffset.daylightBias`, daylightBias, 'minutes');
  return {
    standardMinutes,
    daylight: { minutes: standardMinutes - daylightBias, start: toSwitch(d, `${field}.daylightOffset`), end: toSwitch(s, `${field}.standardOffset`) },
  };
}

function toSwitch(offset: NonNullable<GraphCustomTimeZone['standardOffset']>, field: string): Switch {
  const month = offset.month;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) throw new GraphMappingError(`${field}.month`, month, 'a month 1–12');
  const occurrence = offset.dayOccurrence;
  if (typeof occurrence !== 'number' || !Number.isInteger(occurrence) || occurrence < 1 || occurrence > 5) throw new GraphMappingError(`${field}.dayOccurrence`, occurrence, 'an occurrence 1–5');
  const weekday = typeof offset.dayOfWeek === 'string' ? WEEKDAY[offset.dayOfWeek.toLowerCase()] : undefined;
  if (weekday === undefined) throw new GraphMappingError(`${field}.dayOfWeek`, offset.dayOfWeek, 'a weekday name');
  const time = /^(\d{1,2}):(\d{2})/.exec(offset.time ?? '00:00');
  if (!time) throw new GraphMappingError(`${field}.time`, offset.time, 'a time of day');
  return { month, occurrence, weekday, minutes: Number(time[1]) * 60 + Number(time[2]) };
}

/** The UTC instant (ms) of a switch in `year`, its local time read at `offsetMinutes`. */
function switchAt(sw: Switch, year: number, offsetMinutes: number): number {
  const first = DateTime.utc(year, sw.month, 1);
  let day = 1 + ((sw.weekday - first.weekday + 7) % 7) + (sw.occurrence - 1) * 7;
  while (day > (first.daysInMonth ?? 31)) day -= 7; // occurrence 5: the last one in the month
  return Date.UTC(year, sw.month - 1, day) + (sw.minutes - offsetMinutes) * MINUTE_MS;
}

const offsetAt = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;

type Fit = 'exact' | 'near' | 'offsets' | 'none';

/**
 * How well an IANA zone follows the rules in `year` and the year after: `exact` (same offsets, switching at the same
 * minutes), `near` (same offsets, every switch within a week), `offsets` (the same two offsets, other dates).
 */
function fitOf(zone: string, rules: CustomZoneRules, year: number): Fit {
  let fit = 'exact' as Fit;
  for (const y of [year, year + 1]) {
    const yearStart = Date.UTC(y, 0, 1);
    const yearEnd = Date.UTC(y + 1, 0, 1);
    const daylight = rules.daylight;
    // Cheap first look (mid-January and mid-July) before reading the offset day by day.
    const probes = [offsetAt(zone, yearStart + 14 * DAY_MS), offsetAt(zone, yearStart + 195 * DAY_MS)];
    if (!daylight ? probes.some((o) => o !== rules.standardMinutes) : probes[0] === probes[1] || probes.some((o) => o !== rules.standardMinutes && o !== daylight.minutes)) return 'none';
    if (!daylight) {
      for (let t = yearStart; t < yearEnd; t += 7 * DAY_MS) if (offsetAt(zone, t) !== rules.standardMinutes) return 'none';
      continue;
    }
    const start = switchAt(daylight.start, y, rules.standardMinutes);
    const end = switchAt(daylight.end, y, daylight.minutes);
    const expected = (t: number) => ((start < end ? t >= start && t < end : t >= start || t < end) ? daylight.minutes : rules.standardMinutes);
    let offMs = 0;
    const seen = new Set<number>();
    for (let t = yearStart + DAY_MS / 2; t < yearEnd; t += DAY_MS) {
      const actual = offsetAt(zone, t);
      seen.add(actual);
      if (actual !== expected(t)) offMs += DAY_MS;
    }
    if (seen.size !== 2 || !seen.has(rules.standardMinutes) || !seen.has(daylight.minutes)) return 'none';
    const switchesExact = [start, end].every((t) => offsetAt(zone, t - MINUTE_MS) === expected(t - MINUTE_MS) && offsetAt(zone, t + MINUTE_MS) === expected(t + MINUTE_MS));
    if (offMs === 0 && switchesExact) continue;
    fit = offMs <= 2 * NEAR_MS && fit !== 'offsets' ? 'near' : 'offsets';
  }
  return fit;
}

let rankedZones: string[] | undefined;

const sameZone = (a: string | undefined, b: string) => a !== undefined && (a === b || (findIanaAliases(b) as readonly string[]).includes(a));

/**
 * Valid IANA zones, most representative first: the zone Windows names first for its zone in the person's country
 * (`Romance Standard Time` in ES → Madrid, not Ceuta), then worldwide (`AUS Eastern Standard Time` → Sydney, not
 * Melbourne), then zones of Windows zones covering more places.
 */
function ranked(zones: readonly string[], country?: string): string[] {
  const score = (zone: string) => {
    const windows = findWindows(zone)[0];
    if (windows === undefined) return 0;
    const all = findIana(windows);
    return (country !== undefined && sameZone(findIana(windows, country)[0], zone) ? 2000 : 0) + (sameZone(all[0], zone) ? 1000 : 0) + all.length;
  };
  return zones
    .filter((z) => z.includes('/') && !z.startsWith('Etc/') && IANAZone.isValidZone(z))
    .map((z) => ({ z, s: score(z) }))
    .sort((x, y) => y.s - x.s || x.z.localeCompare(y.z))
    .map(({ z }) => z);
}

function allZones(): string[] {
  rankedZones ??= ranked(Object.values(getAllTimezones()).filter((t) => !t.aliasOf && !t.deprecated).map((t) => t.name));
  return rankedZones;
}

/** The country's zones (`countries-and-timezones`), its own before shared ones (Tokyo is listed for Australia). */
function countryZones(country: string | undefined): string[] {
  if (country === undefined) return [];
  const code = country.toUpperCase();
  const zones = getCountry(code)?.timezones ?? [];
  const own = (z: string) => getTimezone(z)?.countries[0] === code;
  return [...ranked(zones.filter(own), code), ...ranked(zones.filter((z) => !own(z)), code)];
}

/**
 * The IANA zone for a custom zone: one whose offsets and daylight-saving switches match (never a fixed offset
 * when the rules have daylight time). Tried in order: the person's other zone (`fallback`), the zone the custom
 * zone is named after, zones of their country, then every zone; exact matches before near ones (a week apart).
 * Without daylight rules: a zone of their country with that constant offset, else `Etc/GMT±h`.
 */
export function toCustomZone(rules: CustomZoneRules, field: string, ctx: CustomZoneContext, name?: string): TimeZoneId {
  const nearby = [...new Set([ctx.fallback, ...(name ? findIana(name) : []), ...countryZones(ctx.country)].filter((z): z is string => z !== undefined && IANAZone.isValidZone(z)))];
  const fits = new Map<string, Fit>();
  const fit = (zone: string) => {
    let f = fits.get(zone);
    if (f === undefined) fits.set(zone, (f = fitOf(zone, rules, ctx.year)));
    return f;
  };
  const first = (zones: readonly string[], wanted: readonly Fit[]) => zones.find((z) => wanted.includes(fit(z)));
  if (!rules.daylight) {
    const constant = first(nearby, ['exact']);
    if (constant) return parseTimeZoneId(constant, field);
    const minutes = rules.standardMinutes;
    if (minutes === 0) return parseTimeZoneId('UTC', field);
    if (minutes % 60 === 0) return parseTimeZoneId(`Etc/GMT${minutes > 0 ? '-' : '+'}${Math.abs(minutes / 60)}`, field); // Etc/GMT+8 is UTC−8
    const anywhere = first(allZones(), ['exact']);
    if (anywhere) return parseTimeZoneId(anywhere, field);
    throw new GraphMappingError(field, minutes, 'an offset some time zone has');
  }
  const hit = first(nearby, ['exact']) ?? first(nearby, ['near']) ?? first(allZones(), ['exact']) ?? first(allZones(), ['near']) ?? first(nearby, ['offsets']) ?? first(allZones(), ['offsets']);
  if (hit) return parseTimeZoneId(hit, field);
  throw new GraphMappingError(field, rules, 'daylight-saving rules some time zone has');
}
