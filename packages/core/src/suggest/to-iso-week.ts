import { addDays, weekdayOf } from '../time/zoned-time.js';
import type { LocalDate } from '../time/types.js';
import type { IsoWeek } from './types.js';

/**
 * The ISO 8601 week of a date: weeks start on Monday and belong to the year of their Thursday.
 * @example toIsoWeek('2026-12-01' as LocalDate) // '2026-W49'
 * @example toIsoWeek('2027-01-01' as LocalDate) // '2026-W53' (Friday; its Thursday is 31 December 2026)
 */
export function toIsoWeek(on: LocalDate): IsoWeek {
  // Monday = 0 … Sunday = 6, so the week's Thursday is three days after its Monday.
  const mondayBased = (weekdayOf(on) + 6) % 7;
  const thursday = addDays(on, 3 - mondayBased);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.UTC(year, Number(thursday.slice(5, 7)) - 1, Number(thursday.slice(8, 10))) - Date.UTC(year, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
