import type { Instant, LocalDate, TimeZoneId } from '../time/types.js';
import { instantMs, localDateOf } from '../time/zoned-time.js';

/**
 * The one way Upfront writes hours, dates and times for a person, in their locale (from the host: `en-GB`
 * writes `Thu 4 Dec, 17:00`, `en-US` writes `Thu, Dec 4, 5:00 PM`). The tab and every message use it; nothing
 * else formats. Words come from the locale data of `Intl` (CLDR), never from our code.
 */
export interface Formatter {
  /** The locale actually used (a supported one; `en` when the asked one is unknown). */
  readonly locale: string;
  /** Hours of work or time, rounded by `toDisplayHours`: `45 min`, `2.5 hr` (en), `2,5 Std.` (de). */
  hours(minutes: number): string;
  /**
   * The gap between two figures as they are shown: `|hours(a) − hours(b)|`, so that what a person reads adds up
   * (13.3 h needed, 12.8 h free: short by 0.5 h, never 0.4 h from rounding the exact gap on its own).
   */
  hoursBetween(aMinutes: number, bMinutes: number): string;
  /** An instant on a wall clock: `Thu 4 Dec, 17:00`; the year is added when it is not the current year there. */
  moment(at: Instant | number, zone: TimeZoneId): string;
  /** Only the wall-clock time: `17:00` (en-GB), `5:00 PM` (en-US). */
  time(at: Instant | number, zone: TimeZoneId): string;
  /** A calendar date: `Thu 4 Dec`, with the year when it is not the current year. */
  date(on: LocalDate): string;
  /** A calendar date in full: `Thursday 4 December` (with the year when it is not the current year). */
  dateLong(on: LocalDate): string;
  /** A date for a chart axis, in two parts: `{ weekday: 'Thu', day: '4' }`. */
  dayLabel(on: LocalDate): { readonly weekday: string; readonly day: string };
}

const MINUTES_PER_TENTH = 6;

/**
 * The one rounding rule for hours shown to people, from whole minutes: under an hour, to 5 minutes (at least
 * 5); from an hour, to tenths of an hour (6 minutes). Returns hours.
 * @example toDisplayHours(43) // 0.75 (45 min)
 * @example toDisplayHours(151) // 2.5 (151 / 6 = 25.17 tenths → 25)
 * @example toDisplayHours(0) // 0
 */
export function toDisplayHours(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes <= 0) return 0;
  if (minutes < 57.5) return Math.max(5, Math.round(minutes / 5) * 5) / 60;
  return Math.round(minutes / MINUTES_PER_TENTH) / 10;
}

// `Intl` formatters are costly to build (tens of microseconds each) and pure once built: shared per locale,
// shape and zone across every formatter of the process, within a bound.
const MAX_SHARED_FORMATS = 2_000;
const sharedFormats = new Map<string, Intl.DateTimeFormat>();
function sharedFormat(id: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = sharedFormats.get(id);
  if (format === undefined) {
    if (sharedFormats.size >= MAX_SHARED_FORMATS) sharedFormats.clear();
    sharedFormats.set(id, (format = build()));
  }
  return format;
}
const sharedNumbers = new Map<string, { hour: Intl.NumberFormat; minute: Intl.NumberFormat; cycle: string | undefined }>();

const supportedTags = new Map<string, string>();

/** The supported locale for a tag (remembered: asking `Intl` costs about half a millisecond). */
function supported(locale: string | undefined): string {
  if (locale === undefined || locale === '') return 'en';
  let tag = supportedTags.get(locale);
  if (tag === undefined) {
    if (supportedTags.size >= MAX_SHARED_FORMATS) supportedTags.clear();
    supportedTags.set(locale, (tag = resolveLocale(locale)));
  }
  return tag;
}

function resolveLocale(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? 'en';
  } catch {
    // An ill-formed tag (RangeError) is treated like an unknown one: we fall back to English.
    return 'en';
  }
}

const DAY_PARTS: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

/**
 * Creates the formatter for one reader's locale at one moment (`now` decides when a year is worth writing).
 * `Intl` objects are built once per locale, zone and shape in the process, and shared (they are the costly part).
 * @example createFormatter('en-GB', now).moment('2026-12-04T16:00:00Z', 'Europe/Berlin') // 'Fri 4 Dec, 17:00'
 * @example createFormatter('de-DE', now).hours(150) // '2,5 Std.'
 */
export function createFormatter(locale: string | undefined, now: Instant): Formatter {
  const tag = supported(locale);
  let numbers = sharedNumbers.get(tag);
  if (numbers === undefined) {
    if (sharedNumbers.size >= MAX_SHARED_FORMATS) sharedNumbers.clear();
    sharedNumbers.set(
      tag,
      (numbers = {
        hour: new Intl.NumberFormat(tag, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }),
        minute: new Intl.NumberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 }),
        cycle: new Intl.DateTimeFormat(tag, { hour: 'numeric' }).resolvedOptions().hourCycle,
      }),
    );
  }
  // A 24-hour locale writes 09:00, a 12-hour one 9:00 AM: the clock follows the locale's own hour cycle.
  const TIME_PARTS: Intl.DateTimeFormatOptions = { hour: numbers.cycle === 'h23' || numbers.cycle === 'h24' ? '2-digit' : 'numeric', minute: '2-digit' };
  const nowMs = instantMs(now);
  const dtf = (key: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
    sharedFormat(`${tag}|${key}|${zone}`, () => new Intl.DateTimeFormat(tag, { ...options, timeZone: zone }));
  const hourFormat = numbers.hour;
  const minuteFormat = numbers.minute;
  // Per formatter (one report): bounded by what one report writes.
  const moments = new Map<string, string>();
  const times = new Map<string, string>();
  const years = new Map<string, string>();
  const thisYearIn = (zone: string) => {
    let year = years.get(zone);
    if (year === undefined) years.set(zone, (year = localDateOf(nowMs, zone as TimeZoneId).slice(0, 4)));
    return year;
  };
  const msOf = (at: Instant | number) => (typeof at === 'number' ? at : instantMs(at));
  // Calendar dates are formatted at noon UTC in UTC, so no zone can shift them to another day.
  const noonOf = (on: LocalDate) => Date.parse(`${on}T12:00:00Z`);
  const thisYear = thisYearIn('UTC');

  return {
    locale: tag,
    hours(minutes) {
      const hours = toDisplayHours(minutes);
      if (hours === 0) return hourFormat.format(0);
      return hours < 1 ? minuteFormat.format(Math.round(hours * 60)) : hourFormat.format(hours);
    },
    hoursBetween(aMinutes, bMinutes) {
      const gap = Math.abs(toDisplayHours(aMinutes) - toDisplayHours(bMinutes));
      // Shown values are whole minutes or tenths of an hour, so their gap is too: format it without rounding again.
      const minutes = Math.round(gap * 60);
      if (minutes === 0) return hourFormat.format(0);
      return minutes < 60 ? minuteFormat.format(minutes) : hourFormat.format(Math.round(gap * 10) / 10);
    },
    moment(at, zone) {
      // A report writes the same deadline many times (its card, its summary, its promise): remember each text.
      const ms = msOf(at);
      const id = `${ms}|${zone}`;
      let text = moments.get(id);
      if (text === undefined) {
        const withYear = localDateOf(ms, zone).slice(0, 4) !== thisYearIn(zone);
        text = dtf(withYear ? 'moment-y' : 'moment', zone, { ...DAY_PARTS, ...TIME_PARTS, ...(withYear ? { year: 'numeric' } : {}) }).format(ms);
        moments.set(id, text);
      }
      return text;
    },
    time(at, zone) {
      const ms = msOf(at);
      const id = `${ms}|${zone}`;
      let text = times.get(id);
      if (text === undefined) times.set(id, (text = dtf('time', zone, TIME_PARTS).format(ms)));
      return text;
    },
    date(on) {
      const withYear = on.slice(0, 4) !== thisYear;
      return dtf(withYear ? 'date-y' : 'date', 'UTC', { ...DAY_PARTS, ...(withYear ? { year: 'numeric' } : {}) }).format(noonOf(on));
    },
    dateLong(on) {
      const withYear = on.slice(0, 4) !== thisYear;
      return dtf(withYear ? 'long-y' : 'long', 'UTC', { weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(noonOf(on));
    },
    dayLabel(on) {
      const parts = dtf('axis', 'UTC', { weekday: 'short', day: 'numeric' }).formatToParts(noonOf(on));
      return { weekday: parts.find((p) => p.type === 'weekday')?.value ?? '', day: parts.find((p) => p.type === 'day')?.value ?? on.slice(8) };
    },
  };
}
