import { DateTime, IANAZone } from 'luxon';
import type { Instant, LocalDate, LocalTime, TimeZoneId } from './types.js';

/** Raised when a value that should be a time value is not; names the field. */
export class TimeParseError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    expected: string,
  ) {
    super(`${field}: expected ${expected}, got ${JSON.stringify(value)}`);
    this.name = 'TimeParseError';
  }
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Parses an ISO-8601 date-time with an offset (or `Z`) into a UTC `Instant`.
 * @example parseInstant('2025-03-28T09:00:00+02:00') // '2025-03-28T07:00:00Z'
 */
const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,3})?Z$/;

export function parseInstant(value: string, field = 'instant'): Instant {
  // Fast path for what Graph sends most (UTC, up to milliseconds): a real date-time maps onto itself through Date.
  const utc = UTC_INSTANT.exec(value);
  if (utc) {
    const ms = Date.parse(value);
    const iso = Number.isNaN(ms) ? '' : new Date(ms).toISOString();
    if (iso.slice(0, 19) === utc[1]) return (ms % 1000 === 0 ? `${utc[1]}Z` : iso) as Instant;
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  if (!parsed.isValid || !/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    throw new TimeParseError(field, value, 'an ISO-8601 date-time with an offset');
  }
  return toInstantString(parsed);
}

/** Formats a luxon DateTime as an `Instant` (UTC, second precision unless it has milliseconds). */
export function toInstantString(value: DateTime): Instant {
  const utc = value.toUTC();
  const text = utc.millisecond === 0 ? utc.toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'") : utc.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
  return text as Instant;
}

/**
 * Parses `YYYY-MM-DD` into a `LocalDate`, rejecting impossible dates.
 * @example parseLocalDate('2025-02-29') // throws: 2025 is not a leap year
 */
export function parseLocalDate(value: string, field = 'date'): LocalDate {
  if (!LOCAL_DATE.test(value) || !DateTime.fromISO(value, { zone: 'UTC' }).isValid) {
    throw new TimeParseError(field, value, 'a date YYYY-MM-DD');
  }
  return value as LocalDate;
}

/**
 * Parses `HH:MM` (or `HH:MM:SS[.fffffff]` as Graph writes times of day) into a `LocalTime`.
 * @example parseLocalTime('08:30:00.0000000') // '08:30'
 */
export function parseLocalTime(value: string, field = 'time'): LocalTime {
  const hhmm = value.slice(0, 5);
  if (!LOCAL_TIME.test(hhmm) || (value.length > 5 && !/^:\d{2}(\.\d+)?$/.test(value.slice(5)))) {
    throw new TimeParseError(field, value, 'a time of day HH:MM');
  }
  return hhmm as LocalTime;
}

/**
 * Checks an IANA zone id.
 * @example parseTimeZoneId('Asia/Kolkata') // 'Asia/Kolkata'
 */
export function parseTimeZoneId(value: string, field = 'timeZone'): TimeZoneId {
  if (!IANAZone.isValidZone(value)) throw new TimeParseError(field, value, 'an IANA time zone id');
  return value as TimeZoneId;
}
