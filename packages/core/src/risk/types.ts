import type { Instant, LocalDate, TimeZoneId } from '../time/types.js';
import type { DeadlineStyle } from '../model/person.js';
import type { Importance, WorkItemSource } from '../model/work-item.js';

/** Where an item's remaining effort came from; always shown to the user. */
export type EffortSource = 'override' | 'estimate-in-text' | 'checklist' | 'planner-percent' | 'importance-default';

/**
 * Where an effort came from, as facts (the report's words write them per locale): the user's own estimate; an
 * estimate written in the item (the text as found, where, and Planner's percent done when it scales it); checklist
 * steps left × the minutes per step; or the default for the item's importance (scaled by Planner's percent done).
 */
export type EffortBasis =
  | { readonly kind: 'override' }
  | { readonly kind: 'estimate-in-text'; readonly text: string; readonly where: 'title' | 'notes'; readonly percentDone?: number }
  | { readonly kind: 'checklist'; readonly stepsLeft: number; readonly stepsTotal: number; readonly perStepMinutes: number }
  | { readonly kind: 'importance-default'; readonly importance: Importance; readonly percentDone?: number };

export interface Effort {
  readonly hours: number;
  readonly source: EffortSource;
  readonly basis: EffortBasis;
}

/** `later`: due after the horizon, listed apart and not judged. */
export type RiskState = 'on-track' | 'at-risk' | 'off-track' | 'overdue' | 'later' | 'no-due-date';

export type RiskFlag =
  | { readonly kind: 'waiting-on-others' }
  | { readonly kind: 'away-before-deadline'; readonly awayFrom: Instant; readonly awayUntil: Instant }
  | {
      readonly kind: 'non-working-day';
      readonly stakeholderId: string;
      readonly on: LocalDate;
      readonly why: 'weekend' | 'holiday';
      readonly holidayName?: string;
      /** The reader's previous working day, where the deadline moved. */
      readonly movedTo?: LocalDate;
    }
  | { readonly kind: 'time-zone-cliff'; readonly stakeholderId: string; readonly passedAt: Instant }
  /** The person who set the date meant `setOn` in their zone; the user's Planner shows `shownOn`. */
  | { readonly kind: 'due-date-mismatch'; readonly stakeholderId: string; readonly setOn: LocalDate; readonly shownOn: LocalDate };

/** A due date that fell on the reader's day off moves to their previous working day, keeping their style. */
export interface DeadlineMove {
  readonly why: 'weekend' | 'holiday';
  readonly holidayName?: string;
}

/** One reader's reading of a due date: a stakeholder's, or the user's own when the item has none. */
export interface StakeholderDeadline {
  /** `undefined` when the item has no stakeholder and the user's own zone is used. */
  readonly stakeholderId?: string;
  readonly at: Instant;
  readonly timeZone: TimeZoneId;
  /** The due date as the item says; `effectiveOn` differs when it fell on a non-working day. */
  readonly dueOn: LocalDate;
  readonly effectiveOn: LocalDate;
  /** The reader's deadline style, applied on `effectiveOn`. */
  readonly style: DeadlineStyle;
  readonly moved?: DeadlineMove;
}

/**
 * The figures behind a state, in whole minutes, computed once: the badge, the summary, the numbers panel
 * and the chart all show these. `needed = own + competing`; `spare = free − needed` (negative when short).
 */
export interface RiskFigures {
  readonly ownMinutes: number;
  /** Effort of every other open item due by the same deadline (EDF puts them first; ties count together). */
  readonly competingMinutes: number;
  readonly neededMinutes: number;
  /** `round(needed × marginRatio)`: on track needs `needed + margin ≤ free`. */
  readonly marginMinutes: number;
  /** Usable working minutes from now to the deadline (after the focus factor), whole minutes. */
  readonly freeMinutes: number;
  readonly spareMinutes: number;
}

/** Why an item is not on track: its own effort does not fit, or earlier items take the time. */
export type RiskCause =
  | { readonly kind: 'own-effort' }
  /** `rootIds`: the fewest, biggest items due by then whose hours would let this one fit, biggest first. */
  | { readonly kind: 'earlier-work'; readonly rootIds: readonly string[] };

/** The earliest date the user can honestly promise under the same EDF schedule, as each stakeholder reads it. */
export type PromisedDate =
  | { readonly kind: 'date'; readonly on: LocalDate; readonly deadline: StakeholderDeadline; readonly deadlines: readonly StakeholderDeadline[] }
  /** `calendar-not-read`: no date fits before the end of the calendar that was read (nothing later is guessed). */
  | { readonly kind: 'none'; readonly reason: 'no-capacity-in-sight' | 'calendar-not-read'; readonly searchedUntil: LocalDate };

/**
 * One day of the user's working time up to the deadline, in parts that do not overlap:
 * `work = busy + reserve + claimed + free`, and `claimed + free` is the day's usable time.
 */
export interface DayCapacity {
  /** The day in the user's zone. */
  readonly on: LocalDate;
  readonly workMinutes: number;
  /** Meetings and away time (tentative ones weighted). */
  readonly busyMinutes: number;
  /** Free time the focus factor keeps back for interruptions. */
  readonly reserveMinutes: number;
  /** Usable time taken by items due earlier (EDF fills the earliest days first). */
  readonly claimedMinutes: number;
  /** Usable time left for this item. */
  readonly freeMinutes: number;
  readonly isDeadlineDay: boolean;
}

/** The risk of one open work item, with its reasons as data. */
export interface ItemRisk {
  readonly itemId: string;
  readonly source: WorkItemSource;
  readonly title: string;
  readonly state: RiskState;
  readonly flags: readonly RiskFlag[];
  readonly effort: Effort;
  /** The earliest stakeholder deadline (the one that counts). */
  readonly deadline?: StakeholderDeadline;
  /** Every reader's deadline, earliest first. */
  readonly deadlines: readonly StakeholderDeadline[];
  readonly figures: RiskFigures;
  /** Set for at-risk and off-track items. */
  readonly cause?: RiskCause;
  /** Items whose cause names this one among its roots, in deadline order. */
  readonly pushes: readonly string[];
  /** Set for every judged item that is not on track (overdue included). */
  readonly promise?: PromisedDate;
  /** The biggest competing items, by minutes (`figures.competingMinutes` counts them all). */
  readonly competing: readonly { readonly itemId: string; readonly title: string; readonly minutes: number }[];
  readonly busiestDays: readonly { readonly on: LocalDate; readonly busyMinutes: number }[];
  readonly capacity: readonly DayCapacity[];
}

export interface RiskReport {
  readonly generatedAt: Instant;
  readonly horizon: { readonly start: Instant; readonly end: Instant };
  /** Automatic replies are on with no window: not counted as an absence, but worth saying. */
  readonly autoRepliesOn: boolean;
  readonly items: readonly ItemRisk[];
}
