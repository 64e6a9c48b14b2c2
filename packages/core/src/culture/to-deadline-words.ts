import type { StakeholderDeadline } from '../risk/types.js';
import type { TimeZoneId } from '../time/types.js';
import { instantMs, localDateOf, offsetMinutes } from '../time/zoned-time.js';
import type { Formatter } from './create-formatter.js';
import type { Messages } from './create-messages.js';
import type { ReportPhraseId } from './report/report-phrases.js';
import { reportMessagesFor } from './report-messages.js';

/**
 * What writing a deadline needs: the formatter (its locale picks the words), the user's zone, and the city of
 * each reader (profile first, the zone's city as a fallback; the user's own under `undefined`).
 */
export interface DeadlineContext {
  readonly format: Formatter;
  readonly userZone: TimeZoneId;
  readonly cityOf: (stakeholderId: string | undefined, zone: TimeZoneId) => string;
}

/** The facts a deadline is written from: when, in whose zone (a `StakeholderDeadline` is one). */
export interface DeadlineFacts {
  readonly stakeholderId?: string;
  readonly at: StakeholderDeadline['at'];
  readonly timeZone: TimeZoneId;
}

/** A deadline written for people, in the reader's zone and in the user's. */
export interface DeadlineWords {
  /** `Thu 10 Dec, 17:00 Berlin` */
  readonly inStakeholderZone: string;
  /** `Thu 10 Dec, 08:00` (the user's wall clock) */
  readonly inUserZone: string;
  /**
   * `Thu 10 Dec, 17:00 Berlin (08:00 your time)`, `jeu. 10 déc., 17:00 Berlin (08:00 pour vous)`; the reader's
   * moment alone when the user's clock shows the same. The user's part is only the time on the same day.
   */
  readonly both: string;
}

/**
 * Writes one deadline for a reader, in the formatter's locale: the moment in the reader's zone with their city,
 * and the user's own time beside it when it differs.
 * @example toDeadlineWords({ at: '2026-12-10T16:00:00Z', timeZone: 'Europe/Berlin', stakeholderId: 'lena@x' }, ctx).both
 * // 'Thu 10 Dec, 17:00 Berlin (08:00 your time)' (en-GB, the user in San Francisco)
 */
export function toDeadlineWords(deadline: DeadlineFacts, ctx: DeadlineContext): DeadlineWords {
  return writeDeadline(reportMessagesFor(ctx.format.locale), deadline, ctx);
}

/** Whether two zones show the same wall clock at an instant (Berlin and Paris do; Berlin and London do not). */
export function isSameWallClock(ms: number, a: TimeZoneId, b: TimeZoneId): boolean {
  return a === b || offsetMinutes(ms, a) === offsetMinutes(ms, b);
}

/** `toDeadlineWords` with the messages of a given locale (the report's words pass theirs). */
export function writeDeadline(messages: Messages<ReportPhraseId>, deadline: DeadlineFacts, ctx: DeadlineContext): DeadlineWords {
  const theirMoment = ctx.format.moment(deadline.at, deadline.timeZone);
  const theirs = messages.say('deadlineInZone', { moment: theirMoment, city: ctx.cityOf(deadline.stakeholderId, deadline.timeZone) });
  const mine = ctx.format.moment(deadline.at, ctx.userZone);
  const ms = instantMs(deadline.at);
  if (isSameWallClock(ms, deadline.timeZone, ctx.userZone)) return { inStakeholderZone: theirs, inUserZone: mine, both: theirs };
  const sameDay = localDateOf(ms, deadline.timeZone) === localDateOf(ms, ctx.userZone);
  const yours = sameDay ? ctx.format.time(deadline.at, ctx.userZone) : mine;
  return { inStakeholderZone: theirs, inUserZone: mine, both: messages.say('deadlineWithYours', { theirs, yours }) };
}
