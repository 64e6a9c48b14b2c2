import type { Deadline, DeadlineStyle, ItemRisk } from '@upfront/contracts';
import type { TabFormatter } from '../format/create-tab-formatter.js';
import { firstName } from '../preferences/stakeholder-preference.js';

type Effort = ItemRisk['effort'];

const EFFORT_SOURCE: Readonly<Record<Effort['source'], string>> = {
  override: 'your estimate',
  'estimate-in-text': 'as written in the task',
  checklist: 'from the checklist steps left',
  'planner-percent': 'from Planner progress',
  'importance-default': 'default for its importance',
};

/** The effort with where it came from: "~3 hr, as written in the task"; an effort the user set is not approximate. */
export function describeEffort(effort: Effort, format: TabFormatter): string {
  const approx = effort.source === 'override' ? '' : '~';
  return `${approx}${format.hours(effort.minutes)}, ${EFFORT_SOURCE[effort.source]}`;
}

/** Whose reading a deadline is: "Lena's", or "your" for the user's own (no stakeholder). */
export function whose(deadline: Pick<Deadline, 'stakeholderName'>): string {
  return deadline.stakeholderName === undefined ? 'your' : `${firstName(deadline.stakeholderName)}'s`;
}

/**
 * A deadline style in words, for a reader: "close of business", "start of business", "end of day", or the set
 * time of an exact-time style as the clock in the reader's zone shows it ("15:00", "3:00 PM").
 */
export function describeStyle(style: DeadlineStyle, deadline: Pick<Deadline, 'at' | 'timeZone'>, format: TabFormatter): string {
  switch (style.kind) {
    case 'start-of-business-day':
      return 'start of business';
    case 'close-of-business-day':
      return 'close of business';
    case 'end-of-day':
      return 'end of day';
    case 'exact-time':
      return `set time, ${format.time(deadline.at, deadline.timeZone)}`;
  }
}

/** "Lena's close of business", "your end of day". */
export function describeReading(deadline: Deadline, format: TabFormatter): string {
  return `${whose(deadline)} ${describeStyle(deadline.style, deadline, format)}`;
}

/**
 * Why a deadline is not on its due date: "Sat 6 Dec is Lena's weekend: due Fri 5 Dec, 09:00 Berlin, Lena's start of
 * business." Undefined when it did not move.
 */
export function describeMove(deadline: Deadline, format: TabFormatter): string | undefined {
  const moved = deadline.moved;
  if (moved === undefined) return undefined;
  const person = deadline.stakeholderName === undefined ? 'you' : firstName(deadline.stakeholderName);
  const dayOff =
    moved.why === 'weekend'
      ? `${whose(deadline)} weekend`
      : `a public holiday for ${person}${moved.holidayName === undefined ? '' : ` (${moved.holidayName})`}`;
  return `${format.date(moved.from)} is ${dayOff}: due ${deadline.inStakeholderZone}, ${describeReading(deadline, format)}.`;
}

/**
 * The cause of an item's state in one sentence: on its own ("needs 12 hr; 8 hr free before its deadline"), or
 * because earlier items take the time (naming them). Undefined when the report gives no cause.
 */
export function describeCause(item: ItemRisk, titleOf: (id: string) => string | undefined, format: TabFormatter): string | undefined {
  const cause = item.cause;
  if (cause === undefined) return undefined;
  const { ownMinutes, freeMinutes } = item.figures;
  if (cause.kind === 'own-effort') {
    return `In trouble on its own: it needs ${format.hours(ownMinutes)}, and ${format.hours(freeMinutes)} is free before its deadline.`;
  }
  const names = cause.rootIds.map(titleOf).filter((t): t is string => t !== undefined);
  const who = names.length === 0 ? 'work due earlier' : names.map((t) => `“${t}”`).join(', ');
  return `It would fit on its own (${format.hours(ownMinutes)} of ${format.hours(freeMinutes)} free), but ${who} takes the time first.`;
}

/** The heading over a root's consequences: "Pushes these 5 past their deadlines". */
export function describePushes(consequences: readonly Pick<ItemRisk, 'state'>[]): string {
  const n = consequences.length;
  const past = consequences.filter((c) => c.state === 'off-track').length;
  if (past === n) return n === 1 ? 'Pushes this one past its deadline' : `Pushes these ${n} past their deadlines`;
  if (past === 0) return n === 1 ? 'Puts this one at risk' : `Puts these ${n} at risk`;
  return `Pushes these ${n} past or close to their deadlines`;
}
