import { type CapacityTimeline, createCapacityTimeline } from '../capacity/capacity-timeline.js';
import type { CalendarEntry } from '../model/calendar.js';
import type { Colleague, UserProfile } from '../model/person.js';
import type { WorkItem } from '../model/work-item.js';
import type { UserWorld } from '../model/world.js';
import type { RiskSettings } from '../risk/risk-settings.js';
import type { ItemRisk } from '../risk/types.js';
import type { Instant } from '../time/types.js';
import { instantMs, msToInstant } from '../time/zoned-time.js';

const MINUTE_MS = 60_000;

/** A colleague who could take part of an item: `minutes` of `itemId` fit into their free time before its deadline. */
export interface HelpFound {
  readonly colleagueId: string;
  /** The item they would take part of: the one in trouble, or one of the earlier items that take its time. */
  readonly itemId: string;
  readonly minutes: number;
  /** Their usable working minutes from now to that item's deadline. */
  readonly freeMinutes: number;
}

/** What `findHelp` reads. */
export interface HelpContext {
  readonly world: UserWorld;
  readonly risks: ReadonlyMap<string, ItemRisk>;
  readonly now: Instant;
  readonly riskSettings: RiskSettings;
  /** Smaller offers are not worth asking for. */
  readonly minHelpMinutes: number;
  /**
   * Colleagues' timelines kept across calls of one run (pass the same map each time), each reaching to `until`.
   * Without it each call builds its own.
   */
  readonly timelines?: Map<string, CapacityTimeline>;
  /** How far a kept timeline reaches: at least the latest deadline asked about. */
  readonly until?: Instant;
}

// Items by id and colleagues in id order, once per world (a run asks for help for many items); memoises a pure function.
const lookups = new WeakMap<UserWorld, { items: ReadonlyMap<string, WorkItem>; colleagues: readonly Colleague[] }>();
function lookupsOf(world: UserWorld) {
  let found = lookups.get(world);
  if (found === undefined) {
    const colleagues = [...(world.colleagues ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    lookups.set(world, (found = { items: new Map(world.items.map((item) => [item.id, item])), colleagues }));
  }
  return found;
}

/** A colleague seen as a user of the capacity timeline: their hours, holidays, away window and busy times. */
function asProfile(colleague: Colleague): UserProfile {
  return {
    id: colleague.id,
    displayName: colleague.displayName,
    email: colleague.email,
    timeZone: colleague.timeZone,
    workingHours: colleague.workingHours,
    ...(colleague.holidayRegion === undefined ? {} : { holidayRegion: colleague.holidayRegion }),
    language: 'und',
    ...(colleague.away === undefined ? {} : { away: colleague.away }),
  };
}

function busyEntries(colleague: Colleague): CalendarEntry[] {
  // getSchedule does not say which busy times are tentative: all of them count in full.
  return colleague.busy.map((b, i) => ({
    id: `${colleague.id}#${i}`,
    timing: { kind: 'timed', start: b.start, end: b.end },
    showAs: 'busy',
    isCancelled: false,
    response: 'accepted',
    categories: [],
    subject: '',
  }));
}

/**
 * Finds the colleague (same Planner plan) who can take the most of an item in trouble, or of the earlier items
 * that take its time (`earlier-work` roots), before that item's deadline: `minutes = min(short, own, free)` where
 * `short = needed + margin − free` of the item in trouble, `own` the candidate item's effort and `free` the
 * colleague's usable time (working hours minus busy, holidays and away, × focus factor, whole minutes).
 * @example
 * // Off track 180 min short; Jonas (same plan) has 8 h of working time before the deadline, 2 h busy:
 * // free = (480 − 120) × 0.7 = 252 min, so he could take min(180, own 300, 252) = 180 min.
 * findHelp(risk, ctx) // { colleagueId: 'jonas@x', itemId: risk.itemId, minutes: 180, freeMinutes: 252 }
 */
export function findHelp(risk: ItemRisk, ctx: HelpContext): HelpFound | undefined {
  const f = risk.figures;
  const short = Math.max(0, f.neededMinutes + f.marginMinutes - f.freeMinutes);
  if (short === 0) return undefined;
  const { items, colleagues } = lookupsOf(ctx.world);
  const candidateIds = [risk.itemId, ...(risk.cause?.kind === 'earlier-work' ? risk.cause.rootIds : [])];
  const nowMs = instantMs(ctx.now);
  let best: HelpFound | undefined;
  for (const colleague of colleagues) {
    let timeline = ctx.timelines?.get(colleague.id);
    for (const candidateId of candidateIds) {
      const planId = items.get(candidateId)?.planId;
      const candidate = ctx.risks.get(candidateId);
      const deadline = candidate?.deadline;
      if (planId === undefined || candidate === undefined || deadline === undefined || !colleague.planIds.includes(planId)) continue;
      const deadlineMs = instantMs(deadline.at);
      if (deadlineMs <= nowMs) continue;
      if (timeline === undefined || timeline.toMs < deadlineMs) {
        // One timeline per colleague, long enough for every candidate's deadline (roots fall by the item's).
        const ends = [deadlineMs, ...[risk.deadline?.at, ctx.until].flatMap((a) => (a === undefined ? [] : [instantMs(a)]))];
        const end = msToInstant(Math.max(...ends));
        timeline = createCapacityTimeline(asProfile(colleague), busyEntries(colleague), { start: ctx.now, end }, ctx.riskSettings);
        ctx.timelines?.set(colleague.id, timeline);
      }
      const freeMinutes = Math.floor((timeline.freeMsBefore(deadlineMs) * ctx.riskSettings.focusFactor) / MINUTE_MS + 1e-9);
      const minutes = Math.min(short, candidate.figures.ownMinutes, freeMinutes);
      if (minutes < ctx.minHelpMinutes || minutes <= 0) continue;
      if (best === undefined || minutes > best.minutes || (minutes === best.minutes && freeMinutes > best.freeMinutes)) {
        best = { colleagueId: colleague.id, itemId: candidateId, minutes, freeMinutes };
      }
    }
  }
  return best;
}
