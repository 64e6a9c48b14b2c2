import type { Instant, LocalDate, TimeZoneId } from '../time/types.js';
import type { WorkItemSource } from '../model/work-item.js';

/** Where an item's remaining effort came from; always shown to the user. */
export type EffortSource = 'override' | 'estimate-in-text' | 'checklist' | 'planner-percent' | 'importance-default';

export interface Effort {
  readonly hours: number;
  readonly source: EffortSource;
  /** Human-readable origin, e.g. `"~3h" in the title`, `4 of 6 steps left × 0.5 h`. */
  readonly basis: string;
}

export type RiskState = 'on-track' | 'at-risk' | 'off-track' | 'overdue' | 'no-due-date';

export type RiskFlag =
  | { readonly kind: 'waiting-on-others' }
  | { readonly kind: 'away-before-deadline'; readonly awayFrom: Instant; readonly awayUntil?: Instant }
  | {
      readonly kind: 'non-working-day';
      readonly stakeholderId: string;
      readonly on: LocalDate;
      readonly why: 'weekend' | 'holiday';
      readonly holidayName?: string;
    }
  | { readonly kind: 'time-zone-cliff'; readonly stakeholderId: string; readonly passedAt: Instant };

/** One stakeholder's reading of the item's due date. */
export interface StakeholderDeadline {
  /** `undefined` when the item has no stakeholder and the user's own zone is used. */
  readonly stakeholderId?: string;
  readonly at: Instant;
  readonly timeZone: TimeZoneId;
  /** The due date as the item says; `effectiveOn` differs when it fell on a non-working day. */
  readonly dueOn: LocalDate;
  readonly effectiveOn: LocalDate;
}

export interface DayCapacity {
  /** The day in the user's zone. */
  readonly on: LocalDate;
  readonly freeHours: number;
  /** Hours of this day taken by items with earlier deadlines. */
  readonly claimedHours: number;
}

/** Why an item has its state, as numbers. */
export interface RiskExplanation {
  readonly neededHours: number;
  /** Usable hours between now and the deadline (after the focus factor), before other items take their share. */
  readonly availableHours: number;
  /** Hours of all other open items due by the same deadline (EDF puts them first). */
  readonly competingHours: number;
  /** How many other open items are due by the same deadline (`competing` names the biggest only). */
  readonly competingCount: number;
  /** The biggest competing items, by hours. */
  readonly competing: readonly { readonly itemId: string; readonly title: string; readonly hours: number }[];
  readonly busiestDays: readonly { readonly on: LocalDate; readonly busyHours: number }[];
  /** The deadline that counts, in the stakeholder's zone and in the user's, e.g. `Thu 2 Oct, 17:00 Berlin`. */
  readonly deadlineInStakeholderZone?: string;
  readonly deadlineInUserZone?: string;
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
  readonly deadlines: readonly StakeholderDeadline[];
  readonly explanation: RiskExplanation;
  /** One line, e.g. "Needs about 6 h; 3.5 h free before Thu 17:00 Berlin (11:00 your time)". */
  readonly summary: string;
  readonly capacity: readonly DayCapacity[];
}

export interface RiskReport {
  readonly generatedAt: Instant;
  readonly items: readonly ItemRisk[];
}
