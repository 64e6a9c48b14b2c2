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
/** How many working days past its due date a promise is looked for before saying none is in sight. */
const PROMISE_SEARCH_DAYS = 60;
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

/** Keeps the `size` biggest competitors, sorted. */
function pushTop(top: Competitor[], candidate: Competitor, size: number): void {
  if (top.length === size && byBiggest(candidate, top[top.length - 1]!) >= 0) return;
  let i = top.length;
  while (i > 0 && byBiggest(candidate, top[i - 1]!) < 0) i -= 1;
  top.splice(i, 0, candidate);
  if (top.length > size) top.pop();
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

/**
 * Each day from now to `untilMs` in parts that do not overlap: busy, reserve (the focus factor's share), the
 * usable minutes that items due earlier claim (EDF, the earliest days first) and those left for this item.
 */
function series(timeline: CapacityTimeline, clock: ReturnType<typeof minuteClock>, untilMs: number, claimMinutes: number, isDeadline: boolean): DayCapacity[] {
  const out: DayCapacity[] = [];
  const last = timeline.dayIndexOf(Math.max(timeline.fromMs, untilMs - 1));
  for (let k = 0; k <= last; k += 1) {
    const day = timeline.days[k]!;
    const a = day.startMs;
    const b = Math.min(untilMs, day.endMs);
    const usableBefore = clock.usable(a);
    const usable = Math.max(0, clock.usable(b) - usableBefore);
    const claimed = Math.min(usable, Math.max(0, claimMinutes - usableBefore));
    const rawFree = Math.max(0, clock.free(b) - clock.free(a));
    const reserve = Math.max(0, rawFree - usable);
    const busy = Math.max(0, clock.work(b) - clock.work(a) - rawFree);
    out.push({
      on: day.on,
      workMinutes: busy + reserve + usable,
      busyMinutes: busy,
      reserveMinutes: reserve,
      claimedMinutes: claimed,
      freeMinutes: usable - claimed,
      isDeadlineDay: isDeadline && k === last,
    });
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
      undated.push({ item, effort, ownMinutes, readings: [], readers: [] });
      continue;
    }
    const readers = readersOf(item);
    dated.push({ item, effort, ownMinutes, readers, readings: readAll(readers, item.due.on) });
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
  const judgedCount = dated.findIndex((p) => primaryOf(p).atMs > horizonEndMs);
  const judged = judgedCount < 0 ? dated : dated.slice(0, judgedCount);
  const later = judgedCount < 0 ? [] : dated.slice(judgedCount);
  const lastJudgedMs = judged.length === 0 ? nowMs : primaryOf(judged[judged.length - 1]!).atMs;
  // The timeline covers the horizon, every judged deadline, and room for promises past them.
  const endMs = Math.min(nowMs + MAX_TIMELINE_DAYS * DAY_MS, Math.max(horizonEndMs, lastJudgedMs, nowMs + DAY_MS) + (PROMISE_SEARCH_DAYS + 14) * DAY_MS);
  const timeline = createCapacityTimeline(user, world.calendar, { start: now, end: msToInstant(endMs) }, s);
  const clock = minuteClock(timeline, s.focusFactor);
  const busiest = busiestDaysUpTo(timeline, s.busiestDaysCount);

  /** The earliest date, after the due date, whose reading fits the EDF schedule with the margin. */
  const promiseFor = (p: Prepared): PromisedDate => {
    const dueOn = p.item.due!.on;
    let on = addDays(dueOn, 1);
    const earliest = addDays(localDateOf(nowMs, user.timeZone), -1);
    if (on < earliest) on = earliest;
    let tried = 0;
    for (let guard = 0; tried < PROMISE_SEARCH_DAYS && guard < PROMISE_SEARCH_DAYS * 3; guard += 1, on = addDays(on, 1)) {
      const readings = readAll(p.readers, on);
      // Only a working day of every reader is a date to offer (a day off would read as an earlier day).
      if (readings.some((r) => r.deadline.moved !== undefined)) continue;
      const atMs = readings[0]!.atMs;
      if (atMs <= nowMs) continue;
      tried += 1;
      if (fits(demandUpTo(atMs), clock.usable(atMs), ratio)) {
        return { kind: 'date', on, deadline: readings[0]!.deadline, deadlines: readings.map((r) => r.deadline) };
      }
    }
    return { kind: 'none', reason: 'no-capacity-in-sight', searchedUntil: addDays(on, -1) };
  };

  const results: ItemRisk[] = [];
  const rootOf = new Map<string, string[]>();
  const top: Competitor[] = [];
  for (let g = 0; g < judged.length; ) {
    // A group: items sharing one deadline compete with each other, whatever their order in the input.
    const deadlineMs = primaryOf(judged[g]!).atMs;
    let end = g;
    while (end < judged.length && primaryOf(judged[end]!).atMs === deadlineMs) {
      const p = judged[end]!;
      pushTop(top, { itemId: p.item.id, title: p.item.title, minutes: p.ownMinutes, atMs: deadlineMs }, s.maxCompetingItems + 1);
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
          // The fewest, biggest earlier items whose hours would let this one fit: they are the root.
          const others: Competitor[] = [];
          for (let j = 0; j < end; j += 1) {
            const q = judged[j]!;
            if (q !== p && q.ownMinutes > 0) others.push({ itemId: q.item.id, title: q.item.title, minutes: q.ownMinutes, atMs: primaryOf(q).atMs });
          }
          others.sort(byBiggest);
          const rootIds: string[] = [];
          let rest = neededMinutes;
          for (const other of others) {
            if (fits(rest, freeMinutes, ratio)) break;
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
      const competing = top
        .filter((c) => c.itemId !== p.item.id)
        .slice(0, s.maxCompetingItems)
        .map((c) => ({ itemId: c.itemId, title: c.title, minutes: c.minutes }));
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
        capacity: deadlineMs <= nowMs ? [] : series(timeline, clock, deadlineMs, competingMinutes, true),
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
      flags: flagsFor(p, world, nowMs, userToday),
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
      capacity: series(timeline, clock, horizonEndMs, judgedMinutes, false),
    });
  }
  return { generatedAt: now, horizon: { start: now, end: msToInstant(horizonEndMs) }, autoRepliesOn: user.away === 'always', items: results };
}
