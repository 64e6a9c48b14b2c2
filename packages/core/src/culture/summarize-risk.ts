import type { ItemRisk, StakeholderDeadline } from '../risk/types.js';
import type { TimeZoneId } from '../time/types.js';
import { instantMs, localDateOf } from '../time/zoned-time.js';
import type { Formatter } from './create-formatter.js';

/** What the words of a report need besides the risk: the formatter, the user's zone and a city per reader. */
export interface SummaryContext {
  readonly format: Formatter;
  readonly userZone: TimeZoneId;
  /** The city a reader is in (profile first, the zone's city as a fallback); the user's own under `undefined`. */
  readonly cityOf: (stakeholderId: string | undefined, zone: TimeZoneId) => string;
  /** Days the horizon covers. */
  readonly horizonDays: number;
}

/** A deadline written for people, in the reader's zone and in the user's. */
export interface DeadlineWords {
  /** `Thu 10 Dec, 17:00 Berlin` */
  readonly inStakeholderZone: string;
  /** `Thu 10 Dec, 08:00` (the user's wall clock) */
  readonly inUserZone: string;
  /** `Thu 10 Dec, 17:00 Berlin (08:00 your time)`, or the user's own moment when the zones agree. */
  readonly both: string;
}

/**
 * Writes a deadline in the reader's zone and the user's.
 * @example toDeadlineWords(deadline, ctx).both // 'Thu 10 Dec, 17:00 Berlin (08:00 your time)'
 */
export function toDeadlineWords(deadline: StakeholderDeadline, ctx: SummaryContext): DeadlineWords {
  const theirs = `${ctx.format.moment(deadline.at, deadline.timeZone)} ${ctx.cityOf(deadline.stakeholderId, deadline.timeZone)}`;
  const mine = ctx.format.moment(deadline.at, ctx.userZone);
  const sameClock = ctx.format.moment(deadline.at, deadline.timeZone) === mine;
  const ms = instantMs(deadline.at);
  const sameDay = localDateOf(ms, deadline.timeZone) === localDateOf(ms, ctx.userZone);
  const yourPart = sameDay ? ctx.format.time(deadline.at, ctx.userZone) : mine;
  return { inStakeholderZone: theirs, inUserZone: mine, both: sameClock ? theirs : `${theirs} (${yourPart} your time)` };
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
