import type { UserWorld } from '../model/world.js';
import type { StakeholderDeadline } from '../risk/types.js';
import type {
  ConfirmItem,
  DeliveredItem,
  HeadsUpItem,
  HelpAsk,
  OnTrackItem,
  RecipientReading,
  Suggestion,
  SuggestionReason,
} from '../suggest/types.js';
import type { Instant } from '../time/types.js';
import { localDateOf, instantMs } from '../time/zoned-time.js';
import { toSelectKey } from '../culture/mail/to-select-key.js';
import { cleanText, createComposeContext, letter, readerMoment, toComposedMail, type ComposeContext } from './compose-context.js';
import { ComposeError } from './compose-error.js';
import type { ComposedMail } from './composed-mail.js';
import type { MailBlock } from './mail-document.js';
import type { MailReader } from './mail-reader.js';

/** The kinds `composeMessage` writes to one reader (briefs and digests have their own composers). */
export type MessageKind = 'heads-up' | 'confirm-promise' | 'on-track' | 'delivered' | 'ask-for-help';

/** What writing one message needs: the suggestion (its reason holds the facts), the world for names, the reader. */
export interface ComposeMessageInput {
  readonly suggestion: Suggestion;
  readonly world: UserWorld;
  /** One of the suggestion's recipients, in their language, tone and zone. */
  readonly reader: MailReader;
  readonly now: Instant;
}

type MessageReason = Extract<SuggestionReason, { kind: MessageKind }>;

function readingOf(readings: readonly RecipientReading[], reader: MailReader): RecipientReading | undefined {
  return readings.find((r) => r.recipientId === reader.personId) ?? readings[0];
}

const STYLE_WORDS = { 'start-of-business-day': 'start', 'close-of-business-day': 'close', 'end-of-day': 'end', 'exact-time': 'exact' } as const;

function dayOf(at: Instant, reader: MailReader) {
  return localDateOf(instantMs(at), reader.timeZone);
}

function headsUp(ctx: ComposeContext, reader: MailReader, items: readonly HeadsUpItem[]): { subject: string; body: MailBlock[] } {
  const tone = reader.tone;
  const body: MailBlock[] = [];
  const several = items.length > 1;
  if (several) body.push({ kind: 'paragraph', text: ctx.say('headsUpIntro', { tone, count: items.length }) });
  const newDates: string[] = [];
  for (const item of items) {
    const title = ctx.title(item.title);
    const reading = readingOf(item.readings, reader);
    const deadline = reading?.deadline;
    if (several) body.push({ kind: 'heading', text: title });
    const firstDeadline = deadline === undefined ? '' : readerMoment(ctx, reader, deadline.at);
    body.push({ kind: 'paragraph', text: ctx.say('headsUpOpening', { tone, title, state: toSelectKey(item.to), firstDeadline, first: several ? 'no' : 'yes' }) });
    const f = item.figures;
    const own = ctx.hours(f.ownMinutes);
    const free = ctx.hours(f.freeMinutes);
    const cause = item.cause;
    if (cause?.kind === 'earlier-work') {
      const roots = cause.roots.map((r) => ctx.title(r.title));
      body.push({ kind: 'paragraph', text: ctx.say('causeEarlierWork', { tone, title, roots: ctx.list(roots), rootCount: roots.length, competing: ctx.hours(f.competingMinutes), free, own }) });
    } else if (cause?.kind === 'own-effort') {
      body.push({ kind: 'paragraph', text: ctx.say('causeOwnEffort', { tone, title, own, free, short: ctx.hours(cause.shortMinutes) }) });
    } else {
      body.push({ kind: 'paragraph', text: ctx.say('causeOverdue', { tone, own, hasWork: f.ownMinutes > 0 ? 'yes' : 'no' }) });
    }
    const promised: StakeholderDeadline | undefined = reading?.promised ?? (item.promise?.kind === 'date' ? item.promise.deadline : undefined);
    if (promised !== undefined) {
      // The first promise stays visible: what was first promised (memory), else the deadline as this reader read it.
      const firstOn = item.history.firstOn ?? deadline?.effectiveOn;
      const newDate = ctx.date(promised.effectiveOn);
      newDates.push(newDate);
      body.push({
        kind: 'paragraph',
        text: ctx.say('newDate', {
          tone,
          newDeadline: readerMoment(ctx, reader, promised.at),
          firstDate: firstOn === undefined ? '' : ctx.date(firstOn),
          newDate,
          firstDateLong: firstOn === undefined ? '' : ctx.dateLong(firstOn),
          newDateLong: ctx.dateLong(promised.effectiveOn),
        }),
      });
    } else if (item.promise?.kind === 'none') {
      body.push({ kind: 'paragraph', text: ctx.say('noNewDate', { tone, reason: toSelectKey(item.promise.reason), until: ctx.dateLong(item.promise.searchedUntil) }) });
    }
    for (const option of item.help) {
      if (option.kind === 'colleague') {
        body.push({ kind: 'paragraph', text: ctx.say('headsUpHelp', { tone, colleague: ctx.nameOf(option.colleagueId), hours: ctx.hours(option.minutes), title }) });
      }
    }
  }
  const allDated = newDates.length === items.length;
  const hasDate = !allDated ? 'no' : several ? 'several' : 'yes';
  body.push({ kind: 'paragraph', text: ctx.say('headsUpAsk', { tone, hasDate, newDate: newDates[0] ?? '' }) });
  body.push({ kind: 'paragraph', text: ctx.say('headsUpThanks', { tone }) });
  const first = items[0];
  const subject = ctx.say('headsUpSubject', {
    tone,
    count: items.length,
    title: ctx.title(first?.title ?? ''),
    hasDate: newDates.length > 0 && !several ? 'yes' : 'no',
    newDate: newDates[0] ?? '',
  });
  return { subject, body };
}

function confirm(ctx: ComposeContext, reader: MailReader, items: readonly ConfirmItem[]): { subject: string; body: MailBlock[] } {
  const tone = reader.tone;
  const body: MailBlock[] = [];
  let firstDate = '';
  for (const item of items) {
    const title = ctx.title(item.title);
    const deadline = readingOf(item.readings, reader)?.deadline;
    if (deadline === undefined) continue;
    if (firstDate === '') firstDate = ctx.date(deadline.effectiveOn);
    const style = ctx.say('deadlineStyle', { tone, style: STYLE_WORDS[deadline.style.kind] });
    body.push({ kind: 'paragraph', text: ctx.say('confirmOpening', { tone, first: body.length === 0 ? 'yes' : 'no', title, deadline: readerMoment(ctx, reader, deadline.at), hasStyle: style === '' ? 'no' : 'yes', style }) });
    if (deadline.moved !== undefined) {
      body.push({
        kind: 'paragraph',
        text: ctx.say('movedDeadline', {
          tone,
          why: deadline.moved.why,
          holiday: cleanText(deadline.moved.holidayName ?? ''),
          dueDate: ctx.dateLong(deadline.dueOn),
          effectiveDate: ctx.dateLong(deadline.effectiveOn),
        }),
      });
    }
  }
  body.push({ kind: 'paragraph', text: ctx.say('confirmAsk', { tone }) });
  body.push({ kind: 'paragraph', text: ctx.say('confirmThanks', { tone }) });
  const subject = ctx.say('confirmSubject', { tone, count: items.length, title: ctx.title(items[0]?.title ?? ''), date: firstDate });
  return { subject, body };
}

function onTrack(ctx: ComposeContext, reader: MailReader, items: readonly OnTrackItem[]): { subject: string; body: MailBlock[] } {
  const tone = reader.tone;
  const body: MailBlock[] = [];
  let firstDate = '';
  for (const item of items) {
    const title = ctx.title(item.title);
    const deadline = readingOf(item.readings, reader)?.deadline;
    if (deadline === undefined) continue;
    if (firstDate === '') firstDate = ctx.date(deadline.effectiveOn);
    body.push({ kind: 'paragraph', text: ctx.say('onTrackOpening', { tone, first: body.length === 0 ? 'yes' : 'no', title, deadline: readerMoment(ctx, reader, deadline.at) }) });
    const work = ctx.world.items.find((w) => w.id === item.itemId);
    const progress =
      work === undefined
        ? ''
        : work.checklist.total > 0
          ? ctx.say('progress', { kind: 'checklist', done: work.checklist.done, total: work.checklist.total, percent: 0 })
          : work.percentComplete !== undefined && work.percentComplete > 0
            ? ctx.say('progress', { kind: 'percent', done: 0, total: 0, percent: work.percentComplete })
            : '';
    const figures = ctx.say('onTrackFigures', { tone, own: ctx.hours(item.figures.ownMinutes), free: ctx.hours(item.figures.freeMinutes) });
    body.push({ kind: 'paragraph', text: progress === '' ? figures : `${progress} ${figures}` });
  }
  body.push({ kind: 'paragraph', text: ctx.say('onTrackAsk', { tone }) });
  const subject = ctx.say('onTrackSubject', { tone, count: items.length, title: ctx.title(items[0]?.title ?? ''), date: firstDate });
  return { subject, body };
}

function delivered(ctx: ComposeContext, reader: MailReader, items: readonly DeliveredItem[]): { subject: string; body: MailBlock[] } {
  const tone = reader.tone;
  const body: MailBlock[] = [];
  for (const item of items) {
    const title = ctx.title(item.title);
    const deadline = readingOf(item.readings, reader)?.deadline;
    const firstOn = item.history.firstOn ?? deadline?.effectiveOn;
    const onTime = item.onTime === undefined ? 'unknown' : item.onTime ? 'yes' : 'no';
    body.push({
      kind: 'paragraph',
      text: ctx.say('deliveredOpening', { tone, first: body.length === 0 ? 'yes' : 'no', title, date: ctx.dateLong(dayOf(item.completedAt, reader)), onTime, firstDate: firstOn === undefined ? '' : ctx.date(firstOn) }),
    });
    // The reader is thanked as "you" when they worked on it too, never in the third person.
    const you = item.thankIds.includes(reader.personId) ? 'yes' : 'no';
    const names = item.thankIds.filter((id) => id !== reader.personId).map((id) => ctx.nameOf(id));
    if (names.length > 0 || you === 'yes') body.push({ kind: 'paragraph', text: ctx.say('deliveredCredit', { tone, you, names: ctx.list(names), count: names.length }) });
  }
  body.push({ kind: 'paragraph', text: ctx.say('deliveredAsk', { tone }) });
  body.push({ kind: 'paragraph', text: ctx.say('deliveredThanks', { tone }) });
  const subject = ctx.say('deliveredSubject', { tone, count: items.length, title: ctx.title(items[0]?.title ?? '') });
  return { subject, body };
}

function askForHelp(ctx: ComposeContext, reader: MailReader, items: readonly HelpAsk[]): { subject: string; body: MailBlock[] } {
  const tone = reader.tone;
  const body: MailBlock[] = [];
  for (const item of items) {
    const title = ctx.title(item.title);
    const work = ctx.world.items.find((w) => w.id === item.itemId);
    const stakeholders = (work?.stakeholderIds ?? []).filter((id) => id !== reader.personId).map((id) => ctx.nameOf(id));
    body.push({ kind: 'paragraph', text: ctx.say('helpOpening', { tone, first: body.length === 0 ? 'yes' : 'no', title, hours: ctx.hours(item.minutes), deadline: readerMoment(ctx, reader, item.deadline.at) }) });
    const why = ctx.say('helpWhy', { tone, short: ctx.hours(item.shortMinutes), stakeholders: ctx.list(stakeholders), stakeholderCount: stakeholders.length });
    body.push({ kind: 'paragraph', text: `${why} ${ctx.say('helpTheirTime', { tone, freeHours: ctx.hours(item.freeMinutes) })}` });
  }
  body.push({ kind: 'paragraph', text: ctx.say('helpAsk', { tone }) });
  body.push({ kind: 'paragraph', text: ctx.say('helpThanks', { tone }) });
  const subject = ctx.say('helpSubject', { tone, count: items.length, title: ctx.title(items[0]?.title ?? '') });
  return { subject, body };
}

function bodyOf(ctx: ComposeContext, reader: MailReader, reason: MessageReason): { subject: string; body: MailBlock[] } {
  switch (reason.kind) {
    case 'heads-up':
      return headsUp(ctx, reader, reason.items);
    case 'confirm-promise':
      return confirm(ctx, reader, reason.items);
    case 'on-track':
      return onTrack(ctx, reader, reason.items);
    case 'delivered':
      return delivered(ctx, reader, reason.items);
    case 'ask-for-help':
      return askForHelp(ctx, reader, reason.items);
  }
}

function isMessageReason(reason: SuggestionReason): reason is MessageReason {
  return reason.kind !== 'meeting-brief' && reason.kind !== 'weekly-digest';
}

/**
 * Writes one suggested update for one reader, in their language, tone and zone: the subject and the body as
 * HTML and text, with its honest parts (what changed, why, the new date with the first promise beside it,
 * what I need and from whom, the thanks). Nothing is sent: the result becomes a draft the user reviews.
 * Throws `ComposeError` (`COMPOSE_UNSUPPORTED_KIND`) for a meeting brief or a digest (see their composers).
 * @example composeMessage({ suggestion: headsUp, world, reader: toMailReader(camille, world.user), now }).subject
 * // 'Point sur « Partner API spec v2 » : nouvelle date, mer. 9 déc.' (diplomatic)
 */
export function composeMessage(input: ComposeMessageInput): ComposedMail {
  const { suggestion, world, reader, now } = input;
  const reason = suggestion.reason;
  if (!isMessageReason(reason)) throw new ComposeError('COMPOSE_UNSUPPORTED_KIND', `composeMessage does not write ${reason.kind}`);
  const ctx = createComposeContext(world, reader.locale, now);
  const { subject, body } = bodyOf(ctx, reader, reason);
  return toComposedMail(ctx, subject, letter(ctx, reader, body));
}
