import { createFormatter, type Instant, type LocalDate, type TimeZoneId } from '@upfront/core';

/**
 * Core's formatter (the one rounding rule and the one way to write hours, dates and times), typed for values
 * that arrive as plain strings over HTTP. It only delegates: the tab never formats on its own (STYLE §10).
 */
export interface TabFormatter {
  /** The locale actually used. */
  readonly locale: string;
  /** Whole minutes as hours for people: `45 min`, `2.5 hr` (en), `2,5 Std.` (de). */
  hours(minutes: number): string;
  /** The gap between two figures as they are shown, so that what a person reads subtracts (core's `hoursBetween`). */
  hoursBetween(aMinutes: number, bMinutes: number): string;
  /** An instant on a wall clock in a zone: `Thu 4 Dec, 17:00` (en-GB), `Thu, Dec 4, 5:00 PM` (en-US). */
  moment(at: string | number, timeZone: string): string;
  /** Only the wall-clock time in a zone: `17:00`, `5:00 PM`. */
  time(at: string | number, timeZone: string): string;
  /** A calendar date: `Thu 4 Dec` (with the year when it is not the current year). */
  date(on: string): string;
  /** A calendar date in full: `Thursday 4 December`. */
  dateLong(on: string): string;
  /** A date for a chart axis: `{ weekday: 'Thu', day: '4' }`. */
  dayLabel(on: string): { readonly weekday: string; readonly day: string };
}

/** The formatter for one report: its locale, and its `generatedAt` deciding when a year is worth writing. */
export function createTabFormatter(locale: string | undefined, now: string): TabFormatter {
  const format = createFormatter(locale, now as Instant);
  return {
    locale: format.locale,
    hours: (minutes) => format.hours(minutes),
    hoursBetween: (a, b) => format.hoursBetween(a, b),
    moment: (at, timeZone) => format.moment(at as Instant | number, timeZone as TimeZoneId),
    time: (at, timeZone) => format.time(at as Instant | number, timeZone as TimeZoneId),
    date: (on) => format.date(on as LocalDate),
    dateLong: (on) => format.dateLong(on as LocalDate),
    dayLabel: (on) => format.dayLabel(on as LocalDate),
  };
}
