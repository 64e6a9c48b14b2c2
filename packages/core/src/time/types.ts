declare const brand: unique symbol;
type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** A UTC instant as an ISO-8601 string ending in `Z`, e.g. `2025-03-28T07:00:00Z`. */
export type Instant = Brand<string, 'Instant'>;
/** A calendar date with no zone, `YYYY-MM-DD`: To Do due dates, all-day events, holidays. */
export type LocalDate = Brand<string, 'LocalDate'>;
/** A wall-clock time of day, `HH:MM` (24 h). */
export type LocalTime = Brand<string, 'LocalTime'>;
/** An IANA time zone id, e.g. `Europe/Berlin`. Never a Windows zone name. */
export type TimeZoneId = Brand<string, 'TimeZoneId'>;

/** A half-open span of time `[start, end)`. */
export interface Interval {
  readonly start: Instant;
  readonly end: Instant;
}

/** The only source of "now"; core never reads the system clock. */
export interface Clock {
  now(): Instant;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as `Date.getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
