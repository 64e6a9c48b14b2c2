import type { ItemRisk, RiskState } from '@upfront/contracts';

/** The order the tab shows states in: the most urgent first. */
export const STATE_ORDER: readonly RiskState[] = ['overdue', 'off-track', 'at-risk', 'on-track', 'no-due-date'];

/** How each state is written in the tab (the badge text and the group heading). */
export const STATE_LABEL: Readonly<Record<RiskState, string>> = {
  overdue: 'Overdue',
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  'no-due-date': 'No due date',
};

export interface RiskGroup {
  state: RiskState;
  label: string;
  items: ItemRisk[];
}

/**
 * Groups items by state in `STATE_ORDER`, leaving out empty groups. Inside a group the earliest deadline
 * comes first; items without a deadline and ties fall back to the title, so the order is stable.
 */
export function toRiskGroups(items: readonly ItemRisk[]): RiskGroup[] {
  return STATE_ORDER.map((state) => ({
    state,
    label: STATE_LABEL[state],
    items: items.filter((item) => item.state === state).sort(compareByDeadline),
  })).filter((group) => group.items.length > 0);
}

/** Counts items per state, for the summary line ("2 overdue, 1 at risk"). */
export function countByState(items: readonly ItemRisk[]): Record<RiskState, number> {
  const counts: Record<RiskState, number> = { overdue: 0, 'off-track': 0, 'at-risk': 0, 'on-track': 0, 'no-due-date': 0 };
  for (const item of items) counts[item.state] += 1;
  return counts;
}

/** Whether any item needs attention (overdue, off track or at risk). */
export function hasTrouble(items: readonly ItemRisk[]): boolean {
  return items.some((item) => item.state === 'overdue' || item.state === 'off-track' || item.state === 'at-risk');
}

function compareByDeadline(a: ItemRisk, b: ItemRisk): number {
  const aAt = a.deadline === undefined ? Number.POSITIVE_INFINITY : Date.parse(a.deadline.at);
  const bAt = b.deadline === undefined ? Number.POSITIVE_INFINITY : Date.parse(b.deadline.at);
  if (aAt !== bAt) return aAt < bAt ? -1 : 1;
  return a.title.localeCompare(b.title);
}
