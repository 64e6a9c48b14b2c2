import type { Problem, StakeholderPreference } from '@upfront/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, toProblem, type ApiClient, type StakeholderPreferenceEntry } from '../api/client.js';
import { findPreference, isSameStakeholder, withoutWorkedHoliday, withWorkedHoliday } from './stakeholder-preference.js';

/** What a failed save or load says when the failure is not the server's problem. */
export const UNEXPECTED_DETAIL = 'The tab hit an unexpected error. Try again.';

/** A public holiday the user just marked as worked from an item's flag, so that item can offer an undo. */
export interface MarkedHoliday {
  itemId: string;
  stakeholderId: string;
  on: string;
}

/** What the risk cards can change about the engine's assumptions. Every action throws `ApiError` on failure. */
export interface PreferenceEditing {
  /** The user's per-stakeholder settings; `undefined` until loaded. */
  preferences: readonly StakeholderPreferenceEntry[] | undefined;
  loadProblem: Problem | undefined;
  saveEffort(itemId: string, hours: number): Promise<void>;
  clearEffort(itemId: string): Promise<void>;
  /** Reads the stakeholder's current preference from the server, applies `change`, and saves the whole of it. */
  changeStakeholder(stakeholderId: string, change: (preference: StakeholderPreference) => StakeholderPreference): Promise<void>;
  markedHoliday: MarkedHoliday | undefined;
  markWorkedHoliday(marked: MarkedHoliday): Promise<void>;
  unmarkWorkedHoliday(stakeholderId: string, on: string): Promise<void>;
  forgetMarkedHoliday(): void;
}

/**
 * Loads the user's stakeholder preferences and saves changes to them and to effort estimates. After each saved
 * change it calls `onChanged` (the risks view reloads: a changed assumption can change an item's state).
 */
export function usePreferences(api: ApiClient, getToken: () => Promise<string>, onChanged: () => void): PreferenceEditing {
  const [preferences, setPreferences] = useState<readonly StakeholderPreferenceEntry[] | undefined>();
  const [loadProblem, setLoadProblem] = useState<Problem | undefined>();
  const [markedHoliday, setMarkedHoliday] = useState<MarkedHoliday | undefined>();

  const token = useCallback(
    () =>
      getToken().catch((cause: unknown) => {
        throw new ApiError({
          type: 'about:blank',
          title: 'Sign-in failed',
          status: 0,
          detail: `Upfront could not get your sign-in (${cause instanceof Error ? cause.message : String(cause)}). Try again.`,
          code: 'AUTH_HOST_TOKEN_FAILED',
        });
      }),
    [getToken],
  );

  useEffect(() => {
    let live = true;
    token()
      .then((t) => api.loadStakeholderPreferences(t))
      .then(
        (list) => {
          if (!live) return;
          setPreferences(list);
          setLoadProblem(undefined);
        },
        (error: unknown) => {
          if (live) setLoadProblem(toProblem(error, UNEXPECTED_DETAIL));
        },
      );
    return () => {
      live = false;
    };
  }, [api, token]);

  const changeStakeholder = useCallback(
    async (stakeholderId: string, change: (preference: StakeholderPreference) => StakeholderPreference) => {
      const t = await token();
      // PUT replaces the whole preference: start from what the server holds now, not from what this tab last saw.
      const current = await api.loadStakeholderPreferences(t);
      const next = change(findPreference(current, stakeholderId));
      await api.saveStakeholderPreference(t, stakeholderId, next);
      const others = current.filter((entry) => !isSameStakeholder(entry.stakeholderId, stakeholderId));
      setPreferences([...others, { ...next, stakeholderId: stakeholderId.toLowerCase() }]);
      setLoadProblem(undefined);
      onChanged();
    },
    [api, token, onChanged],
  );

  return useMemo<PreferenceEditing>(
    () => ({
      preferences,
      loadProblem,
      markedHoliday,
      async saveEffort(itemId, hours) {
        await api.saveEffortOverride(await token(), itemId, { hours });
        onChanged();
      },
      async clearEffort(itemId) {
        await api.deleteEffortOverride(await token(), itemId);
        onChanged();
      },
      changeStakeholder,
      async markWorkedHoliday(marked) {
        await changeStakeholder(marked.stakeholderId, (p) => withWorkedHoliday(p, marked.on));
        setMarkedHoliday(marked);
      },
      async unmarkWorkedHoliday(stakeholderId, on) {
        await changeStakeholder(stakeholderId, (p) => withoutWorkedHoliday(p, on));
        setMarkedHoliday((m) => (m !== undefined && isSameStakeholder(m.stakeholderId, stakeholderId) && m.on === on ? undefined : m));
      },
      forgetMarkedHoliday() {
        setMarkedHoliday(undefined);
      },
    }),
    [api, token, onChanged, changeStakeholder, preferences, loadProblem, markedHoliday],
  );
}
