import { SETTABLE_SUGGESTION_KINDS, WorkSettingsSchema, type WorkSettings, type WorkSettingsResponse } from '@upfront/contracts';
import { defaultRiskSettings, type Clock, type RiskSettings, type SuggestSettings } from '@upfront/core';
import type { Store, UserKey } from '@upfront/store';
import { Value } from 'typebox/value';

/** The horizon the tab has always asked for: two weeks. */
const DEFAULT_HORIZON_DAYS = 14;

/** What a user who never saved works with: the risk engine's defaults, two weeks ahead, every kind on. */
export const defaultWorkSettings: WorkSettings = Object.freeze({
  focusFactor: defaultRiskSettings.focusFactor,
  tentativeWeight: defaultRiskSettings.tentativeWeight,
  marginRatio: defaultRiskSettings.marginRatio,
  defaultEffortHours: Object.freeze({ ...defaultRiskSettings.defaultHoursByImportance }),
  horizonDays: DEFAULT_HORIZON_DAYS,
  suggestionKinds: Object.freeze(Object.fromEntries(SETTABLE_SUGGESTION_KINDS.map((kind) => [kind, true])) as WorkSettings['suggestionKinds']),
});

/** The user's saved working preferences, or undefined while they have never saved any. */
export interface UserSettings {
  readonly settings: WorkSettings;
  /** True once the user has saved: only then do their values replace the server's own. */
  readonly saved: boolean;
  readonly updatedAt?: string;
}

type Section = keyof WorkSettings;
const SECTIONS = Object.keys(WorkSettingsSchema.properties) as Section[];

/**
 * The stored document, read back field by field: a field that no longer passes the schema (bounds changed since
 * it was saved, or a field added since) falls back to its default, so an old document never breaks the view.
 */
function toWorkSettings(stored: Readonly<Record<string, unknown>>): WorkSettings {
  const value: Record<string, unknown> = { ...defaultWorkSettings };
  for (const section of SECTIONS) {
    const candidate = stored[section];
    if (candidate !== undefined && Value.Check(WorkSettingsSchema.properties[section], candidate)) value[section] = candidate;
  }
  return value as WorkSettings;
}

/**
 * The user's working preferences with the defaults filling what they never saved; one read of `store.settings`
 * (one JSON document per tenant and user).
 * @example const { settings } = await readUserSettings(store, key); settings.horizonDays // 14 until the user saves another
 */
export async function readUserSettings(store: Pick<Store, 'settings'>, key: UserKey): Promise<UserSettings> {
  const record = await store.settings.get(key);
  if (record === undefined) return { settings: defaultWorkSettings, saved: false };
  return { settings: toWorkSettings(record.settings), saved: true, updatedAt: record.updatedAt };
}

/** The risk engine's knobs that the user sets (none while they never saved: the server's configuration stands). */
export function toUserRiskSettings(user: UserSettings): Partial<RiskSettings> {
  if (!user.saved) return {};
  const s = user.settings;
  return { focusFactor: s.focusFactor, tentativeWeight: s.tentativeWeight, marginRatio: s.marginRatio, defaultHoursByImportance: { ...s.defaultEffortHours } };
}

/**
 * The suggestion settings with the user's kinds switched off, and the risk settings the report was made with (a
 * colleague's usable time uses the same focus factor): what `suggestUpdates` takes besides the world.
 */
export function toUserSuggestOptions(
  base: Partial<SuggestSettings> | undefined,
  assessed: { readonly settings: UserSettings; readonly riskSettings: Partial<RiskSettings> },
): { readonly settings: Partial<SuggestSettings>; readonly riskSettings: Partial<RiskSettings> } {
  const kinds = { ...base?.kinds, ...assessed.settings.settings.suggestionKinds } as SuggestSettings['kinds'];
  return { settings: { ...base, kinds }, riskSettings: assessed.riskSettings };
}

/** The working-preferences service behind `/api/settings/work`. */
export interface UserSettingsService {
  get(key: UserKey): Promise<WorkSettingsResponse>;
  put(key: UserKey, settings: WorkSettings): Promise<WorkSettingsResponse>;
  /** Back to the defaults: the document is removed (nothing is kept that the user does not need). */
  reset(key: UserKey): Promise<WorkSettingsResponse>;
}

function toResponse(user: UserSettings): WorkSettingsResponse {
  return { settings: user.settings, defaults: defaultWorkSettings, ...(user.updatedAt === undefined ? {} : { updatedAt: user.updatedAt }) };
}

/** Creates the service; the route has validated the body (no coercion) before `put` sees it. */
export function createUserSettings(deps: { readonly store: Store; readonly clock: Clock }): UserSettingsService {
  return {
    async get(key) {
      return toResponse(await readUserSettings(deps.store, key));
    },
    async put(key, settings) {
      const now = deps.clock.now();
      await deps.store.users.touch(key, now);
      await deps.store.settings.put(key, settings, now);
      return toResponse(await readUserSettings(deps.store, key));
    },
    async reset(key) {
      await deps.store.settings.delete(key);
      return toResponse({ settings: defaultWorkSettings, saved: false });
    },
  };
}
