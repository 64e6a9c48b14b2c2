import type {
  DeadlineStyle,
  Instant,
  LocalDate,
  LocalTime,
  MessageTone,
  RiskState,
  SuggestionMemory,
  SuggestionSeverity,
  TimeZoneId,
  Weekday,
} from '@upfront/core';

/** Who a row belongs to. The tenant comes only from a validated token, never from a request's input. */
export interface UserKey {
  readonly tenantId: string;
  readonly userId: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Preferences and efforts

/** What the user set for one stakeholder (preferences come from the user, never inferred). */
export interface StakeholderPreference {
  readonly stakeholderId: string;
  readonly deadlineStyle?: DeadlineStyle;
  readonly language?: string;
  /** How messages to this stakeholder are worded; absent means core's default (`direct`). */
  readonly tone?: MessageTone;
  /** Public holidays of the stakeholder that the user marked as working days. */
  readonly workedHolidays: readonly LocalDate[];
  readonly updatedAt: Instant;
}

/** The user's own estimate for an item, which beats every derived one. */
export interface EffortOverride {
  readonly itemId: string;
  readonly hours: number;
  readonly updatedAt: Instant;
}

/** The user's settings per stakeholder. */
export interface PreferencesRepo {
  list(key: UserKey): Promise<StakeholderPreference[]>;
  get(key: UserKey, stakeholderId: string): Promise<StakeholderPreference | undefined>;
  /** Inserts or replaces the preference for `preference.stakeholderId`. */
  put(key: UserKey, preference: StakeholderPreference): Promise<void>;
  delete(key: UserKey, stakeholderId: string): Promise<void>;
}

/** The user's effort overrides per item. */
export interface EffortsRepo {
  list(key: UserKey): Promise<EffortOverride[]>;
  /** Inserts or replaces the override for `override.itemId`. */
  put(key: UserKey, override: EffortOverride): Promise<void>;
  delete(key: UserKey, itemId: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Users and sync

/** Whether Upfront may act for the user in the background. */
export type UserStatus = 'active' | 'needs-consent' | 'inactive';

/** What is kept about a user: when they were seen, and whether background work may run for them. */
export interface UserRecord {
  readonly firstSeenAt: Instant;
  readonly lastSeenAt: Instant;
  readonly status: UserStatus;
  readonly statusChangedAt?: Instant;
}

/** The users that used the app. */
export interface UsersRepo {
  /** Records that the user used the app (creates the row on first use, status `active`). */
  touch(key: UserKey, at: Instant): Promise<void>;
  get(key: UserKey): Promise<UserRecord | undefined>;
  /** Sets the status of a known user; returns false when the user has no row. */
  setStatus(key: UserKey, status: UserStatus, at: Instant): Promise<boolean>;
}

/** One opaque, JSON-serialisable sync cursor (Graph delta links) per user. */
export interface SyncRepo {
  get(key: UserKey): Promise<string | undefined>;
  put(key: UserKey, state: string, at: Instant): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Suggestion history (what noise control needs)

/** Where a suggestion stands for the user. */
export type SuggestionStatus = 'open' | 'dismissed' | 'snoozed' | 'drafted';

/** The remembered state of one suggestion, by its deterministic id. */
export interface SuggestionRecord {
  readonly suggestionId: string;
  readonly status: SuggestionStatus;
  /** The situation the status was decided in; a dismissed suggestion returns when its fingerprint changes. */
  readonly fingerprint: string;
  /** Set when `status` is `snoozed`: when the suggestion returns. */
  readonly snoozedUntil?: Instant;
  /** Set when `status` is `drafted`: the draft ledger's key. */
  readonly draftKey?: string;
  readonly updatedAt: Instant;
}

/**
 * What is remembered per work item: the first date promised (kept when a date slips) and the last known state and
 * promise (core's `KnownItem`).
 */
export interface ItemHistory {
  readonly itemId: string;
  /** The first date ever promised for the item; `putItem` never replaces it once set. */
  readonly firstPromisedOn?: LocalDate;
  readonly lastState: RiskState;
  readonly lastPromisedOn?: LocalDate;
  /** The user's day the last state (and promise) was first seen. */
  readonly sinceOn: LocalDate;
  /** The state before `sinceOn`, when the item was known then. */
  readonly fromState?: RiskState;
  /** The date promised before `sinceOn`, when there was one. */
  readonly previousPromisedOn?: LocalDate;
  readonly updatedAt: Instant;
}

/** What is remembered per stakeholder: the day they were last suggested a message, which one, and how severe. */
export interface StakeholderHistory {
  readonly stakeholderId: string;
  readonly lastSuggestedOn: LocalDate;
  readonly lastSeverity: SuggestionSeverity;
  readonly lastSuggestionId: string;
  readonly updatedAt: Instant;
}

/** The memory of suggestions, items and stakeholders per user. */
export interface SuggestionsRepo {
  list(key: UserKey): Promise<SuggestionRecord[]>;
  get(key: UserKey, suggestionId: string): Promise<SuggestionRecord | undefined>;
  /** Inserts or replaces the record for `record.suggestionId`. */
  put(key: UserKey, record: SuggestionRecord): Promise<void>;
  listItems(key: UserKey): Promise<ItemHistory[]>;
  /** Inserts or updates an item's history; `firstPromisedOn` keeps the value first stored. */
  putItem(key: UserKey, item: ItemHistory): Promise<void>;
  listStakeholders(key: UserKey): Promise<StakeholderHistory[]>;
  putStakeholder(key: UserKey, stakeholder: StakeholderHistory): Promise<void>;
  /**
   * Everything above as core's `SuggestionMemory`: dismissed (id, fingerprint), snoozed (id, until), first promises,
   * the last suggestion per stakeholder, and the known items.
   */
  loadMemory(key: UserKey): Promise<SuggestionMemory>;
}

// ---------------------------------------------------------------------------------------------------------------
// Draft ledger (create a draft once per key)

/** `pending → creating → created | failed`; a `failed` or stale `creating` entry can be claimed again. */
export type DraftState = 'pending' | 'creating' | 'created' | 'failed';

/** One draft key's ledger entry. Only the key, the message's id and link and the state: never a body. */
export interface DraftEntry {
  readonly draftKey: string;
  readonly state: DraftState;
  /** Set once `created`. */
  readonly messageId?: string;
  readonly webLink?: string;
  /** Set when `failed`: a log-facing reason (an error code), never message content. */
  readonly error?: string;
  /** How many times the entry was claimed (moved to `creating`). */
  readonly attempts: number;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/** The outcome of a claim: `won` tells the caller whether it may create the draft now. */
export type DraftClaim = { readonly won: true; readonly entry: DraftEntry } | { readonly won: false; readonly entry: DraftEntry };

/** The draft ledger, unique per (tenant, user, draft key), with compare-and-set transitions. */
export interface DraftsRepo {
  get(key: UserKey, draftKey: string): Promise<DraftEntry | undefined>;
  list(key: UserKey): Promise<DraftEntry[]>;
  /** Creates a `pending` entry unless one exists; returns the entry as it now stands. */
  ensure(key: UserKey, draftKey: string, at: Instant): Promise<DraftEntry>;
  /**
   * Moves the entry (created `pending` if absent) to `creating` when it is `pending` or `failed`, or `creating`
   * with `updatedAt` before `staleBefore` (a crashed or lost attempt to reconcile). Exactly one of concurrent
   * claimers wins; the others get `won: false` and the entry as it stands (with the message id once created).
   */
  claim(key: UserKey, draftKey: string, at: Instant, options?: { readonly staleBefore?: Instant }): Promise<DraftClaim>;
  /** `creating → created`; returns false (and changes nothing) when the entry is not `creating`. */
  markCreated(key: UserKey, draftKey: string, created: { readonly messageId: string; readonly webLink?: string }, at: Instant): Promise<boolean>;
  /** `creating → failed`; returns false (and changes nothing) when the entry is not `creating`. */
  markFailed(key: UserKey, draftKey: string, error: string, at: Instant): Promise<boolean>;
  /** Entries still `creating` since before `before`, across users, oldest first: what a reconciler looks up. */
  listStale(before: Instant, limit: number): Promise<{ readonly key: UserKey; readonly entry: DraftEntry }[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Digest schedules

/** When and to whom the user's weekly digest is drafted. */
export interface DigestSchedule {
  readonly enabled: boolean;
  /** The audience, as person ids (lower-cased email addresses). */
  readonly audienceIds: readonly string[];
  readonly weekday: Weekday;
  readonly localTime: LocalTime;
  readonly timeZone: TimeZoneId;
  /** The last period a digest was done for (e.g. an ISO week `2025-W14`), as the scheduler names it. */
  readonly lastPeriodDone?: string;
  /** The next moment the digest is due; computed by the caller (the store does no calendar arithmetic). */
  readonly nextRunAt?: Instant;
  readonly updatedAt: Instant;
}

/** Digest schedules per user, and the scheduler's view across users. */
export interface SchedulesRepo {
  get(key: UserKey): Promise<DigestSchedule | undefined>;
  /** Inserts or replaces the user's schedule. */
  put(key: UserKey, schedule: DigestSchedule): Promise<void>;
  delete(key: UserKey): Promise<void>;
  /**
   * Records a run: the period done and the next run. With `expectedNextRunAt`, only when the stored next run
   * still equals it (compare-and-set, so two schedulers advance a schedule once); returns whether it changed.
   */
  recordRun(
    key: UserKey,
    run: { readonly periodDone: string; readonly nextRunAt: Instant; readonly expectedNextRunAt?: Instant },
    at: Instant,
  ): Promise<boolean>;
  /** Enabled schedules with `nextRunAt ≤ now`, across users, earliest first, at most `limit`. */
  listDue(now: Instant, limit: number): Promise<{ readonly key: UserKey; readonly nextRunAt: Instant }[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs (the in-process queue of the SQLite default)

/** `queued → active → completed`, or back to `queued` with a backoff, or `failed` after the last attempt. */
export type JobState = 'queued' | 'active' | 'completed' | 'failed';

/** A job to add. Every job belongs to one user. */
export interface NewJob {
  readonly queue: string;
  readonly key: UserKey;
  /** JSON-serialisable data for the handler; never tokens or mail content. */
  readonly payload: unknown;
  /** At most one job per (user, queue, singleton key), whatever its state (e.g. `digest:2025-W14`). */
  readonly singletonKey?: string;
  /** Not taken before this moment. */
  readonly runAfter: Instant;
  /** Attempts before the job is `failed`; default 3. */
  readonly maxAttempts?: number;
  /** Delay before the second attempt, doubled for each further one; default 30 000. */
  readonly retryDelayMs?: number;
}

/** A job as stored. */
export interface Job {
  readonly id: string;
  readonly queue: string;
  readonly key: UserKey;
  readonly payload: unknown;
  readonly singletonKey?: string;
  readonly state: JobState;
  /** Attempts started so far (a take counts one). */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly retryDelayMs: number;
  readonly runAfter: Instant;
  /** While `active`: the lease; once it passes, another taker may take the job again. */
  readonly lockedUntil?: Instant;
  /** The last failure's reason, kept after retries and on `failed`; `JOB_LEASE_EXPIRED` when the last attempt's lease ran out. */
  readonly lastError?: string;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

/** What a taker holds: the job's id and the attempt it took, so a stale taker cannot settle a newer attempt. */
export interface JobLease {
  readonly id: string;
  readonly attempts: number;
}

/** The job queue: a lease per take, atomic across takers (`BEGIN IMMEDIATE` / `FOR UPDATE SKIP LOCKED`). */
export interface JobsRepo {
  /** Adds a job; with a singleton key already used, returns the existing job's id and `created: false`. */
  enqueue(job: NewJob, at: Instant): Promise<{ readonly id: string; readonly created: boolean }>;
  /** Takes the next due job of a queue (queued and due, or active with an expired lease) for `leaseMs`. */
  take(queue: string, now: Instant, leaseMs: number): Promise<Job | undefined>;
  /** Marks a taken job done; false when the lease was lost to another taker. */
  complete(lease: JobLease, at: Instant): Promise<boolean>;
  /** Records a failure: queued again after the backoff, or `failed` after the last attempt; the error is kept. */
  fail(lease: JobLease, error: string, at: Instant): Promise<JobState | undefined>;
  /** Gives a taken job back without counting the attempt (shutdown). */
  release(lease: JobLease, at: Instant): Promise<boolean>;
  /** Extends a held lease to `now + leaseMs` (a long job's heartbeat); false when the lease was lost. */
  extend(lease: JobLease, now: Instant, leaseMs: number): Promise<boolean>;
  /** Deletes completed jobs last updated before `before` (their singleton keys become free); returns how many. */
  purgeCompleted(before: Instant): Promise<number>;
  get(id: string): Promise<Job | undefined>;
  /** Failed jobs, newest first, optionally of one queue. */
  listFailed(limit: number, queue?: string): Promise<Job[]>;
}

// ---------------------------------------------------------------------------------------------------------------
// Item marks, user settings

/** What the user did to an item in the tab: snoozed until an instant, or done for now. */
export type ItemMarkKind = 'snoozed' | 'done-for-now';

/**
 * A mark on one item. `fingerprint` is what the item looked like when marked (its state and promised date, say),
 * so a mark can lapse when the item changes; the server decides what goes in it.
 */
export interface ItemMark {
  readonly itemId: string;
  readonly kind: ItemMarkKind;
  /** For `snoozed`: when the item comes back. */
  readonly until?: Instant;
  readonly fingerprint?: string;
  readonly updatedAt: Instant;
}

/** The user's marks on items. */
export interface ItemMarksRepo {
  list(key: UserKey): Promise<ItemMark[]>;
  /** Inserts or replaces the mark for `mark.itemId`. */
  put(key: UserKey, mark: ItemMark): Promise<void>;
  delete(key: UserKey, itemId: string): Promise<void>;
}

/** The user's settings as one JSON document; the server owns its schema and validates it before it is stored. */
export interface UserSettingsRecord {
  readonly settings: Readonly<Record<string, unknown>>;
  readonly updatedAt: Instant;
}

/** The user's working preferences and suggestion kinds (one document per user). */
export interface UserSettingsRepo {
  get(key: UserKey): Promise<UserSettingsRecord | undefined>;
  put(key: UserKey, settings: Readonly<Record<string, unknown>>, at: Instant): Promise<void>;
  delete(key: UserKey): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------
// Token cache, account

/** One opaque (already encrypted by the caller) token-cache blob per user, for MSAL's cache plugin. */
export interface TokenCacheRepo {
  get(key: UserKey): Promise<string | undefined>;
  put(key: UserKey, blob: string, at: Instant): Promise<void>;
  delete(key: UserKey): Promise<void>;
}

/** Every stored row of one user, per table, with the database's column names (not the token cache's blob): JSON-serialisable. */
export interface UserExport {
  readonly tenantId: string;
  readonly userId: string;
  readonly tables: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
}

/** "Give me my data" and "forget me". */
export interface AccountRepo {
  exportUser(key: UserKey): Promise<UserExport>;
  /** Deletes every row of the user in every per-user table, in one transaction. */
  forgetUser(key: UserKey): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Persistence for Upfront: one repository per aggregate. Every per-user row is keyed by tenant and user, and no
 * per-user method reads across users; only the scheduler's and reconciler's listings (`schedules.listDue`,
 * `drafts.listStale`, `jobs`) span users, and they return keys. Stores the least: settings, opaque sync cursors,
 * suggestion history, draft keys and message ids — no mail bodies, no calendar contents.
 */
export interface Store {
  readonly preferences: PreferencesRepo;
  readonly efforts: EffortsRepo;
  readonly users: UsersRepo;
  readonly sync: SyncRepo;
  readonly suggestions: SuggestionsRepo;
  readonly drafts: DraftsRepo;
  readonly schedules: SchedulesRepo;
  readonly jobs: JobsRepo;
  readonly tokenCache: TokenCacheRepo;
  readonly itemMarks: ItemMarksRepo;
  readonly settings: UserSettingsRepo;
  readonly account: AccountRepo;
  close(): Promise<void>;
}
