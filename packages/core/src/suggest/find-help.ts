import { createCapacityTimeline } from '../capacity/capacity-timeline.js';
import type { CalendarEntry } from '../model/calendar.js';
import type { Colleague, UserProfile } from '../model/person.js';
import type { UserWorld } from '../model/world.js';
import type { RiskSettings } from '../risk/risk-settings.js';
import type { ItemRisk } from '../risk/types.js';
import type { Instant } from '../time/types.js';
import { instantMs } from '../time/zoned-time.js';

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
  const items = new Map(ctx.world.items.map((item) => [item.id, item]));
  const candidateIds = [risk.itemId, ...(risk.cause?.kind === 'earlier-work' ? risk.cause.rootIds : [])];
  const nowMs = instantMs(ctx.now);
  let best: HelpFound | undefined;
  for (const colleague of [...(ctx.world.colleagues ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const timeline = { built: undefined as ReturnType<typeof createCapacityTimeline> | undefined };
    for (const candidateId of candidateIds) {
      const planId = items.get(candidateId)?.planId;
      const candidate = ctx.risks.get(candidateId);
      const deadline = candidate?.deadline;
      if (planId === undefined || candidate === undefined || deadline === undefined || !colleague.planIds.includes(planId)) continue;
      const deadlineMs = instantMs(deadline.at);
      if (deadlineMs <= nowMs) continue;
      // One timeline per colleague, long enough for every candidate's deadline (they all fall by the item's).
      const until = risk.deadline !== undefined && instantMs(risk.deadline.at) > deadlineMs ? risk.deadline.at : deadline.at;
      timeline.built ??= createCapacityTimeline(asProfile(colleague), busyEntries(colleague), { start: ctx.now, end: until }, ctx.riskSettings);
      const freeMinutes = Math.floor((timeline.built.freeMsBefore(deadlineMs) * ctx.riskSettings.focusFactor) / MINUTE_MS + 1e-9);
      const minutes = Math.min(short, candidate.figures.ownMinutes, freeMinutes);
      if (minutes < ctx.minHelpMinutes || minutes <= 0) continue;
      if (best === undefined || minutes > best.minutes || (minutes === best.minutes && freeMinutes > best.freeMinutes)) {
        best = { colleagueId: colleague.id, itemId: candidateId, minutes, freeMinutes };
      }
    }
  }
  return best;
}
