import type { Recipient, SuggestionReason } from '@upfront/contracts';
import type { Messages, UpdatesTextId } from '@upfront/core';
import type { TabFormatter } from '../../format/create-tab-formatter.js';

/** ICU selector keys are identifiers: the states as the messages select on them. */
const SELECTOR = { 'at-risk': 'atRisk', 'off-track': 'offTrack', overdue: 'overdue' } as const;

/** What the words of a reason need: the view's words, the tab's formatter, the recipients (names by id) and the user's zone. */
export interface ReasonContext {
  readonly text: Messages<UpdatesTextId>;
  readonly format: TabFormatter;
  readonly recipients: readonly Recipient[];
  readonly userZone: string;
}

/**
 * The reason as the user reads it in the tab: the facts mapped to the values of `UPDATES_TEXT`'s messages (the
 * sentences themselves live in core's culture data, one file per locale).
 */
export function describeReason(reason: SuggestionReason, ctx: ReasonContext): string {
  const m = ctx.text;
  const nameOf = (id: string) => ctx.recipients.find((r) => r.id === id)?.displayName ?? id;
  const quoted = (title: string) => m.say('quoted', { title });
  const titles = (items: readonly { title: string }[]) => m.list(items.map((i) => quoted(i.title)));
  switch (reason.kind) {
    case 'heads-up':
      return reason.items
        .map((i) =>
          m.say('headsUpItem', {
            title: quoted(i.title),
            to: SELECTOR[i.to],
            promised: i.promisedOn === undefined ? 'none' : ctx.format.date(i.promisedOn),
            first: i.firstPromisedOn === undefined || i.firstPromisedOn === i.promisedOn ? 'none' : ctx.format.date(i.firstPromisedOn),
          }),
        )
        .join(' ');
    case 'confirm-promise':
      return reason.items.map((i) => m.say('confirmItem', { title: quoted(i.title) })).join(' ');
    case 'on-track': {
      const silent = reason.contacts.map((c) => c.silentDays).filter((d): d is number => d !== undefined);
      const names = m.list(reason.contacts.map((c) => nameOf(c.recipientId)));
      const values = { names, count: reason.contacts.length, titles: titles(reason.items), items: reason.items.length };
      return silent.length === 0 ? m.say('onTrackSilent', values) : m.say('onTrack', { ...values, days: Math.min(...silent) });
    }
    case 'delivered':
      return reason.items
        .map((i) => m.say('deliveredItem', { title: quoted(i.title), thanks: i.thankIds.length === 0 ? 'none' : m.list(i.thankIds.map(nameOf)) }))
        .join(' ');
    case 'ask-for-help':
      return m.say('askForHelp', {
        colleague: nameOf(reason.colleagueId),
        offers: m.list(reason.items.map((i) => m.say('helpOffer', { hours: ctx.format.hours(i.minutes), title: quoted(i.title) }))),
      });
    case 'meeting-brief':
      return m.say('meetingBrief', { subject: reason.subject, when: ctx.format.moment(reason.startAt, ctx.userZone) });
    case 'weekly-digest':
      return m.say('weeklyDigest', { period: reason.period });
  }
}

/** When to send, on the user's clock, with each recipient's own time when their clock differs. */
export function describeSendAt(sendAt: string, ctx: ReasonContext): string {
  const m = ctx.text;
  const mine = ctx.format.moment(sendAt, ctx.userZone);
  const theirs = ctx.recipients
    .filter((r) => ctx.format.time(sendAt, r.timeZone) !== ctx.format.time(sendAt, ctx.userZone))
    .map((r) => m.say('theirTime', { time: ctx.format.time(sendAt, r.timeZone), name: r.displayName }));
  return m.say('sendAt', { when: theirs.length === 0 ? mine : m.say('withTheirTimes', { mine, theirs: m.list(theirs) }) });
}

/** ICU select keys cannot hold `-`: a kind, severity or language tag as the messages select on it (`heads-up` → `headsUp`). */
export function toSelectKey(value: string): string {
  return value.replace(/-([a-zA-Z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * A language's name in the view's words (`French`, `allemand`); a language the catalogue does not name (`en-IN`)
 * by the locale's own display names (`anglais (Inde)`).
 */
export function describeLanguage(text: Messages<UpdatesTextId>, tag: string, as: 'language' | 'languageOption' = 'language'): string {
  let name = tag;
  try {
    name = new Intl.DisplayNames([text.locale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // Not a BCP 47 tag: its text is the best name there is.
    name = tag;
  }
  return text.say(as, { language: toSelectKey(tag), name });
}
