import type { ItemRisk } from '../risk/types.js';
import { toDeadlineWords, type DeadlineContext } from './to-deadline-words.js';

/** What the words of a report need besides the risk: the deadline context and the horizon. */
export interface SummaryContext extends DeadlineContext {
  /** Days the horizon covers. */
  readonly horizonDays: number;
}

/**
 * The one-line summary of an item, from its figures (the same the badge, the numbers and the chart use);
 * the date to promise is shown on its own, beside it.
 * English only until the culture data of the next issue carries the words per locale; dates, times and hours
 * already follow the reader's locale through the formatter.
 * @example summarizeRisk(offTrackItem, ctx)
 * // 'Needs 5 hrs, plus 8 hrs for other items due by then; 11.2 hrs free before Wed 8 Oct, 17:00 Berlin: short by 1.8 hrs.'
 */
export function summarizeRisk(risk: ItemRisk, ctx: SummaryContext): string {
  const f = risk.figures;
  const h = (minutes: number) => ctx.format.hours(minutes);
  const needs = f.ownMinutes === 0 ? 'Needs no more work' : `Needs ${h(f.ownMinutes)}`;
  const plus = f.competingMinutes > 0 ? `, plus ${h(f.competingMinutes)} for other items due by then` : '';
  const deadline = risk.deadline === undefined ? undefined : toDeadlineWords(risk.deadline, ctx).both;
  switch (risk.state) {
    case 'overdue': {
      const left = f.ownMinutes === 0 ? 'no more work left' : `still needs ${h(f.ownMinutes)}`;
      return `Was due ${deadline ?? ''}; ${left}.`;
    }
    case 'on-track':
      return `${needs}${plus}; ${h(f.freeMinutes)} free before ${deadline ?? ''}: ${ctx.format.hoursBetween(f.freeMinutes, f.neededMinutes)} to spare.`;
    case 'at-risk':
      return `${needs}${plus}; ${h(f.freeMinutes)} free before ${deadline ?? ''}: it fits with only ${ctx.format.hoursBetween(f.freeMinutes, f.neededMinutes)} to spare.`;
    case 'off-track':
      return `${needs}${plus}; ${h(f.freeMinutes)} free before ${deadline ?? ''}: short by ${ctx.format.hoursBetween(f.neededMinutes, f.freeMinutes)}.`;
    case 'later':
      return `Due ${deadline ?? ''}, after the next ${ctx.horizonDays} days: not judged yet. ${needs}.`;
    case 'no-due-date': {
      const left = Math.max(0, f.freeMinutes - f.competingMinutes);
      return `No due date. ${needs}; ${h(left)} left in the next ${ctx.horizonDays} days after work with deadlines.`;
    }
  }
}
