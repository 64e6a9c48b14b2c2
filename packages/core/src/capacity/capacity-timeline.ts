import type { CalendarEntry } from '../model/calendar.js';
import type { UserProfile } from '../model/person.js';
import { findPublicHoliday } from '../holidays/find-public-holiday.js';
import type { RiskSettings } from '../risk/risk-settings.js';
import type { Instant, Interval, LocalDate } from '../time/types.js';
import { addDays, instantMs, localDateOf, minutesOfDay, weekdayOf, zonedMs } from '../time/zoned-time.js';

const HOUR_MS = 3_600_000;

/** One day of the user's capacity, in the user's zone. */
export interface CapacityDay {
  readonly on: LocalDate;
  /** Start and end (epoch ms) of the part of the day inside the timeline. */
  readonly startMs: number;
  readonly endMs: number;
  /** Working hours of the day (after holidays), before meetings. */
  readonly workHours: number;
  /** Working hours taken by meetings and away time (tentative ones weighted), before the focus factor. */
  readonly busyHours: number;
  /** Usable hours: (work − busy) × focus factor. */
  readonly freeHours: number;
}

/**
 * The user's usable working time between two instants, built once: working hours (DST-correct, in the
 * working-hours zone, minus the user's public holidays) cut by busy, out-of-office and away time (weight 1) and
 * tentative events (weight `tentativeWeight`), overlaps counted once, as sorted segments with prefix sums.
 */
export interface CapacityTimeline {
  readonly fromMs: number;
  readonly toMs: number;
  /** Free working milliseconds in `[from, t)`, busy time removed and tentative weighted, before the focus factor. */
  freeMsBefore(t: number): number;
  /** Working milliseconds in `[from, t)` (after holidays), before meetings. */
  workMsBefore(t: number): number;
  /** Usable hours (after the focus factor) from the start of the timeline to `at`. */
  freeHoursBefore(at: Instant): number;
  /** The days of the timeline in the user's zone, first to last. */
  readonly days: readonly CapacityDay[];
  /** Index in `days` of the day holding `t` (clamped to the first and last day). */
  dayIndexOf(t: number): number;
}

type Spans = number[]; // flat [start0, end0, start1, end1, ...]

/** Sorts flat spans by start and merges overlaps, so every moment is counted once. */
function union(spans: Spans): Spans {
  const n = spans.length / 2;
  if (n === 0) return [];
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => spans[2 * a]! - spans[2 * b]! || spans[2 * a + 1]! - spans[2 * b + 1]!);
  const out: Spans = [];
  for (const i of order) {
    const start = spans[2 * i]!;
    const end = spans[2 * i + 1]!;
    if (end <= start) continue;
    const last = out.length - 1;
    if (last > 0 && start <= out[last]!) out[last] = Math.max(out[last]!, end);
    else out.push(start, end);
  }
  return out;
}

function isFocusBlock(entry: CalendarEntry, focusCategories: ReadonlySet<string>, focusSubject: RegExp): boolean {
  return entry.categories.some((c) => focusCategories.has(c.toLowerCase())) || focusSubject.test(entry.subject);
}

/** How much of an entry's time is taken: 1 busy, the tentative weight, or 0 when it does not count. */
function loadOf(entry: CalendarEntry, settings: RiskSettings, focusCategories: ReadonlySet<string>, focusSubject: RegExp): number {
  if (entry.isCancelled || entry.response === 'declined') return 0;
  if (entry.showAs === 'free' || entry.showAs === 'workingElsewhere') return 0;
  if (isFocusBlock(entry, focusCategories, focusSubject)) return 0;
  if (entry.showAs === 'tentative' || entry.response === 'tentativelyAccepted') return settings.tentativeWeight;
  return 1; // busy, oof, unknown
}

function workingSpans(user: UserProfile, fromMs: number, toMs: number): Spans {
  const hours = user.workingHours;
  const start = minutesOfDay(hours.start);
  const endRaw = minutesOfDay(hours.end);
  const end = endRaw > start ? endRaw : endRaw + 1440;
  const spans: Spans = [];
  // Start a day early so a shift that crosses midnight into the first day is included.
  const last = localDateOf(toMs, hours.timeZone);
  for (let on = addDays(localDateOf(fromMs, hours.timeZone), -1); on <= last; on = addDays(on, 1)) {
    if (!hours.days.includes(weekdayOf(on))) continue;
    if (user.holidayRegion && findPublicHoliday(user.holidayRegion, on)) continue;
    const a = Math.max(fromMs, zonedMs(on, start, hours.timeZone));
    const b = Math.min(toMs, zonedMs(on, end, hours.timeZone));
    if (b > a) spans.push(a, b);
  }
  return spans;
}

/**
 * Builds the user's capacity timeline over `span` from their working hours, holidays, away window and calendar.
 * Declined and cancelled events, `free`/`workingElsewhere` ones and focus blocks do not take time; all-day
 * entries are whole days in the user's zone.
 * @example createCapacityTimeline(user, calendar, { start: now, end: friday }, settings).freeHoursBefore(friday)
 */
export function createCapacityTimeline(user: UserProfile, calendar: readonly CalendarEntry[], span: Interval, settings: RiskSettings): CapacityTimeline {
  const fromMs = instantMs(span.start);
  const toMs = Math.max(fromMs, instantMs(span.end));
  const focusCategories = new Set(settings.focusCategories.map((c) => c.toLowerCase()));
  const focusSubject = new RegExp(settings.focusSubjectPattern, 'i');

  const busy: Spans = [];
  const tentative: Spans = [];
  const allDayStart = new Map<LocalDate, number>();
  const dayStartMs = (on: LocalDate): number => {
    let ms = allDayStart.get(on);
    if (ms === undefined) allDayStart.set(on, (ms = zonedMs(on, 0, user.timeZone)));
    return ms;
  };
  for (const entry of calendar) {
    const load = loadOf(entry, settings, focusCategories, focusSubject);
    if (load === 0) continue;
    const timing = entry.timing;
    const a = Math.max(fromMs, timing.kind === 'timed' ? instantMs(timing.start) : dayStartMs(timing.startOn));
    const b = Math.min(toMs, timing.kind === 'timed' ? instantMs(timing.end) : dayStartMs(timing.endOn));
    if (b <= a) continue;
    if (load >= 1) busy.push(a, b);
    else tentative.push(a, b);
  }
  // Automatic replies that are always on have no window: they are not an absence (only the calendar says when
  // the user is away). A scheduled window is away time.
  const away = user.away;
  if (away !== undefined && away !== 'always') busy.push(Math.max(fromMs, instantMs(away.start)), Math.min(toMs, instantMs(away.end)));

  const work = union(workingSpans(user, fromMs, toMs));
  const busyU = union(busy);
  const tentU = union(tentative);

  // Elementary segments between all boundaries; each takes the heaviest load over it.
  const points = new Float64Array(work.length + busyU.length + tentU.length);
  points.set(work, 0);
  points.set(busyU, work.length);
  points.set(tentU, work.length + busyU.length);
  points.sort();

  const segStart: number[] = [];
  const segEnd: number[] = [];
  const segRate: number[] = [];
  let w = 0;
  let b = 0;
  let t = 0;
  const inside = (u: Spans, i: number, x: number) => i < u.length && u[i]! <= x && x < u[i + 1]!;
  for (let k = 0; k + 1 < points.length; k += 1) {
    const a = points[k]!;
    const z = points[k + 1]!;
    if (z <= a) continue;
    while (w < work.length && work[w + 1]! <= a) w += 2;
    if (!inside(work, w, a)) continue;
    while (b < busyU.length && busyU[b + 1]! <= a) b += 2;
    while (t < tentU.length && tentU[t + 1]! <= a) t += 2;
    const rate = inside(busyU, b, a) ? 0 : inside(tentU, t, a) ? 1 - settings.tentativeWeight : 1;
    const last = segStart.length - 1;
    if (last >= 0 && segEnd[last] === a && segRate[last] === rate) segEnd[last] = z;
    else {
      segStart.push(a);
      segEnd.push(z);
      segRate.push(rate);
    }
  }
  const n = segStart.length;
  const cumFree = new Float64Array(n + 1);
  const cumWork = new Float64Array(n + 1);
  for (let k = 0; k < n; k += 1) {
    const len = segEnd[k]! - segStart[k]!;
    cumFree[k + 1] = cumFree[k]! + len * segRate[k]!;
    cumWork[k + 1] = cumWork[k]! + len;
  }

  /** Index of the last segment starting at or before `x`, or -1. */
  const segmentAt = (x: number): number => {
    let lo = 0;
    let hi = n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segStart[mid]! <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const freeMsBefore = (x: number): number => {
    const k = segmentAt(x);
    return k < 0 ? 0 : cumFree[k]! + segRate[k]! * (Math.min(x, segEnd[k]!) - segStart[k]!);
  };
  const workMsBefore = (x: number): number => {
    const k = segmentAt(x);
    return k < 0 ? 0 : cumWork[k]! + (Math.min(x, segEnd[k]!) - segStart[k]!);
  };

  const days: CapacityDay[] = [];
  const lastDay = localDateOf(Math.max(fromMs, toMs - 1), user.timeZone);
  for (let on = localDateOf(fromMs, user.timeZone); on <= lastDay; on = addDays(on, 1)) {
    const startMs = Math.max(fromMs, dayStartMs(on));
    const endMs = Math.min(toMs, dayStartMs(addDays(on, 1)));
    const workHours = (workMsBefore(endMs) - workMsBefore(startMs)) / HOUR_MS;
    const rawFreeHours = (freeMsBefore(endMs) - freeMsBefore(startMs)) / HOUR_MS;
    days.push({ on, startMs, endMs, workHours, busyHours: workHours - rawFreeHours, freeHours: rawFreeHours * settings.focusFactor });
  }
  const dayIndexOf = (x: number): number => {
    let lo = 0;
    let hi = days.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (days[mid]!.startMs <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };

  return {
    fromMs,
    toMs,
    freeMsBefore,
    workMsBefore,
    freeHoursBefore: (at) => (freeMsBefore(instantMs(at)) * settings.focusFactor) / HOUR_MS,
    days,
    dayIndexOf,
  };
}
