import type { ItemRisk, RiskState } from '@upfront/contracts';

/** A state as the select key of the tab's words (`stateName`, `stateCount`): ICU keys cannot hold a `-`. */
export const STATE_KEY: Readonly<Record<RiskState, string>> = {
  overdue: 'overdue',
  'off-track': 'offTrack',
  'at-risk': 'atRisk',
  'on-track': 'onTrack',
  later: 'later',
  'no-due-date': 'noDueDate',
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

/** The items the user has not marked (the main list), and the ones snoozed or done for now (listed apart). */
export function splitMarked(items: readonly ItemRisk[]): { open: ItemRisk[]; marked: ItemRisk[] } {
  const open: ItemRisk[] = [];
  const marked: ItemRisk[] = [];
  for (const item of items) (item.mark === undefined ? open : marked).push(item);
  return { open, marked };
}

/**
 * The sections with only the items in `states` (a count pressed as a filter); no states means no filter. A group
 * stays whole when its root or any of its consequences is in one of the states, so a cause is never cut off.
 */
export function filterSections(sections: RiskSections, states: ReadonlySet<RiskState>): RiskSections {
  if (states.size === 0) return sections;
  const keep = (item: ItemRisk) => states.has(item.state);
  return {
    groups: sections.groups.filter((g) => keep(g.root) || g.consequences.some(keep)),
    onTrack: sections.onTrack.filter(keep),
    later: sections.later.filter(keep),
    noDueDate: sections.noDueDate.filter(keep),
  };
}

/** The items of the sections in the order the list shows them (for "the next item" after one leaves it). */
export function toListOrder(sections: RiskSections): ItemRisk[] {
  return [...sections.groups.flatMap((g) => [g.root, ...g.consequences]), ...sections.onTrack, ...sections.later, ...sections.noDueDate];
}
