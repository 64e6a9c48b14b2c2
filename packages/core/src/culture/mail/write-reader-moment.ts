import type { TimeZoneId } from '../../time/types.js';
import { instantMs, localDateOf } from '../../time/zoned-time.js';
import type { Formatter } from '../create-formatter.js';
import type { Messages } from '../create-messages.js';
import type { MailPhraseId } from './mail-phrases.js';

/** Whose moment, and where: the reader's zone and the city they are in, and the user's zone beside it. */
export interface ReaderMomentContext {
  /** The reader's formatter (their locale). */
  readonly format: Formatter;
  /** The reader's mail words (their language). */
  readonly messages: Messages<MailPhraseId>;
  readonly readerZone: TimeZoneId;
  /** The city the reader is in, as people say it (profile first, the zone's city as a fallback). */
  readonly readerCity: string;
  /** The user's (the writer's) zone: their own clock goes beside the reader's when it differs. */
  readonly userZone: TimeZoneId;
}

/**
 * Writes a moment for a reader in their words and zone, the way a letter would: the long date, the time and
 * their city, with the writer's own clock beside it when it shows something else (the writer's date too when
 * it is another day there).
 * @example writeReaderMoment('2026-12-04T16:00:00Z', frCamille)
 * // 'vendredi 4 décembre, 17:00 heure de Paris (08:00 pour moi)' (the writer in San Francisco)
 */
export function writeReaderMoment(at: Parameters<Formatter['time']>[0], ctx: ReaderMomentContext): string {
  const ms = typeof at === 'number' ? at : instantMs(at);
  const theirDay = localDateOf(ms, ctx.readerZone);
  const time = ctx.format.time(ms, ctx.readerZone);
  const myTime = ctx.format.time(ms, ctx.userZone);
  const sameDay = theirDay === localDateOf(ms, ctx.userZone);
  const mine = sameDay && myTime === time ? 'none' : sameDay ? 'sameDay' : 'otherDay';
  return ctx.messages.say('readerMoment', {
    date: ctx.format.dateLong(theirDay),
    time,
    city: ctx.readerCity,
    mine,
    myTime,
    myMoment: ctx.format.moment(ms, ctx.userZone),
  });
}
