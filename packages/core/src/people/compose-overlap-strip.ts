import type { WorkingHours } from '../model/person.js';
import type { Instant, Interval, LocalDate, TimeZoneId } from '../time/types.js';
import { addDays, localDateOf, minutesOfDay, msToInstant, weekdayOf, zonedMs } from '../time/zoned-time.js';

/**
 * One day of the user's clock, and when in it the user works, the other person works, and both do. Every span
 * is an instant range inside `[start, end)`; a day with a DST switch is 23 or 25 hours long, not 24.
 */
export interface OverlapStrip {
  /** The user's calendar day the strip shows. */
  readonly on: LocalDate;
  /** The user's local midnight starting `on`, and the next one. */
  readonly start: Instant;
  readonly end: Instant;
  readonly userHours: readonly Interval[];
  readonly theirHours: readonly Interval[];
  /** Where both work: the text alternative says these on the user's clock ("You overlap 14:00–17:00 your time"). */
  readonly overlap: readonly Interval[];
  /** Minutes both work in the day. */
  readonly overlapMinutes: number;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A person's working spans, in epoch ms, on their days that touch `[from, to)` (read from their own hours and zone). */
function workingSpans(hours: WorkingHours, from: number, to: number): Span[] {
  const zone: TimeZoneId = hours.timeZone;
  const spans: Span[] = [];
  // Their calendar days that can reach into the window: from the day before its start to the day of its end.
  const last = localDateOf(to, zone);
  for (let day = addDays(localDateOf(from, zone), -1); day <= last; day = addDays(day, 1)) {
    if (!hours.days.includes(weekdayOf(day))) continue;
    const startMinutes = minutesOfDay(hours.start);
    let endMinutes = minutesOfDay(hours.end);
    // Hours that end at or before they start run past midnight (a night shift: 22:00–06:00).
    if (endMinutes <= startMinutes) endMinutes += 24 * 60;
    const start = Math.max(from, zonedMs(day, startMinutes, zone));
    const end = Math.min(to, zonedMs(day, endMinutes, zone));
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) out.push({ start, end });
    }
  }
  return out.sort((p, q) => p.start - q.start);
}

const toInterval = (s: Span): Interval => ({ start: msToInstant(s.start), end: msToInstant(s.end) });

/**
 * The 24-hour strip of one of the user's days (`on`, on the user's clock): the user's working hours, the other
 * person's (each from their own mailbox working hours and zone) and where they overlap.
 * @example
 * // Berlin user 09:00–17:00, New York stakeholder 09:00–17:00, Mon 9 Mar 2026 (New York already on summer time):
 * composeOverlapStrip('2026-03-09', user, them).overlap // [{ start: '2026-03-09T13:00:00Z', end: '2026-03-09T16:00:00Z' }]
 * // = 14:00–17:00 in Berlin
 */
export function composeOverlapStrip(on: LocalDate, user: WorkingHours, theirs: WorkingHours): OverlapStrip {
  const start = zonedMs(on, 0, user.timeZone);
  const end = zonedMs(addDays(on, 1), 0, user.timeZone);
  const userHours = workingSpans(user, start, end);
  const theirHours = workingSpans(theirs, start, end);
  const overlap = intersect(userHours, theirHours);
  return {
    on,
    start: msToInstant(start),
    end: msToInstant(end),
    userHours: userHours.map(toInterval),
    theirHours: theirHours.map(toInterval),
    overlap: overlap.map(toInterval),
    overlapMinutes: overlap.reduce((sum, s) => sum + (s.end - s.start) / 60_000, 0),
  };
}

/**
 * The day the strip should show: the user's today when it is one of their working days, else their next one
 * (at most a week ahead; a user with no working days gets today).
 * @example stripDayFor(Date.parse('2026-12-05T10:00:00Z'), monFriBerlin) // '2026-12-07' (Saturday → Monday)
 */
export function stripDayFor(nowMs: number, user: WorkingHours): LocalDate {
  const today = localDateOf(nowMs, user.timeZone);
  for (let i = 0; i < 7; i += 1) {
    const day = addDays(today, i);
    if (user.days.includes(weekdayOf(day))) return day;
  }
  return today;
}
