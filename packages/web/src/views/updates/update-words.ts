import type { SuggestionKind } from '@upfront/contracts';

/**
 * The words of the updates view. English only for now: the tab's own words move to per-locale culture data with
 * the rest of the tab's UI (the messages themselves are already written in each recipient's language by core).
 */
export const KIND_LABEL: Readonly<Record<SuggestionKind, string>> = {
  'heads-up': 'Heads-up',
  'confirm-promise': 'Confirm the promise',
  'on-track': 'On-track note',
  delivered: 'Delivered, with thanks',
  'ask-for-help': 'Ask for help',
  'meeting-brief': 'Meeting brief',
  'weekly-digest': 'Weekly digest',
};

/** Kinds that are written for the user to read (not a message to send). */
export const FOR_THE_USER: ReadonlySet<SuggestionKind> = new Set(['meeting-brief']);

/** The order the list shows kinds in when severities are equal: what protects trust first. */
export const KIND_ORDER: readonly SuggestionKind[] = [
  'heads-up',
  'ask-for-help',
  'confirm-promise',
  'meeting-brief',
  'on-track',
  'delivered',
  'weekly-digest',
];
