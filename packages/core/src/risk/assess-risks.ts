import { createCapacityTimeline, type CapacityTimeline } from '../capacity/capacity-timeline.js';
import { estimateEffort } from '../effort/estimate-effort.js';
import type { Stakeholder } from '../model/person.js';
import type { Importance, WorkItem } from '../model/work-item.js';
import type { UserWorld } from '../model/world.js';
import type { Instant, LocalDate } from '../time/types.js';
import { addDays, instantMs, localDateOf, minutesOfDay, msToInstant } from '../time/zoned-time.js';
import { readDueDate, readOwnDueDate, type DueDateReading } from './read-due-date.js';
import { toRiskSettings, type RiskSettings } from './risk-settings.js';
import type { DayCapacity, Effort, ItemRisk, PromisedDate, RiskCause, RiskFigures, RiskFlag, RiskReport, RiskState } from './types.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The timeline never reaches further than this past `now`, whatever a far-off due date says. */
const MAX_TIMELINE_DAYS = 400;
/** How many calendar days past its due date (or today) a promise is looked for before saying none is in sight. */
const PROMISE_SEARCH_DAYS = 90;
/** Guards whole-minute flooring against binary fractions (0.7 × 480 min is 335.99999… in floating point). */
const EPSILON = 1e-6;

interface Prepared {
  readonly item: WorkItem;
  readonly effort: Effort;
  /** Effort in whole minutes: integer sums keep the result independent of input order. */
  readonly ownMinutes: number;
  /** Earliest first. */
  readonly readings: readonly DueDateReading[];
  readonly readers: readonly (Stakeholder | undefined)[];
  /** The readers' ids, joined: items read by the same people share their promise readings. */
  readonly readersKey: string;
}

interface Competitor {
  readonly itemId: string;
  readonly title: string;
  readonly minutes: number;
  readonly atMs: number;
}

const byBiggest = (a: Competitor, b: Competitor) => b.minutes - a.minutes || a.atMs - b.atMs || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);
const IMPORTANCE_RANK: Record<Importance, number> = { high: 0, normal: 1, low: 2 };
const primaryOf = (p: Prepared) => p.readings[0]!;

function workingDayHours(world: UserWorld): number {
  const start = minutesOfDay(world.user.workingHours.start);
  const end = minutesOfDay(world.user.workingHours.end);
  return ((end > start ? end : end + 1440) - start) / 60;
}

/** The state from whole minutes: an exact fit with its margin is on track, an exact fit without it at risk. */
function stateOf(deadlineMs: number, nowMs: number, figures: RiskFigures): RiskState {
  if (deadlineMs <= nowMs) return 'overdue';
  if (figures.neededMinutes + figures.marginMinutes <= figures.freeMinutes) return 'on-track';
  if (figures.neededMinutes <= figures.freeMinutes) return 'at-risk';
  return 'off-track';
}

const marginOf = (minutes: number, ratio: number) => Math.round(minutes * ratio);
const fits = (minutes: number, freeMinutes: number, ratio: number) => minutes + marginOf(minutes, ratio) <= freeMinutes;

/** Whole usable, free and working minutes before an instant, from the timeline (one flooring rule). */
function minuteClock(timeline: CapacityTimeline, focus: number) {
  return {
    usable: (t: number) => Math.floor((timeline.freeMsBefore(t) * focus) / MINUTE_MS + EPSILON),
    free: (t: number) => Math.floor(timeline.freeMsBefore(t) / MINUTE_MS + EPSILON),
    work: (t: number) => Math.floor(timeline.workMsBefore(t) / MINUTE_MS + EPSILON),
  };
}
type MinuteClock = ReturnType<typeof minuteClock>;

/**
 * The whole-minute clock read once at every day boundary, and the two day entries most series share (nothing
 * claimed, everything claimed): items only differ in how much earlier work claims and where they stop.
 */
function dayTable(timeline: CapacityTimeline, clock: MinuteClock) {
  const n = timeline.days.length;
  const usableAt = new Float64Array(n + 1);
  const freeAt = new Float64Array(n + 1);
  const workAt = new Float64Array(n + 1);
  for (let k = 0; k < n; k += 1) {
    const start = timeline.days[k]!.startMs;
    usableAt[k] = clock.usable(start);
    freeAt[k] = clock.free(start);
    workAt[k] = clock.work(start);
  }
  const end = n === 0 ? timeline.toMs : timeline.days[n - 1]!.endMs;
  usableAt[n] = clock.usable(end);
  freeAt[n] = clock.free(end);
  workAt[n] = clock.work(end);
  const part = (k: number, usable: number, rawFree: number, work: number, claimed: number, isDeadlineDay: boolean): DayCapacity => {
    const reserve = Math.max(0, rawFree - usable);
    const busy = Math.max(0, work - rawFree);
    return { on: timeline.days[k]!.on, workMinutes: busy + reserve + usable, busyMinutes: busy, reserveMinutes: reserve, claimedMinutes: claimed, freeMinutes: usable - claimed, isDeadlineDay };
  };
  const unclaimed: DayCapacity[] = [];
  const claimedAll: DayCapacity[] = [];
  for (let k = 0; k < n; k += 1) {
    const usable = usableAt[k + 1]! - usableAt[k]!;
    const rawFree = freeAt[k + 1]! - freeAt[k]!;
    const work = workAt[k + 1]! - workAt[k]!;
    unclaimed.push(part(k, usable, rawFree, work, 0, false));
    claimedAll.push(part(k, usable, rawFree, work, usable, false));
  }
  return { usableAt, freeAt, workAt, part, unclaimed, claimedAll };
}

/**
 * Each day from now to `untilMs` in parts that do not overlap: busy, reserve (the focus factor's share), the
 * usable minutes that items due earlier claim (EDF, the earliest days first) and those left for this item.
 * Whole days share their entries (read-only); only the last day, cut at the deadline, is built anew.
 */
function series(timeline: CapacityTimeline, clock: MinuteClock, table: ReturnType<typeof dayTable>, untilMs: number, claimMinutes: number, isDeadline: boolean): DayCapacity[] {
  const last = timeline.dayIndexOf(Math.max(timeline.fromMs, untilMs - 1));
  const out: DayCapacity[] = new Array<DayCapacity>(last + 1);
  for (let k = 0; k <= last; k += 1) {
    const usableBefore = table.usableAt[k]!;
    const cut = k === last && untilMs < timeline.days[k]!.endMs;
    if (!cut) {
      const usable = table.usableAt[k + 1]! - usableBefore;
      const claimed = Math.min(usable, Math.max(0, claimMinutes - usableBefore));
      if (!(isDeadline && k === last) && claimed === 0) out[k] = table.unclaimed[k]!;
      else if (!(isDeadline && k === last) && claimed === usable) out[k] = table.claimedAll[k]!;
      else out[k] = table.part(k, usable, table.freeAt[k + 1]! - table.freeAt[k]!, table.workAt[k + 1]! - table.workAt[k]!, claimed, isDeadline && k === last);
      continue;
    }
    const usable = Math.max(0, clock.usable(untilMs) - usableBefore);
    const claimed = Math.min(usable, Math.max(0, claimMinutes - usableBefore));
    out[k] = table.part(k, usable, Math.max(0, clock.free(untilMs) - table.freeAt[k]!), clock.work(untilMs) - table.workAt[k]!, claimed, isDeadline);
  }
  return out;
}

/** For each day index, the `size` busiest days from the first day to it (busy minutes desc, then date). */
function busiestDaysUpTo(timeline: CapacityTimeline, size: number): (readonly { on: LocalDate; busyMinutes: number }[])[] {
  const out: { on: LocalDate; busyMinutes: number }[][] = [];
  let top: { on: LocalDate; busyMinutes: number }[] = [];
  for (const day of timeline.days) {
    const busy = Math.round(day.busyHours * 60);
    if (busy > 0 && (top.length < size || busy > top[top.length - 1]!.busyMinutes)) {
      top = [...top, { on: day.on, busyMinutes: busy }].sort((a, b) => b.busyMinutes - a.busyMinutes || (a.on < b.on ? -1 : 1)).slice(0, size);
    }
    out.push(top);
  }
  return out;
}

function flagsFor(prepared: Prepared, world: UserWorld, nowMs: number, userToday: LocalDate): RiskFlag[] {
  const flags: RiskFlag[] = [];
  const item = prepared.item;
  if (item.status === 'waitingOnOthers') flags.push({ kind: 'waiting-on-others' });
  if (prepared.readings.length === 0) return flags;
  const deadlineMs = primaryOf(prepared).atMs;
  const away = world.user.away;
  if (away !== undefined && away !== 'always' && instantMs(away.start) < deadlineMs && instantMs(away.end) > nowMs) {
    flags.push({ kind: 'away-before-deadline', awayFrom: away.start, awayUntil: away.end });
  }
  for (const reading of prepared.readings) if (reading.nonWorkingDay) flags.push(reading.nonWorkingDay);
  for (const reading of prepared.readings) {
    const id = reading.deadline.stakeholderId;
    // The cliff: the stakeholder's deadline is behind us while the due date is still today (or later) for the user.
    if (id !== undefined && reading.atMs <= nowMs && reading.deadline.dueOn >= userToday) {
      flags.push({ kind: 'time-zone-cliff', stakeholderId: id, passedAt: reading.deadline.at });
    }
  }
  const due = item.due;
  if (due?.setBy !== undefined && due.shownOn !== undefined && due.shownOn !== due.on) {
    flags.push({ kind: 'due-date-mismatch', stakeholderId: due.setBy, setOn: due.on, shownOn: due.shownOn });
  }
  return flags;
}

/**
 * Assesses every open item (status ≠ completed) of the user's world at `now`, earliest deadline first (EDF).
 *
 * Each item's deadline is the earliest of its stakeholders' readings of the due date (`readDueDate`), or the close
 * of the user's business day without stakeholders. All figures are whole minutes (`RiskFigures`): the work
 * needed by a deadline is the item's effort plus every other open item due by then (overdue ones included, ties
 * together); the free time is the user's usable time from `now` to the deadline (`createCapacityTimeline`). An
 * item is `on-track` when `needed + round(needed × marginRatio) ≤ free`, `at-risk` when only `needed ≤ free`,
 * `off-track` otherwise, `overdue` when its deadline has passed. Items due after the horizon are `later` (not
 * judged); items without a due date come last (`no-due-date`). For every judged item not on track the report
 * says why (`cause`) and the earliest date it can honestly be promised (`promise`). The result does not depend
 * on the order of the inputs.
 * @example
 * const report = assessRisks(world, parseInstant('2025-10-06T07:00:00Z'), { effortOverrides: { a: 8, b: 5 } });
 * report.items[1]; // { state: 'off-track', figures: { neededMinutes: 780, freeMinutes: 672, … }, cause: { kind: 'earlier-work', rootIds: ['a'] }, … }
 */
export function assessRisks(world: UserWorld, now: Instant, settings?: Partial<RiskSettings>): RiskReport {
  const s = toRiskSettings(settings);
  const nowMs = instantMs(now);
  const user = world.user;
  const userToday = localDateOf(nowMs, user.timeZone);
  const dayHours = workingDayHours(world);
  const ratio = s.marginRatio;
  const people = new Map<string, Stakeholder>();
  for (const person of world.stakeholders) people.set(person.id.toLowerCase(), person);

  // One reading per reader and date (the user's own under `undefined`), shared by every item and promise.
  const readingCache = new Map<Stakeholder | undefined, Map<string, DueDateReading>>();
  const readAs = (person: Stakeholder | undefined, on: LocalDate): DueDateReading => {
    let byDate = readingCache.get(person);
    if (byDate === undefined) readingCache.set(person, (byDate = new Map()));
    let reading = byDate.get(on);
    if (reading === undefined) {
      reading = person ? readDueDate(on, person) : readOwnDueDate(on, user);
      byDate.set(on, reading);
    }
    return reading;
  };
  const readersOf = (item: WorkItem): (Stakeholder | undefined)[] => {
    const found = new Map<string, Stakeholder>();
    for (const id of item.stakeholderIds) {
      const person = people.get(id.toLowerCase());
      if (person) found.set(person.id.toLowerCase(), person);
    }
    return found.size === 0 ? [undefined] : [...found.keys()].sort().map((id) => found.get(id)!);
  };
  const readAll = (readers: readonly (Stakeholder | undefined)[], on: LocalDate): DueDateReading[] => {
    const readings = readers.map((person) => readAs(person, on));
    return readings.length === 1 ? readings : readings.sort((a, b) => a.atMs - b.atMs);
  };

  const dated: Prepared[] = [];
  const undated: Prepared[] = [];
  for (const item of world.items) {
    if (item.status === 'completed') continue;
    const effort = estimateEffort(item, s, dayHours);
    const ownMinutes = Math.max(0, Math.round(effort.hours * 60));
    if (item.due === undefined) {
      undated.push({ item, effort, ownMinutes, readings: [], readers: [], readersKey: '' });
      continue;
    }
    const readers = readersOf(item);
    dated.push({ item, effort, ownMinutes, readers, readersKey: readers.map((r) => r?.id ?? '').join('\n'), readings: readAll(readers, item.due.on) });
  }
  const byId = (a: Prepared, b: Prepared) => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
  dated.sort((a, b) => primaryOf(a).atMs - primaryOf(b).atMs || byId(a, b));

  // Demand by deadline over every dated item (later ones too: a promise may reach past the horizon).
  const deadlineList = dated.map((p) => primaryOf(p).atMs);
  const cumulative: number[] = [0];
  for (const p of dated) cumulative.push(cumulative[cumulative.length - 1]! + p.ownMinutes);
  /** Minutes of every dated item due at or before `atMs` (ties count together). */
  const demandUpTo = (atMs: number): number => {
    let lo = 0;
    let hi = deadlineList.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (deadlineList[mid]! <= atMs) lo = mid + 1;
      else hi = mid;
    }
    return cumulative[lo]!;
  };

  const horizonEndMs = Math.max(nowMs, instantMs(world.horizon.end));
  const calendarUntilMs = world.calendarUntil === undefined ? Number.POSITIVE_INFINITY : instantMs(world.calendarUntil);
  const judgedCount = dated.findIndex((p) => primaryOf(p).atMs > horizonEndMs);
  const judged = judgedCount < 0 ? dated : dated.slice(0, judgedCount);
  const later = judgedCount < 0 ? [] : dated.slice(judgedCount);
  const lastJudgedMs = judged.length === 0 ? nowMs : primaryOf(judged[judged.length - 1]!).atMs;
  // The timeline covers the horizon, every judged deadline, and room for promises past them.
  const endMs = Math.min(nowMs + MAX_TIMELINE_DAYS * DAY_MS, Math.max(horizonEndMs, lastJudgedMs, nowMs + DAY_MS) + (PROMISE_SEARCH_DAYS + 3) * DAY_MS);
  const timeline = createCapacityTimeline(user, world.calendar, { start: now, end: msToInstant(endMs) }, s);
  const clock = minuteClock(timeline, s.focusFactor);
  const table = dayTable(timeline, clock);
  const busiest = busiestDaysUpTo(timeline, s.busiestDaysCount);

  // Candidate dates for promises, by index from two days before the user's today (no date arithmetic per try).
  const baseDay = Math.floor(Date.parse(`${userToday}T00:00:00Z`) / DAY_MS) - 2;
  const dates: LocalDate[] = [];
  const dateAt = (i: number): LocalDate => {
    while (dates.length <= i) dates.push(addDays(userToday, dates.length - 2));
    return dates[i]!;
  };
  const indexOf = (on: LocalDate) => Math.floor(Date.parse(`${on}T00:00:00Z`) / DAY_MS) - baseDay;
  /** The first day of the timeline by whose end the usable time reaches `minutes` (`days.length` if none). */
  const firstDayReaching = (minutes: number): number => {
    let lo = 0;
    let hi = timeline.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (table.usableAt[mid + 1]! >= minutes) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  // One reading of a date per set of readers, shared by every item they read.
  const readingsBySet = new Map<string, Map<LocalDate, DueDateReading[]>>();
  const readSet = (p: Prepared, on: LocalDate): DueDateReading[] => {
    let byDate = readingsBySet.get(p.readersKey);
    if (byDate === undefined) readingsBySet.set(p.readersKey, (byDate = new Map()));
    let readings = byDate.get(on);
    if (readings === undefined) byDate.set(on, (readings = readAll(p.readers, on)));
    return readings;
  };

  /**
   * The earliest date after the due date whose reading by every reader fits the same EDF schedule with its
   * margin. A date that is a day off for a reader is never offered. When a date does not fit, no date whose
   * deadline comes before the usable time reaches what that date needed can fit either (needs only grow), so
   * the search jumps there; it looks `PROMISE_SEARCH_DAYS` calendar days past the due date (or today).
   */
  const promiseFor = (p: Prepared): PromisedDate => {
    let i = Math.max(indexOf(p.item.due!.on) + 1, 0);
    const limit = i + PROMISE_SEARCH_DAYS;
    while (i < limit) {
      const on = dateAt(i);
      const readings = readSet(p, on);
      const atMs = readings[0]!.atMs;
      if (atMs > calendarUntilMs) return { kind: 'none', reason: 'calendar-not-read', searchedUntil: dateAt(Math.max(0, i - 1)) };
      let dayOff = false;
      for (const r of readings) dayOff ||= r.deadline.moved !== undefined;
      if (atMs <= nowMs || dayOff) {
        i += 1;
        continue;
      }
      const needed = demandUpTo(atMs);
      const required = needed + marginOf(needed, ratio);
      if (required <= clock.usable(atMs)) {
        return { kind: 'date', on, deadline: readings[0]!.deadline, deadlines: readings.map((r) => r.deadline) };
      }
      const day = firstDayReaching(required);
      if (day >= timeline.days.length) break;
      // A reader's date is at most a day or two from the user's day of its deadline (zones, late closing hours).
      i = Math.max(i + 1, indexOf(timeline.days[day]!.on) - 3);
    }
    return { kind: 'none', reason: 'no-capacity-in-sight', searchedUntil: dateAt(Math.max(0, limit - 1)) };
  };

  const results: ItemRisk[] = [];
  const rootOf = new Map<string, string[]>();
  /** Every judged item due so far, biggest first (EDF adds a group at a time). */
  const bySize: Competitor[] = [];
  const insertBySize = (c: Competitor) => {
    let lo = 0;
    let hi = bySize.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byBiggest(bySize[mid]!, c) <= 0) lo = mid + 1;
      else hi = mid;
    }
    bySize.splice(lo, 0, c);
  };
  for (let g = 0; g < judged.length; ) {
    // A group: items sharing one deadline compete with each other, whatever their order in the input.
    const deadlineMs = primaryOf(judged[g]!).atMs;
    let end = g;
    while (end < judged.length && primaryOf(judged[end]!).atMs === deadlineMs) {
      const p = judged[end]!;
      insertBySize({ itemId: p.item.id, title: p.item.title, minutes: p.ownMinutes, atMs: deadlineMs });
      end += 1;
    }
    const neededMinutes = demandUpTo(deadlineMs);
    const freeMinutes = deadlineMs <= nowMs ? 0 : clock.usable(deadlineMs);
    const deadlineDay = timeline.dayIndexOf(deadlineMs);
    for (let k = g; k < end; k += 1) {
      const p = judged[k]!;
      const competingMinutes = neededMinutes - p.ownMinutes;
      const marginMinutes = marginOf(neededMinutes, ratio);
      const figures: RiskFigures = { ownMinutes: p.ownMinutes, competingMinutes, neededMinutes, marginMinutes, freeMinutes, spareMinutes: freeMinutes - neededMinutes };
      const state = stateOf(deadlineMs, nowMs, figures);
      let cause: RiskCause | undefined;
      if (state === 'at-risk' || state === 'off-track') {
        if (!fits(p.ownMinutes, freeMinutes, ratio)) cause = { kind: 'own-effort' };
        else {
          // The fewest, biggest items due by then whose hours would let this one fit: they are the root
          // (at most `maxCompetingItems` are named; when more would be needed, these are the biggest).
          const rootIds: string[] = [];
          let rest = neededMinutes;
          for (const other of bySize) {
            if (fits(rest, freeMinutes, ratio) || rootIds.length === s.maxCompetingItems || other.minutes === 0) break;
            if (other.itemId === p.item.id) continue;
            rest -= other.minutes;
            rootIds.push(other.itemId);
          }
          cause = { kind: 'earlier-work', rootIds };
          for (const id of rootIds) {
            let pushed = rootOf.get(id);
            if (pushed === undefined) rootOf.set(id, (pushed = []));
            pushed.push(p.item.id);
          }
        }
      }
      const competing: { itemId: string; title: string; minutes: number }[] = [];
      for (const c of bySize) {
        if (competing.length === s.maxCompetingItems) break;
        if (c.itemId !== p.item.id) competing.push({ itemId: c.itemId, title: c.title, minutes: c.minutes });
      }
      const primary = primaryOf(p);
      results.push({
        itemId: p.item.id,
        source: p.item.source,
        title: p.item.title,
        state,
        flags: flagsFor(p, world, nowMs, userToday),
        effort: p.effort,
        deadline: primary.deadline,
        deadlines: p.readings.map((r) => r.deadline),
        figures,
        ...(cause ? { cause } : {}),
        pushes: [],
        ...(state === 'on-track' ? {} : { promise: promiseFor(p) }),
        competing,
        busiestDays: deadlineMs <= nowMs ? [] : (busiest[deadlineDay] ?? []),
        capacity: deadlineMs <= nowMs ? [] : series(timeline, clock, table, deadlineMs, competingMinutes, true),
      });
    }
    g = end;
  }
  // Who pushes whom: set once every cause is known.
  for (let i = 0; i < results.length; i += 1) {
    const pushed = rootOf.get(results[i]!.itemId);
    if (pushed !== undefined) results[i] = { ...results[i]!, pushes: pushed };
  }

  for (const p of later) {
    const primary = primaryOf(p);
    results.push({
      itemId: p.item.id,
      source: p.item.source,
      title: p.item.title,
      state: 'later',
      // Not judged yet: an absence or a time-zone cliff now says nothing about it; the date facts do.
      flags: flagsFor(p, world, nowMs, userToday).filter((f) => f.kind !== 'away-before-deadline' && f.kind !== 'time-zone-cliff'),
      effort: p.effort,
      deadline: primary.deadline,
      deadlines: p.readings.map((r) => r.deadline),
      figures: { ownMinutes: p.ownMinutes, competingMinutes: 0, neededMinutes: p.ownMinutes, marginMinutes: 0, freeMinutes: 0, spareMinutes: 0 },
      pushes: [],
      competing: [],
      busiestDays: [],
      capacity: [],
    });
  }

  // Items without a due date get what is left of the horizon after all judged work.
  const judgedMinutes = cumulative[judged.length]!;
  const horizonFree = clock.usable(horizonEndMs);
  const horizonDay = timeline.dayIndexOf(horizonEndMs - 1);
  undated.sort((a, b) => IMPORTANCE_RANK[a.item.importance] - IMPORTANCE_RANK[b.item.importance] || (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0) || byId(a, b));
  for (const p of undated) {
    const neededMinutes = p.ownMinutes + judgedMinutes;
    results.push({
      itemId: p.item.id,
      source: p.item.source,
      title: p.item.title,
      state: 'no-due-date',
      flags: flagsFor(p, world, nowMs, userToday),
      effort: p.effort,
      deadlines: [],
      figures: {
        ownMinutes: p.ownMinutes,
        competingMinutes: judgedMinutes,
        neededMinutes,
        marginMinutes: marginOf(neededMinutes, ratio),
        freeMinutes: horizonFree,
        spareMinutes: horizonFree - neededMinutes,
      },
      pushes: [],
      competing: [],
      busiestDays: busiest[horizonDay] ?? [],
      capacity: series(timeline, clock, table, horizonEndMs, judgedMinutes, false),
    });
  }
  return { generatedAt: now, horizon: { start: now, end: msToInstant(horizonEndMs) }, autoRepliesOn: user.away === 'always', items: results };
}
