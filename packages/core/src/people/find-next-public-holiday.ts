import { findPublicHoliday, type PublicHoliday } from '../holidays/find-public-holiday.js';
import type { HolidayRegion } from '../model/person.js';
import type { LocalDate } from '../time/types.js';
import { addDays } from '../time/zoned-time.js';

/**
 * A region's first public holiday from `from` (included) within `withinDays` days, from the same holiday data
 * the risk engine uses; `undefined` when there is none in that window.
 * @example findNextPublicHoliday({ country: 'DE' }, '2026-12-01', 60) // { on: '2026-12-25', name: 'Christmas Day' }
 */
export function findNextPublicHoliday(region: HolidayRegion, from: LocalDate, withinDays: number): PublicHoliday | undefined {
  for (let i = 0; i < withinDays; i += 1) {
    const found = findPublicHoliday(region, addDays(from, i));
    if (found !== undefined) return found;
  }
  return undefined;
}
