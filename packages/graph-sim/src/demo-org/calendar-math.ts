import { DateTime } from 'luxon';
import Holidays from 'date-holidays';

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export function weekdayName(dt: DateTime): string {
  return WEEKDAY_NAMES[dt.weekday - 1] ?? 'monday';
}

/** The calendar date of `instant` in `zone`, at local midnight. */
export function localDay(instantIso: string, zone: string): DateTime {
  return DateTime.fromISO(instantIso, { zone: 'utc' }).setZone(zone).startOf('day');
}

/** The n-th working day from `day` (n = 0: `day` itself; negative: backwards). */
export function addWorkingDays(day: DateTime, n: number, workingDays: readonly string[]): DateTime {
  let d = day;
  let left = Math.abs(n);
  const step = n >= 0 ? 1 : -1;
  while (left > 0) {
    d = d.plus({ days: step });
    if (workingDays.includes(weekdayName(d))) left -= 1;
  }
  return d;
}

/** `YYYY-MM-DD` + `HH:mm` in `zone` → UTC ISO instant. */
export function atLocal(dateIso: string, time: string, zone: string): string {
  const dt = DateTime.fromISO(`${dateIso}T${time}`, { zone });
  return dt.toUTC().toISO() ?? '';
}

export function isoDate(dt: DateTime): string {
  return dt.toISODate() ?? '';
}

// date-holidays computes lunar calendars (China) from planetary positions: ~100 ms a country-year, the same every
// time. Kept per country, state and years, so a reset or a second world costs nothing here.
const holidayCache = new Map<string, ReadonlyMap<string, string>>();

/** Public holidays of a country (date-holidays), as `YYYY-MM-DD` → name, for the given years. */
export function publicHolidays(country: string, state: string | undefined, years: readonly number[]): ReadonlyMap<string, string> {
  const key = `${country}|${state ?? ''}|${years.join(',')}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const computed = computePublicHolidays(country, state, years);
  holidayCache.set(key, computed);
  return computed;
}

function computePublicHolidays(country: string, state: string | undefined, years: readonly number[]): Map<string, string> {
  const hd = state ? new Holidays(country, state) : new Holidays(country);
  const out = new Map<string, string>();
  for (const year of years) {
    const list = hd.getHolidays(year, 'en') || [];
    for (const h of list) {
      if (h.type === 'public') out.set(h.date.slice(0, 10), h.name);
    }
  }
  return out;
}

/** The next UTC-offset change of `zone` after `fromIso`, within `maxDays`; its local date. */
export function nextOffsetChange(zone: string, fromIso: string, maxDays = 400): DateTime | undefined {
  let prev = DateTime.fromISO(fromIso, { zone: 'utc' }).setZone(zone);
  for (let i = 1; i <= maxDays; i += 1) {
    const next = DateTime.fromISO(fromIso, { zone: 'utc' }).plus({ days: i }).setZone(zone);
    if (next.offset !== prev.offset) {
      // Narrow to the hour of the switch.
      let h = prev;
      while (h.offset === prev.offset) h = h.plus({ hours: 1 });
      return h.startOf('day');
    }
    prev = next;
  }
  return undefined;
}
