import type { SuggestSettings, SuggestionMemory } from './types.js';

/**
 * The defaults of suggestions: every kind on, a note when a deadline is 3 days away and a stakeholder has not
 * heard from the user for 5, new commitments for 48 hours, deliveries for 72.
 * @example toSuggestSettings({ silentDays: 7 }).onTrackWithinDays // 3
 */
export const defaultSuggestSettings: SuggestSettings = Object.freeze({
  kinds: Object.freeze({
    'heads-up': true,
    'confirm-promise': true,
    'on-track': true,
    delivered: true,
    'ask-for-help': true,
    'meeting-brief': true,
    'weekly-digest': true,
  }),
  onTrackWithinDays: 3,
  silentDays: 5,
  newCommitmentHours: 48,
  deliveredWithinHours: 72,
  briefAheadHours: 24,
  sendWindowDays: 3,
  minHelpMinutes: 30,
  lateInDayMinutes: 90,
});

/** Fills the gaps of partial settings with the defaults (the kinds table is merged by key). */
export function toSuggestSettings(partial: Partial<SuggestSettings> = {}): SuggestSettings {
  return { ...defaultSuggestSettings, ...partial, kinds: { ...defaultSuggestSettings.kinds, ...partial.kinds } };
}

/** The memory of a user who has never had a suggestion. */
export const emptySuggestionMemory: SuggestionMemory = Object.freeze({
  dismissed: [],
  snoozed: [],
  firstPromised: [],
  lastByStakeholder: [],
  items: [],
});
