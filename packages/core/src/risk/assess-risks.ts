import { createCapacityTimeline, type CapacityDay, type CapacityTimeline } from '../capacity/capacity-timeline.js';
import { estimateEffort } from '../effort/estimate-effort.js';
import type { Stakeholder } from '../model/person.js';
import type { Importance, WorkItem } from '../model/work-item.js';
import type { UserWorld } from '../model/world.js';
import type { Instant, TimeZoneId } from '../time/types.js';
import { instantMs, localDateOf, minutesOfDay, msToInstant } from '../time/zoned-time.js';
import { cityOf, describeMoment } from './describe-moment.js';
import { readDueDate, readOwnDueDate, type DueDateReading } from './read-due-date.js';
import { toRiskSettings, type RiskSettings } from './risk-settings.js';
import type { DayCapacity, Effort, ItemRisk, RiskFlag, RiskReport, RiskState } from './types.js';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The timeline never reaches further than this past `now`, whatever a far-off due date says. */
const MAX_TIMELINE_DAYS = 400;

interface Prepared {
  readonly item: WorkItem;
  readonly effort: Effort;
  /** Effort in whole minutes, as ms: integer sums keep the result independent of input order. */
  readonly effortMs: number;
  readonly readings: readonly DueDateReading[];
  readonly primary?: DueDateReading;
}

interface Competitor {
  readonly itemId: string;
  readonly title: string;
  readonly effortMs: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const byCompetitor = (a: Competitor, b: Competitor) => b.effortMs - a.effortMs || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);
const IMPORTANCE_RANK: Record<Importance, number> = { high: 0, normal: 1, low: 2 };

/** "about 6 h": halves under 10 h, whole hours above. */
function hoursText(hours: number): string {
  const rounded = hours < 10 ? Math.round(hours * 2) / 2 : Math.round(hours);
  return `${rounded} h`;
}

function workingDayHours(world: UserWorld): number {
  const start = minutesOfDay(world.user.workingHours.start);
  const end = minutesOfDay(world.user.workingHours.end);
  return ((end > start ? end : end + 1440) - start) / 60;
}

/** Keeps the `size` largest competitors (by effort, then id), sorted. */
function pushTop(top: Competitor[], candidate: Competitor, size: number): void {
  if (top.length === size && byCompetitor(candidate, top[top.length - 1]!) >= 0) return;
  let i = top.length;
  while (i > 0 && byCompetitor(candidate, top[i - 1]!) < 0) i -= 1;
  top.splice(i, 0, candidate);
  if (top.length > size) top.pop();
}

/** For each day index, the `size` busiest days from the first day to it (busy hours desc, then date). */
function busiestDaysUpTo(days: readonly CapacityDay[], size: number): (readonly { on: CapacityDay['on']; busyHours: number }[])[] {
  const out: { on: CapacityDay['on']; busyHours: number }[][] = [];
  let top: { on: CapacityDay['on']; busyHours: number }[] = [];
  for (const day of days) {
    const busy = round2(day.busyHours);
    if (busy > 0 && (top.length < size || busy > top[top.length - 1]!.busyHours)) {
      top = [...top, { on: day.on, busyHours: busy }].sort((a, b) => b.busyHours - a.busyHours || (a.on < b.on ? -1 : 1)).slice(0, size);
    }
    out.push(top);
  }
  return out;
}

interface MomentText {
  readonly short: string;
  readonly long: string;
  readonly isoDate: string;
}

/** Formats deadlines for people, cached per zone and instant (many items share a deadline). */
function createMomentWriter(nowMs: number, userZone: TimeZoneId) {
  const cache = new Map<TimeZoneId, Map<number, MomentText>>();
  const cities = new Map<TimeZoneId, string>();
  const cityOfZone = (zone: TimeZoneId): string => {
    let city = cities.get(zone);
    if (city === undefined) cities.set(zone, (city = cityOf(zone)));
    return city;
  };
  const write = (ms: number, zone: TimeZoneId): MomentText => {
    let byMs = cache.get(zone);
    if (byMs === undefined) cache.set(zone, (byMs = new Map()));
    let text = byMs.get(ms);
    if (text === undefined) {
      const parts = describeMoment(ms, zone);
      // A weekday alone is clear within the coming week; further out, the date is added.
      const near = ms - nowMs < 6 * DAY_MS && ms > nowMs - DAY_MS;
      text = {
        short: near ? `${parts.weekday} ${parts.time}` : `${parts.weekday} ${parts.dayMonth} ${parts.time}`,
        long: `${parts.weekday} ${parts.dayMonth}, ${parts.time}`,
        isoDate: parts.isoDate,
      };
      byMs.set(ms, text);
    }
    return text;
  };
  /** "Thu 17:00 Berlin (11:00 your time)", or "Thu 17:00" in the user's own zone. */
  const deadlineText = (ms: number, zone: TimeZoneId): string => {
    const theirs = write(ms, zone);
    const mine = write(ms, userZone);
    if (zone === userZone || theirs.short === mine.short) return theirs.short;
    const myText = theirs.isoDate === mine.isoDate ? mine.short.slice(mine.short.lastIndexOf(' ') + 1) : mine.short;
    return `${theirs.short} ${cityOfZone(zone)} (${myText} your time)`;
  };
  return { write, deadlineText, cityOf: cityOfZone };
}

function flagsFor(prepared: Prepared, world: UserWorld, nowMs: number, userToday: string): RiskFlag[] {
  const flags: RiskFlag[] = [];
  if (prepared.item.status === 'waitingOnOthers') flags.push({ kind: 'waiting-on-others' });
  const primary = prepared.primary;
  if (primary === undefined) return flags;
  const away = world.user.away;
  if (away === 'always') flags.push({ kind: 'away-before-deadline', awayFrom: msToInstant(nowMs) });
  else if (away && instantMs(away.start) < primary.atMs && instantMs(away.end) > nowMs) {
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
  return flags;
}

function stateOf(deadlineMs: number, nowMs: number, demandMs: number, availableMs: number, margin: number): RiskState {
  if (deadlineMs <= nowMs) return 'overdue';
  if (demandMs * (1 + margin) <= availableMs) return 'on-track';
  if (demandMs <= availableMs) return 'at-risk';
  return 'off-track';
}

/** Per day: usable ms before it and within it, and the two series entries most items share. */
interface DayTotals {
  readonly before: Float64Array;
  readonly free: Float64Array;
  /** `{ on, freeHours, claimedHours: 0 }` and `{ …, claimedHours: freeHours }`, shared (they are read-only). */
  readonly unclaimed: readonly DayCapacity[];
  readonly fullyClaimed: readonly DayCapacity[];
}

function dayTotals(timeline: CapacityTimeline, focus: number): DayTotals {
  const n = timeline.days.length;
  const before = new Float64Array(n);
  const free = new Float64Array(n);
  const unclaimed: DayCapacity[] = [];
  const fullyClaimed: DayCapacity[] = [];
  for (let i = 0; i < n; i += 1) {
    const day = timeline.days[i]!;
    before[i] = timeline.freeMsBefore(day.startMs) * focus;
    free[i] = timeline.freeMsBefore(day.endMs) * focus - before[i]!;
    const freeHours = round2(free[i]! / HOUR_MS);
    unclaimed.push({ on: day.on, freeHours, claimedHours: 0 });
    fullyClaimed.push({ on: day.on, freeHours, claimedHours: freeHours });
  }
  return { before, free, unclaimed, fullyClaimed };
}

/**
 * Each day's free hours and the part of them the other items due by then claim (EDF, as early as possible).
 * The deadline's own day counts only up to the deadline, so the series adds up to `availableHours`.
 */
function series(timeline: CapacityTimeline, totals: DayTotals, lastIndex: number, claimMs: number, untilMs: number, focus: number): DayCapacity[] {
  const out: DayCapacity[] = new Array<DayCapacity>(lastIndex + 1);
  for (let i = 0; i <= lastIndex; i += 1) {
    const day = timeline.days[i]!;
    const cut = untilMs < day.endMs;
    const free = cut ? Math.max(0, timeline.freeMsBefore(untilMs) * focus - totals.before[i]!) : totals.free[i]!;
    const claimed = Math.min(free, Math.max(0, claimMs - totals.before[i]!));
    if (!cut && claimed === 0) out[i] = totals.unclaimed[i]!;
    else if (!cut && claimed === free) out[i] = totals.fullyClaimed[i]!;
    else out[i] = { on: day.on, freeHours: round2(free / HOUR_MS), claimedHours: round2(claimed / HOUR_MS) };
  }
  return out;
}

/**
 * Assesses every open item (status ≠ completed) of the user's world at `now`, earliest deadline first.
 *
 * Each item's deadline is the earliest of its stakeholders' readings of the due date (`readDueDate`), or the close
 * of the user's business day without stakeholders. The demand before a deadline is the effort of every open item
 * due by then (overdue ones included, ties counted together); the capacity is the user's usable time from `now`
 * to the deadline (`createCapacityTimeline`). An item is `on-track` when demand × (1 + marginRatio) fits,
 * `at-risk` when only the demand fits, `off-track` when it does not, `overdue` when its deadline has passed.
 * Items without a due date come last (`no-due-date`). The result does not depend on the order of the inputs.
 * @example
 * const report = assessRisks(world, parseInstant('2025-09-29T07:00:00Z'), { marginRatio: 0.5 });
 * report.items[0]; // { state: 'at-risk', summary: 'Needs about 6 h; 7 h free before Thu 17:00 Berlin (11:00 your time)', … }
 */
export function assessRisks(world: UserWorld, now: Instant, settings?: Partial<RiskSettings>): RiskReport {
  const s = toRiskSettings(settings);
  const nowMs = instantMs(now);
  const user = world.user;
  const userToday = localDateOf(nowMs, user.timeZone);
  const dayHours = workingDayHours(world);
  const people = new Map<string, Stakeholder>();
  for (const person of world.stakeholders) people.set(person.id.toLowerCase(), person);

  // One reading per stakeholder and due date (the user's own under `undefined`), shared by every item.
  const readingCache = new Map<Stakeholder | undefined, Map<string, DueDateReading>>();
  const readAs = (person: Stakeholder | undefined, dueOn: NonNullable<WorkItem['due']>['on']): DueDateReading => {
    let byDate = readingCache.get(person);
    if (byDate === undefined) readingCache.set(person, (byDate = new Map()));
    let reading = byDate.get(dueOn);
    if (reading === undefined) {
      reading = person ? readDueDate(dueOn, person) : readOwnDueDate(dueOn, user);
      byDate.set(dueOn, reading);
    }
    return reading;
  };
  const stakeholdersOf = (item: WorkItem): Stakeholder[] => {
    const ids = item.stakeholderIds;
    if (ids.length === 1) {
      const only = people.get(ids[0]!.toLowerCase());
      return only ? [only] : [];
    }
    const found = new Map<string, Stakeholder>();
    for (const id of ids) {
      const person = people.get(id.toLowerCase());
      if (person) found.set(person.id.toLowerCase(), person);
    }
    return [...found.keys()].sort().map((id) => found.get(id)!);
  };

  const dated: Prepared[] = [];
  const undated: Prepared[] = [];
  for (const item of world.items) {
    if (item.status === 'completed') continue;
    const effort = estimateEffort(item, s, dayHours);
    const effortMs = Math.max(0, Math.round(effort.hours * 60)) * MINUTE_MS;
    if (item.due === undefined) {
      undated.push({ item, effort, effortMs, readings: [] });
      continue;
    }
    const dueOn = item.due.on;
    const readers = stakeholdersOf(item);
    const readings = readers.length === 0 ? [readAs(undefined, dueOn)] : readers.map((person) => readAs(person, dueOn));
    let primary = readings[0]!;
    for (const reading of readings) if (reading.atMs < primary.atMs) primary = reading;
    dated.push({ item, effort, effortMs, readings, primary });
  }
  const byId = (a: Prepared, b: Prepared) => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
  dated.sort((a, b) => a.primary!.atMs - b.primary!.atMs || byId(a, b));

  const horizonEndMs = Math.max(nowMs, instantMs(world.horizon.end));
  const lastDeadlineMs = dated.length === 0 ? nowMs : dated[dated.length - 1]!.primary!.atMs;
  const endMs = Math.min(nowMs + MAX_TIMELINE_DAYS * DAY_MS, Math.max(horizonEndMs, lastDeadlineMs, nowMs + DAY_MS));
  const timeline = createCapacityTimeline(user, world.calendar, { start: now, end: msToInstant(endMs) }, s);
  const busiest = busiestDaysUpTo(timeline.days, s.busiestDaysCount);
  const writer = createMomentWriter(nowMs, user.timeZone);
  const focus = s.focusFactor;
  const totals = dayTotals(timeline, focus);
  const lastSeriesIndex = Math.min(timeline.days.length - 1, s.horizonDays - 1);

  const results: ItemRisk[] = [];
  const top: Competitor[] = [];
  let demandBeforeGroup = 0;
  for (let g = 0; g < dated.length; ) {
    // A group: items sharing one deadline compete with each other, whatever their order in the input.
    const deadlineMs = dated[g]!.primary!.atMs;
    let end = g;
    let groupDemand = demandBeforeGroup;
    while (end < dated.length && dated[end]!.primary!.atMs === deadlineMs) {
      const p = dated[end]!;
      groupDemand += p.effortMs;
      pushTop(top, { itemId: p.item.id, title: p.item.title, effortMs: p.effortMs }, s.maxCompetingItems + 1);
      end += 1;
    }
    const availableMs = deadlineMs <= nowMs ? 0 : timeline.freeMsBefore(deadlineMs) * focus;
    const deadlineDay = timeline.dayIndexOf(deadlineMs);
    for (let k = g; k < end; k += 1) {
      const p = dated[k]!;
      const primary = p.primary!;
      const othersMs = groupDemand - p.effortMs;
      const state = stateOf(deadlineMs, nowMs, groupDemand, availableMs, s.marginRatio);
      const competing = top
        .filter((c) => c.itemId !== p.item.id)
        .slice(0, s.maxCompetingItems)
        .map((c) => ({ itemId: c.itemId, title: c.title, hours: round2(c.effortMs / HOUR_MS) }));
      const zone = primary.deadline.timeZone;
      const where = writer.deadlineText(deadlineMs, zone);
      const others = end - 1; // every item due by this deadline but this one
      const needs = p.effortMs === 0 ? 'Needs no more work' : `Needs about ${hoursText(p.effort.hours)}`;
      const after = othersMs > 0 ? `, after ${hoursText(othersMs / HOUR_MS)} for ${others} other item${others === 1 ? '' : 's'} due by then` : '';
      const summary =
        state === 'overdue'
          ? `Was due ${where}; ${p.effortMs === 0 ? 'no more work left' : `needs about ${hoursText(p.effort.hours)} more`}`
          : `${needs}${after}; ${hoursText(availableMs / HOUR_MS)} free before ${where}`;
      const inUserZone = writer.write(deadlineMs, user.timeZone).long;
      results.push({
        itemId: p.item.id,
        source: p.item.source,
        title: p.item.title,
        state,
        flags: flagsFor(p, world, nowMs, userToday),
        effort: p.effort,
        deadline: primary.deadline,
        deadlines: p.readings.map((r) => r.deadline),
        explanation: {
          neededHours: p.effort.hours,
          availableHours: round2(availableMs / HOUR_MS),
          competingHours: round2(othersMs / HOUR_MS),
          competingCount: others,
          competing,
          busiestDays: deadlineMs <= nowMs ? [] : (busiest[deadlineDay] ?? []),
          deadlineInStakeholderZone: `${writer.write(deadlineMs, zone).long} ${writer.cityOf(zone)}`,
          deadlineInUserZone: inUserZone,
        },
        summary,
        capacity: deadlineMs <= nowMs ? [] : series(timeline, totals, Math.min(deadlineDay, lastSeriesIndex), othersMs, deadlineMs, focus),
      });
    }
    demandBeforeGroup = groupDemand;
    g = end;
  }

  // Items without a due date get what is left of the horizon after all dated work.
  const horizonFreeMs = timeline.freeMsBefore(horizonEndMs) * focus;
  const leftMs = Math.max(0, horizonFreeMs - demandBeforeGroup);
  const horizonDay = timeline.dayIndexOf(horizonEndMs - 1);
  undated.sort((a, b) => IMPORTANCE_RANK[a.item.importance] - IMPORTANCE_RANK[b.item.importance] || (a.item.title < b.item.title ? -1 : a.item.title > b.item.title ? 1 : 0) || byId(a, b));
  for (const p of undated) {
    const needs = p.effortMs === 0 ? 'Needs no more work' : `Needs about ${hoursText(p.effort.hours)}`;
    results.push({
      itemId: p.item.id,
      source: p.item.source,
      title: p.item.title,
      state: 'no-due-date',
      flags: flagsFor(p, world, nowMs, userToday),
      effort: p.effort,
      deadlines: [],
      explanation: {
        neededHours: p.effort.hours,
        availableHours: round2(leftMs / HOUR_MS),
        competingHours: round2(demandBeforeGroup / HOUR_MS),
        competingCount: dated.length,
        competing: [],
        busiestDays: busiest[horizonDay] ?? [],
      },
      summary: `No due date. ${needs}; ${hoursText(leftMs / HOUR_MS)} free until ${writer.write(horizonEndMs, user.timeZone).long} after work with deadlines`,
      capacity: series(timeline, totals, Math.min(horizonDay, lastSeriesIndex), demandBeforeGroup, horizonEndMs, focus),
    });
  }
  return { generatedAt: now, items: results };
}
