import type { Instant, LocalDate, LocalTime, TimeZoneId, Weekday } from '../time/types.js';

/** When a person works, read in their own zone (Graph `workingHours`). */
export interface WorkingHours {
  readonly days: readonly Weekday[];
  readonly start: LocalTime;
  readonly end: LocalTime;
  readonly timeZone: TimeZoneId;
}

/**
 * How a stakeholder reads a due date; set by the user per stakeholder, never inferred.
 * The default is `close-of-business-day` (strict).
 */
export type DeadlineStyle =
  | { readonly kind: 'start-of-business-day' }
  | { readonly kind: 'close-of-business-day' }
  | { readonly kind: 'end-of-day' }
  | { readonly kind: 'exact-time'; readonly time: LocalTime };

/** Where a person's public holidays come from: ISO 3166-1 country, optional subdivision (e.g. `DE`, `BY`). */
export interface HolidayRegion {
  readonly country: string;
  readonly subdivision?: string;
}

/** How the user wants a stakeholder addressed; set by the user per stakeholder, never inferred. Default `direct`. */
export type MessageTone = 'direct' | 'diplomatic';

/**
 * Someone the user works with, as far as their day goes: zone, hours, holidays, time away. `id` is the
 * lower-cased email address.
 */
export interface Person {
  readonly id: string;
  readonly displayName: string;
  /** The first name a greeting uses ("Hallo Jonas,"), from the profile; absent when unknown (the display name then). */
  readonly givenName?: string;
  readonly email: string;
  readonly timeZone: TimeZoneId;
  /** Where the person is, as their profile says (`city`, else `officeLocation`, else the country); absent when unknown (the zone's city is the fallback). */
  readonly city?: string;
  readonly workingHours: WorkingHours;
  readonly holidayRegion?: HolidayRegion;
  /** Scheduled automatic replies (Graph mail tips), when known. */
  readonly away?: AwayWindow;
}

/** A person who depends on a work item. */
export interface Stakeholder extends Person {
  readonly deadlineStyle: DeadlineStyle;
  /** BCP 47 tag, e.g. `de-DE`; set by the user (default: the user's own language). */
  readonly language?: string;
  /** Set by the user; default `direct`. */
  readonly tone?: MessageTone;
  readonly lastContactAt?: Instant;
  /** Holidays the user marked as working days for this stakeholder. */
  readonly workedHolidays: readonly LocalDate[];
}

/** An automatic-replies (out of office) window. */
export interface AwayWindow {
  readonly start: Instant;
  readonly end: Instant;
}

/** The signed-in user, as far as the domain needs them. */
export interface UserProfile {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly timeZone: TimeZoneId;
  /** Where the user is, as their profile says (see `Stakeholder.city`). */
  readonly city?: string;
  readonly workingHours: WorkingHours;
  readonly holidayRegion?: HolidayRegion;
  readonly language: string;
  /**
   * Scheduled automatic replies; `always` when they are on with no window. `always` is not an absence: only what
   * the calendar shows as away counts, and the report says the replies are on.
   */
  readonly away?: AwayWindow | 'always';
}

/** A colleague who could take part of an item (same Planner plan), with the times their calendar is busy. */
export interface Colleague extends Person {
  /** Busy, tentative and away times from `getSchedule`, inside the horizon. */
  readonly busy: readonly { readonly start: Instant; readonly end: Instant }[];
  /** Why they are a candidate: they are in the plan the item belongs to. */
  readonly planIds: readonly string[];
}
