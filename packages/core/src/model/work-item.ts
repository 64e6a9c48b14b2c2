import type { Instant, LocalDate } from '../time/types.js';

/** Where a work item lives in Microsoft 365. */
export type WorkItemSource = 'todo' | 'planner';

export type WorkItemStatus = 'notStarted' | 'inProgress' | 'waitingOnOthers' | 'deferred' | 'completed';

export type Importance = 'low' | 'normal' | 'high';

/**
 * A due date is a calendar date as the task's owner sees it, never an instant: To Do gives a date at
 * midnight in some zone, Planner an instant in UTC that its UI shows as a date in the user's zone.
 * Adapters turn both into this; deadlines per stakeholder are derived from it in core.
 */
export interface DueDate {
  /** The date as the person who set it meant it (in their zone). */
  readonly on: LocalDate;
  /** Who set the date, when it was read in their zone (a Planner task's creator): a person id. */
  readonly setBy?: string;
  /** The date the user's own app shows, when it differs from `on` (Planner shows the instant in the user's zone). */
  readonly shownOn?: LocalDate;
}

/** Something the user owes. */
export interface WorkItem {
  readonly id: string;
  readonly source: WorkItemSource;
  readonly title: string;
  /** Plain-text body, only for reading an estimate; never stored. */
  readonly notes?: string;
  readonly due?: DueDate;
  readonly status: WorkItemStatus;
  readonly importance: Importance;
  readonly checklist: { readonly total: number; readonly done: number };
  /** Planner's percentComplete (0–100). */
  readonly percentComplete?: number;
  /** Ids (lower-cased emails) of the people who depend on the item. */
  readonly stakeholderIds: readonly string[];
  /** Ids of people who work on it with the user (Planner co-assignees). */
  readonly contributorIds: readonly string[];
  readonly listName?: string;
  readonly webUrl?: string;
  /** When the item became the user's (created, or assigned to them in Planner): a new commitment. */
  readonly createdAt?: Instant;
  /** Set for completed items (`UserWorld.completed`). */
  readonly completedAt?: Instant;
  /** The Planner plan the item belongs to. */
  readonly planId?: string;
}
