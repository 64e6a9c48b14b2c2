import Holidays from 'date-holidays';
import type { HolidayRegion } from '../model/person.js';
import type { LocalDate } from '../time/types.js';

/** A public holiday of a region on one date. */
export interface PublicHoliday {
  readonly on: LocalDate;
  /** English name when the library has one, else the local name. */
  readonly name: string;
}

/** The `date-holidays` release the holiday data comes from (named in the docs, issue 4). */
export const HOLIDAY_DATA_VERSION = 'date-holidays 3.37.0';

// One library instance per region and one date → name table per region and year. The library computes
// holidays from rules (no I/O); results depend only on region and year, so caching keeps the engine pure.
const calendars = new Map<string, Holidays | null>();
const years = new Map<string, ReadonlyMap<string, string>>();

function regionKey(region: HolidayRegion): string {
  return region.subdivision ? `${region.country.toUpperCase()}-${region.subdivision.toUpperCase()}` : region.country.toUpperCase();
}

function calendarOf(key: string, region: HolidayRegion): Holidays | null {
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    const candidate = region.subdivision ? new Holidays(region.country, region.subdivision) : new Holidays(region.country);
    // An unknown country leaves the instance without rules: treat the region as having no holidays.
    calendar = candidate.getCountries()[region.country.toUpperCase()] === undefined ? null : candidate;
    calendars.set(key, calendar);
  }
  return calendar;
}

function holidaysOfYear(region: HolidayRegion, year: number): ReadonlyMap<string, string> {
  const key = regionKey(region);
  const cacheKey = `${key}:${year}`;
  let table = years.get(cacheKey);
  if (table === undefined) {
    const calendar = calendarOf(key, region);
    const entries = new Map<string, string>();
    for (const holiday of calendar?.getHolidays(year, 'en') ?? []) {
      // Only days off by law; observances, school and optional holidays are working days for most people.
      // `date` is the local date as text ("2025-10-03 00:00:00", or with an offset for eve-starting days).
      if (holiday.type === 'public' && !entries.has(holiday.date.slice(0, 10))) entries.set(holiday.date.slice(0, 10), holiday.name);
    }
    table = entries;
    years.set(cacheKey, table);
  }
  return table;
}

/**
 * The public holiday of a region on a date, if there is one (data: `date-holidays`, type `public` only).
 * @example findPublicHoliday({ country: 'DE' }, '2025-10-03' as LocalDate)
 * // { on: '2025-10-03', name: 'National Holiday' } (Tag der Deutschen Einheit)
 */
export function findPublicHoliday(region: HolidayRegion, on: LocalDate): PublicHoliday | undefined {
  const name = holidaysOfYear(region, Number(on.slice(0, 4))).get(on);
  return name === undefined ? undefined : { on, name };
}
