import type { Suggestion, SuggestionKind } from '@upfront/contracts';

/** The order the list shows kinds in when severities are equal: what protects trust first. */
export const KIND_ORDER: readonly SuggestionKind[] = ['heads-up', 'ask-for-help', 'confirm-promise', 'meeting-brief', 'on-track', 'delivered', 'weekly-digest'];

const SEVERITY_RANK: Readonly<Record<Suggestion['severity'], number>> = { overdue: 0, 'off-track': 1, 'at-risk': 2, routine: 3 };

/** Worst news first, then by kind (heads-ups before notes), then by the suggested send time. */
export function orderSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  return [...suggestions].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.sendAt.localeCompare(b.sendAt),
  );
}
