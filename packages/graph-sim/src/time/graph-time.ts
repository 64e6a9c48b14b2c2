import { DateTime } from 'luxon';
import { toIanaZone } from './windows-zones.js';

export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** `2025-03-28T09:00:00.0000000`: Graph's local wall time, 7 fractional digits, no offset. */
export function toGraphLocal(dt: DateTime): string {
  return `${dt.toFormat("yyyy-MM-dd'T'HH:mm:ss")}.${String(dt.millisecond).padStart(3, '0')}0000`;
}

/** An instant rendered as dateTimeTimeZone in `zoneName` (Windows or IANA, echoed as given). */
export function toDateTimeTimeZone(instantIso: string, zoneName: string): DateTimeTimeZone {
  const iana = toIanaZone(zoneName) ?? 'Etc/UTC';
  return { dateTime: toGraphLocal(DateTime.fromISO(instantIso, { zone: 'utc' }).setZone(iana)), timeZone: zoneName };
}

/** UTC DateTimeOffset as Graph writes it on `createdDateTime` etc.: `2025-03-28T09:00:00.0000000Z`. */
export function toGraphUtcStamp(instantIso: string): string {
  return `${toGraphLocal(DateTime.fromISO(instantIso, { zone: 'utc' }))}Z`;
}

/** Parses a request's dateTimeTimeZone into a UTC ISO instant; undefined when the zone or time is unknown. */
export function parseDateTimeTimeZone(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { dateTime, timeZone } = value as Partial<DateTimeTimeZone>;
  if (typeof dateTime !== 'string') return undefined;
  const zone = toIanaZone(typeof timeZone === 'string' && timeZone ? timeZone : 'UTC');
  if (!zone) return undefined;
  const dt = DateTime.fromISO(dateTime.replace(/(\.\d{3})\d+/, '$1'), { zone });
  return dt.isValid ? (dt.toUTC().toISO() ?? undefined) : undefined;
}

/** ISO 8601 with or without offset (no offset = UTC, as calendarView reads it) → UTC ISO instant. */
export function parseQueryInstant(value: string): string | undefined {
  const dt = DateTime.fromISO(value.trim().replace(' ', '+'), { zone: 'utc', setZone: false });
  return dt.isValid ? (dt.toUTC().toISO() ?? undefined) : undefined;
}
