import type { ItemRisk, RiskState } from '@upfront/contracts';

/** How each state is written in the tab (the badge text and the counts line). */
export const STATE_LABEL: Readonly<Record<RiskState, string>> = {
  overdue: 'Overdue',
  'off-track': 'Off track',
  'at-risk': 'At risk',
  'on-track': 'On track',
  later: 'Later',
  'no-due-date': 'No due date',
};

/** The order the tab counts states in: the most urgent first. */
export const STATE_ORDER: readonly RiskState[] = ['overdue', 'off-track', 'at-risk', 'on-track', 'later', 'no-due-date'];

/** States that need the person to act: the tab shows the date to promise for each. */
export function isInTrouble(state: RiskState): boolean {
  return state === 'overdue' || state === 'off-track' || state === 'at-risk';
}

/**
 * One problem to act on: the item at its root, and the items it pushes off track (its consequences). An item in
 * trouble on its own, with nothing depending on it, is a problem with no consequences.
 */
export interface RootGroup {
  root: ItemRisk;
  /** Items whose cause leads back to `root`, earliest deadline first. */
  consequences: ItemRisk[];
}

/** The report as the tab reads it: problems (root groups) first (root cause first), then what fits, then what is not judged. */
export interface RiskSections {
  groups: RootGroup[];
  onTrack: ItemRisk[];
  /** Due after the horizon: listed apart, not judged. */
  later: ItemRisk[];
  noDueDate: ItemRisk[];
}

const SEVERITY: Readonly<Record<RiskState, number>> = { overdue: 0, 'off-track': 1, 'at-risk': 2, 'on-track': 3, later: 4, 'no-due-date': 5 };

/**
 * Sorts the report into sections. An item whose cause is earlier work goes under the item at the root of that
 * cause (`cause.rootIds[0]`, followed to its own root when that one is pushed too; else an item whose `pushes`
 * names it), so one big task that pushes five others is one problem with five consequences. Every item appears
 * once. Problems come worst first (their worst state, then the earliest deadline in them).
 */
export function toRiskSections(items: readonly ItemRisk[]): RiskSections {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rootOf = (item: ItemRisk): ItemRisk | undefined => {
    const seen = new Set([item.id]);
    let current = item;
    for (;;) {
      const next = current.cause?.kind === 'earlier-work' ? byId.get(current.cause.rootIds[0] ?? '') : undefined;
      if (next === undefined || seen.has(next.id)) return current === item ? undefined : current;
      seen.add(next.id);
      current = next;
    }
  };
  const pushedBy = (item: ItemRisk): ItemRisk | undefined => items.find((other) => other.id !== item.id && other.pushes.includes(item.id));

  const rootIdOf = new Map<string, string>();
  for (const item of items) {
    if (!isInTrouble(item.state) || item.state === 'overdue') continue;
    const root = item.cause?.kind === 'earlier-work' ? (rootOf(item) ?? pushedBy(item)) : undefined;
    if (root !== undefined && root.id !== item.id) rootIdOf.set(item.id, root.id);
  }
  // A root is never itself listed as somebody's consequence (a cycle in the data would otherwise hide both).
  for (const rootId of new Set(rootIdOf.values())) rootIdOf.delete(rootId);

  const consequencesOf = new Map<string, ItemRisk[]>();
  for (const [itemId, rootId] of rootIdOf) {
    const list = consequencesOf.get(rootId) ?? [];
    list.push(byId.get(itemId)!);
    consequencesOf.set(rootId, list);
  }

  const groups: RootGroup[] = [];
  const sections: RiskSections = { groups, onTrack: [], later: [], noDueDate: [] };
  for (const item of items) {
    if (rootIdOf.has(item.id)) continue;
    const consequences = (consequencesOf.get(item.id) ?? []).sort(compareByDeadline);
    if (consequences.length > 0 || isInTrouble(item.state)) groups.push({ root: item, consequences });
    else if (item.state === 'on-track') sections.onTrack.push(item);
    else if (item.state === 'later') sections.later.push(item);
    else sections.noDueDate.push(item);
  }
  groups.sort((a, b) => worst(a) - worst(b) || compareByDeadline(earliest(a), earliest(b)));
  sections.onTrack.sort(compareByDeadline);
  sections.later.sort(compareByDeadline);
  sections.noDueDate.sort(compareByDeadline);
  return sections;
}

/** Counts items per state, for the counts line ("2 overdue, 1 at risk"). */
export function countByState(items: readonly ItemRisk[]): Record<RiskState, number> {
  const counts: Record<RiskState, number> = { overdue: 0, 'off-track': 0, 'at-risk': 0, 'on-track': 0, later: 0, 'no-due-date': 0 };
  for (const item of items) counts[item.state] += 1;
  return counts;
}

/** Whether any item needs attention (overdue, off track or at risk). */
export function hasTrouble(items: readonly ItemRisk[]): boolean {
  return items.some((item) => isInTrouble(item.state));
}

function worst(problem: RootGroup): number {
  return Math.min(SEVERITY[problem.root.state], ...problem.consequences.map((c) => SEVERITY[c.state]));
}

function earliest(problem: RootGroup): ItemRisk {
  return [problem.root, ...problem.consequences].sort(compareByDeadline)[0]!;
}

/** Earliest deadline first; undated items last; ties by title, so the order is stable. */
function compareByDeadline(a: ItemRisk, b: ItemRisk): number {
  const aAt = a.deadline === undefined ? Number.POSITIVE_INFINITY : Date.parse(a.deadline.at);
  const bAt = b.deadline === undefined ? Number.POSITIVE_INFINITY : Date.parse(b.deadline.at);
  if (aAt !== bAt) return aAt < bAt ? -1 : 1;
  return a.title.localeCompare(b.title);
}
