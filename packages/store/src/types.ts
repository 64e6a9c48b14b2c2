import type { DeadlineStyle, Instant, LocalDate } from '@upfront/core';

/** Who a row belongs to. The tenant comes only from a validated token, never from a request's input. */
export interface UserKey {
  readonly tenantId: string;
  readonly userId: string;
}

/** What the user set for one stakeholder (preferences come from the user, never inferred). */
export interface StakeholderPreference {
  readonly stakeholderId: string;
  readonly deadlineStyle?: DeadlineStyle;
  readonly language?: string;
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

/**
 * Persistence for Upfront. Every method is scoped by tenant and user; no method reads across users.
 * Stores the least: preferences, overrides, opaque sync cursors — no mail bodies, no calendar contents.
 */
export interface Store {
  /** Records that the user used the app (creates the user's row on first use). */
  touchUser(key: UserKey, at: Instant): Promise<void>;
  listStakeholderPreferences(key: UserKey): Promise<StakeholderPreference[]>;
  putStakeholderPreference(key: UserKey, preference: StakeholderPreference): Promise<void>;
  listEffortOverrides(key: UserKey): Promise<EffortOverride[]>;
  putEffortOverride(key: UserKey, override: EffortOverride): Promise<void>;
  deleteEffortOverride(key: UserKey, itemId: string): Promise<void>;
  /** An opaque, JSON-serialisable sync cursor (Graph delta links) per user. */
  getSyncState(key: UserKey): Promise<string | undefined>;
  putSyncState(key: UserKey, state: string, at: Instant): Promise<void>;
  /** Deletes everything stored for the user ("forget me"). */
  forgetUser(key: UserKey): Promise<void>;
  close(): Promise<void>;
}
