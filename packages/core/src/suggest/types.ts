import type { UserWorld } from '../model/world.js';
import type { RiskSettings } from '../risk/risk-settings.js';
import type { PromisedDate, RiskFigures, RiskReport, RiskState, StakeholderDeadline } from '../risk/types.js';
import type { Instant, LocalDate, LocalTime, TimeZoneId } from '../time/types.js';

/** What a suggested message is for. */
export type SuggestionKind =
  | 'heads-up'
  | 'confirm-promise'
  | 'on-track'
  | 'delivered'
  | 'ask-for-help'
  | 'meeting-brief'
  | 'weekly-digest';

/** Every kind, in the order a list shows them (most urgent first). */
export const SUGGESTION_KINDS: readonly SuggestionKind[] = Object.freeze([
  'heads-up',
  'ask-for-help',
  'confirm-promise',
  'meeting-brief',
  'delivered',
  'on-track',
  'weekly-digest',
] as const);

/**
 * How much a suggestion matters for noise control: `routine` for news that is not bad (confirm, on track,
 * delivered, briefs, digests), else the worst state it reports. Ordered `routine < at-risk < off-track < overdue`.
 */
export type SuggestionSeverity = 'routine' | 'at-risk' | 'off-track' | 'overdue';

/** An ISO 8601 week, e.g. `2026-W49` (weeks start on Monday, week 1 holds the year's first Thursday). */
export type IsoWeek = `${number}-W${string}`;

/** The period a suggestion belongs to: the user's local day, or an ISO week for digests. */
export type SuggestionPeriod = LocalDate | IsoWeek;

/** One recipient's reading of an item: their deadline, and the date to promise as they read it. */
export interface RecipientReading {
  readonly recipientId: string;
  /** The item's deadline as this recipient reads it; absent when the item has no due date. */
  readonly deadline?: StakeholderDeadline;
  /** The new date to promise as this recipient reads it; absent when there is none (see the item's `promise`). */
  readonly promised?: StakeholderDeadline;
}

/** An item named by id with the title a sentence needs. */
export interface ItemRef {
  readonly itemId: string;
  readonly title: string;
}

/** Why an item is in trouble, with the titles of the roots (`earlier-work`). */
export type CauseFact =
  | { readonly kind: 'own-effort'; readonly shortMinutes: number }
  | { readonly kind: 'earlier-work'; readonly roots: readonly ItemRef[]; readonly shortMinutes: number };

/** What would help an item in trouble; every option is a fact the user can act on. */
export type HelpOption =
  /** A colleague with free working time before the deadline could take `minutes` of the item. */
  | { readonly kind: 'colleague'; readonly colleagueId: string; readonly itemId: string; readonly minutes: number; readonly freeMinutes: number }
  /** Accepting the later date to promise. */
  | { readonly kind: 'new-date'; readonly itemId: string; readonly on: LocalDate }
  /** Moving the earlier work that takes the time (its roots) after this item. */
  | { readonly kind: 'reprioritise'; readonly itemId: string; readonly roots: readonly ItemRef[] }
  /** Cutting scope by this many minutes would let it fit. */
  | { readonly kind: 'reduce-scope'; readonly itemId: string; readonly minutes: number };

/**
 * The first date promised for an item and where the promise stands now ("first promised 1 December, now
 * 4 December"). `firstOn` is kept by memory; `previousOn` is the promise before this change.
 */
export interface PromiseHistory {
  readonly firstOn?: LocalDate;
  readonly previousOn?: LocalDate;
  readonly currentOn?: LocalDate;
}

/** One item of a heads-up: what changed and why, the new date per reader, and what would help. */
export interface HeadsUpItem extends ItemRef {
  /** The state last seen (memory); absent for an item seen for the first time. */
  readonly from?: RiskState;
  readonly to: 'at-risk' | 'off-track' | 'overdue';
  readonly figures: RiskFigures;
  readonly cause?: CauseFact;
  readonly promise?: PromisedDate;
  readonly history: PromiseHistory;
  readonly readings: readonly RecipientReading[];
  readonly help: readonly HelpOption[];
}

/** A new commitment to restate and have confirmed. */
export interface ConfirmItem extends ItemRef {
  readonly createdAt: Instant;
  readonly readings: readonly RecipientReading[];
}

/** An item that is on track, with its deadline per reader. */
export interface OnTrackItem extends ItemRef {
  readonly figures: RiskFigures;
  readonly readings: readonly RecipientReading[];
}

/** When the user was last in touch with a recipient; `lastContactAt` absent: never, as far as we know. */
export interface LastContact {
  readonly recipientId: string;
  readonly lastContactAt?: Instant;
  /** Whole days from the last contact to now (floored); absent when never. */
  readonly silentDays?: number;
}

/** A completed item with the people to thank (co-assignees and contributors, not the user). */
export interface DeliveredItem extends ItemRef {
  readonly completedAt: Instant;
  readonly thankIds: readonly string[];
  /** The deadline as each recipient reads it, when the item had a due date. */
  readonly readings: readonly RecipientReading[];
  /** Completed by the earliest deadline (absent when the item had no due date). */
  readonly onTime?: boolean;
  readonly history: PromiseHistory;
}

/** What a colleague could take on an off-track item: `minutes` of it fit into their free time before the deadline. */
export interface HelpAsk extends ItemRef {
  readonly deadline: StakeholderDeadline;
  /** Minutes the user is short (`needed + margin − free`). */
  readonly shortMinutes: number;
  /** The colleague's free working minutes between now and the deadline. */
  readonly freeMinutes: number;
  /** `min(short, free)`: what they could take. */
  readonly minutes: number;
}

/** Where a person's day stands at a moment (their zone, their working hours). */
export type DayPart = 'before-hours' | 'in-hours' | 'late-in-day' | 'after-hours' | 'day-off';

/** A fact about an attendee's day, for a meeting brief. */
export type DayFact =
  /** The meeting's start in the person's zone ("18:30 for Priya, late in her day"). */
  | { readonly kind: 'local-time'; readonly at: Instant; readonly timeZone: TimeZoneId; readonly localOn: LocalDate; readonly localTime: LocalTime; readonly part: DayPart }
  /** A public holiday on the meeting's day or the next one, in the person's region. */
  | { readonly kind: 'holiday'; readonly on: LocalDate; readonly name: string; readonly when: 'today' | 'tomorrow' }
  /** The person's non-working days start the day after the meeting ("Noa's weekend starts tomorrow"). */
  | { readonly kind: 'weekend-starts'; readonly on: LocalDate }
  /** The person is away (automatic replies window) at, or within a day after, the meeting. */
  | { readonly kind: 'away'; readonly start: Instant; readonly end: Instant };

/** How one item stands, for a talking point or a digest line. */
export interface ItemStanding extends ItemRef {
  readonly state: RiskState;
  readonly figures: RiskFigures;
  readonly cause?: CauseFact;
  readonly promise?: PromisedDate;
  readonly history: PromiseHistory;
  /** The reader's deadline and date to promise; absent for a digest line addressed to many. */
  readonly reading?: RecipientReading;
}

/** One attendee of a meeting: what the user owes them and facts about their day. */
export interface AttendeeBrief {
  readonly personId: string;
  readonly owed: readonly ItemStanding[];
  readonly day: readonly DayFact[];
}

/** Facts for a meeting: per attendee what the user owes them, how it stands, and their day. */
export interface MeetingBrief {
  readonly meetingId: string;
  readonly subject: string;
  readonly startAt: Instant;
  readonly endAt: Instant;
  readonly attendees: readonly AttendeeBrief[];
}

/** A done item with the people who get credit. */
export interface DigestDone extends ItemRef {
  readonly completedAt: Instant;
  readonly creditIds: readonly string[];
}

/** Where help is needed and from whom (a colleague with free time, when one is found). */
export interface DigestHelp extends ItemRef {
  readonly shortMinutes: number;
  readonly colleagueId?: string;
  readonly minutes?: number;
}

/** Upcoming time away of the user or a member of the audience. */
export type DigestAway =
  | { readonly kind: 'away'; readonly personId: string; readonly start: Instant; readonly end: Instant }
  | { readonly kind: 'holiday'; readonly personId: string; readonly on: LocalDate; readonly name: string };

/** The facts of a weekly digest (no words); `isEmpty` when there is nothing worth saying. */
export interface DigestFacts {
  readonly period: IsoWeek;
  readonly audienceIds: readonly string[];
  readonly done: readonly DigestDone[];
  readonly inProgress: readonly ItemStanding[];
  readonly atRisk: readonly ItemStanding[];
  readonly help: readonly DigestHelp[];
  readonly away: readonly DigestAway[];
  /** Nothing done, nothing at risk, no help needed and no time away: not drafted unless forced. */
  readonly isEmpty: boolean;
}

/** Why a suggestion is made, as data; the composer turns it into words in the reader's language. */
export type SuggestionReason =
  | { readonly kind: 'heads-up'; readonly items: readonly HeadsUpItem[] }
  | { readonly kind: 'confirm-promise'; readonly items: readonly ConfirmItem[] }
  | { readonly kind: 'on-track'; readonly items: readonly OnTrackItem[]; readonly contacts: readonly LastContact[] }
  | { readonly kind: 'delivered'; readonly items: readonly DeliveredItem[] }
  | { readonly kind: 'ask-for-help'; readonly colleagueId: string; readonly items: readonly HelpAsk[] }
  | { readonly kind: 'meeting-brief'; readonly brief: MeetingBrief }
  | { readonly kind: 'weekly-digest'; readonly digest: DigestFacts };

/** A proposed message to named recipients at a time that suits them; nothing is ever sent by Upfront. */
export interface Suggestion {
  /**
   * Deterministic and canonical: `<kind>:<sorted item ids>:<sorted recipient ids>:<period>` (ids joined by `,`);
   * a meeting brief names its meeting instead of items (`meeting-brief:<meeting id>:…`), and a digest names no
   * items (`weekly-digest::<audience>:<ISO week>`), so both stay one per meeting or week as items change.
   */
  readonly id: string;
  readonly kind: SuggestionKind;
  /** Sorted person ids. */
  readonly recipientIds: readonly string[];
  /** Sorted item ids. */
  readonly itemIds: readonly string[];
  readonly reason: SuggestionReason;
  readonly severity: SuggestionSeverity;
  /** Inside every recipient's working hours, not on their day off or time away; the earliest at or after now. */
  readonly sendAt: Instant;
  readonly period: SuggestionPeriod;
  /** Changes when the situation changes (state worsens, the date to promise moves): a dismissal holds until then. */
  readonly fingerprint: string;
}

/** What the server stored about an item the last time suggestions were made. */
export interface KnownItem {
  readonly itemId: string;
  readonly state: RiskState;
  /** The date to promise then (the earliest reading's `on`), when there was one. */
  readonly promisedOn?: LocalDate;
  /** The user's day the current state (and promise) was first seen; part of a heads-up's id. */
  readonly sinceOn: LocalDate;
  /** The state before `sinceOn`, when the item was known then. */
  readonly fromState?: RiskState;
  /** The date to promise before `sinceOn`, when there was one. */
  readonly previousPromisedOn?: LocalDate;
}

/** The last suggestion made for a stakeholder (noise control: at most one a day unless it gets worse). */
export interface LastSuggested {
  readonly stakeholderId: string;
  readonly on: LocalDate;
  readonly severity: SuggestionSeverity;
  readonly suggestionId: string;
}

/** What the server remembers between runs. */
export interface SuggestionMemory {
  readonly dismissed: readonly { readonly id: string; readonly fingerprint: string }[];
  readonly snoozed: readonly { readonly id: string; readonly until: Instant }[];
  /** The first date promised per item (kept when the date slips). */
  readonly firstPromised: readonly { readonly itemId: string; readonly on: LocalDate }[];
  readonly lastByStakeholder: readonly LastSuggested[];
  readonly items: readonly KnownItem[];
}

/** Why a suggestion that could have been made was not. */
export type HeldReason = 'dismissed' | 'snoozed' | 'once-a-day' | 'no-send-time' | 'nothing-to-say';

/** A suggestion held back, with why (shown nowhere by default; for tests and diagnostics). */
export interface HeldSuggestion {
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly why: HeldReason;
}

/** The knobs of suggestions; every field has a default in `defaultSuggestSettings`. */
export interface SuggestSettings {
  /** Each kind on or off. */
  readonly kinds: Readonly<Record<SuggestionKind, boolean>>;
  /** On-track note: a deadline is close when it is at most this many days away (default 3). */
  readonly onTrackWithinDays: number;
  /** On-track note: a stakeholder has not heard from the user for at least this many days (default 5). */
  readonly silentDays: number;
  /** Confirm the promise: an item is new when `createdAt` is at most this many hours ago (default 48). */
  readonly newCommitmentHours: number;
  /** Delivered: an item counts when `completedAt` is at most this many hours ago (default 72). */
  readonly deliveredWithinHours: number;
  /** Meeting brief: meetings starting within this many hours (default 24). */
  readonly briefAheadHours: number;
  /** Send time: how many days ahead a common window is searched before splitting by recipient (default 3). */
  readonly sendWindowDays: number;
  /** Ask for help: a colleague must be able to take at least this many minutes (default 30). */
  readonly minHelpMinutes: number;
  /** Meeting brief: the last this-many minutes of a working day are "late in the day" (default 90). */
  readonly lateInDayMinutes: number;
}

/** The digest the user or the scheduler asks for. */
export interface DigestRequest {
  readonly audienceIds: readonly string[];
  /** Draft it even when there is nothing worth saying. */
  readonly force: boolean;
}

/** Everything `suggestUpdates` reads. */
export interface SuggestInput {
  readonly world: UserWorld;
  readonly report: RiskReport;
  readonly now: Instant;
  readonly memory: SuggestionMemory;
  readonly settings?: Partial<SuggestSettings>;
  /** Ask for a weekly digest in this run (the scheduler or the preview). */
  readonly digest?: DigestRequest;
  /** The risk settings the report was made with (a colleague's usable time uses the same focus factor). */
  readonly riskSettings?: Partial<RiskSettings>;
}

/** The suggestions to show, what was held back, and the memory the server should store. */
export interface SuggestResult {
  readonly suggestions: readonly Suggestion[];
  readonly held: readonly HeldSuggestion[];
  readonly memoryAfter: SuggestionMemory;
}
