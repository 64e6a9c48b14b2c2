import { findPublicHoliday } from '../holidays/find-public-holiday.js';
import type { AwayWindow, HolidayRegion, WorkingHours } from '../model/person.js';
import type { LocalDate, TimeZoneId } from '../time/types.js';
import { weekdayOf } from '../time/zoned-time.js';

/** Whose day it is, as far as sending and briefs go: zone, hours, holidays, time away. */
export interface DayOwner {
  readonly id: string;
  readonly timeZone: TimeZoneId;
  readonly workingHours: WorkingHours;
  readonly holidayRegion?: HolidayRegion;
  /** Holidays the user marked as working days for this person (stakeholders). */
  readonly workedHolidays?: readonly LocalDate[];
  /** A scheduled away window; `always` (replies on with no window) is not an absence. */
  readonly away?: AwayWindow | 'always';
}

/** Why a date is not a working day for someone, or `undefined` when it is one. */
export type DayOff = { readonly why: 'weekend' } | { readonly why: 'holiday'; readonly name: string };

/**
 * Whether a date (in the person's working-hours zone) is a day off for them: not one of their working days, or a
 * public holiday of their region that the user did not mark as worked.
 * @example dayOffOf(jonas, '2026-12-25' as LocalDate) // { why: 'holiday', name: 'Christmas Day' }
 */
export function dayOffOf(person: DayOwner, on: LocalDate): DayOff | undefined {
  if (!person.workingHours.days.includes(weekdayOf(on))) return { why: 'weekend' };
  if (person.holidayRegion !== undefined && !(person.workedHolidays ?? []).includes(on)) {
    const holiday = findPublicHoliday(person.holidayRegion, on);
    if (holiday !== undefined) return { why: 'holiday', name: holiday.name };
  }
  return undefined;
}
