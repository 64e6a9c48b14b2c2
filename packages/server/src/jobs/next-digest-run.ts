import { addDays, localDateOf, parseTimeZoneId, toIsoWeek, weekdayOf, zonedMs, type Instant, type IsoWeek, type LocalDate } from '@upfront/core';

/** When a user's weekly digest runs: a weekday (0 = Sunday … 6 = Saturday) and a wall-clock time in an IANA zone. */
export interface DigestTime {
  readonly weekday: number;
  readonly localTime: string;
  readonly timeZone: string;
}

/** One scheduled run: its instant, the local date it falls on, and the period it drafts for. */
export interface DigestRun {
  readonly runAt: Instant;
  readonly runOn: LocalDate;
  /** ISO week of `runOn` (`2026-W49`): one digest per user per period. */
  readonly period: IsoWeek;
}

/**
 * The first run strictly after `after`. The wall-clock time is read on each candidate day in the user's zone, so
 * a run at 09:00 stays at 09:00 across DST changes (its UTC instant moves by the change). A time that does not
 * exist on a spring-forward day (02:30 in Berlin on the last Sunday of March) runs as far into the new offset
 * (03:30); a time that happens twice on a fall-back day runs at its first occurrence (core's `zonedMs`).
 */
export function nextDigestRun(schedule: DigestTime, after: Instant): DigestRun {
  const zone = parseTimeZoneId(schedule.timeZone);
  const afterMs = Date.parse(after);
  const minutes = Number(schedule.localTime.slice(0, 2)) * 60 + Number(schedule.localTime.slice(3, 5));
  const today = localDateOf(afterMs, zone);
  const first = addDays(today, (schedule.weekday - weekdayOf(today) + 7) % 7);
  // Each candidate is built from its calendar date (never by adding 168 hours), so the zone's rules of that day apply.
  for (const runOn of [first, addDays(first, 7)]) {
    const runMs = zonedMs(runOn, minutes, zone);
    if (runMs > afterMs) return { runAt: new Date(runMs).toISOString().replace('.000Z', 'Z') as Instant, runOn, period: toIsoWeek(runOn) };
  }
  throw new RangeError('unreachable: a week later is always after');
}
