import type { Recipient, SuggestionReason } from '@upfront/contracts';
import { createMessages, toSupportedLocale, type Messages, type Phrases, type SupportedLocale } from '@upfront/core';
import type { TabFormatter } from '../../format/create-tab-formatter.js';

type ReasonId =
  | 'headsUpItem'
  | 'confirmItem'
  | 'onTrack'
  | 'onTrackSilent'
  | 'deliveredItem'
  | 'askForHelp'
  | 'helpOffer'
  | 'meetingBrief'
  | 'weeklyDigest'
  | 'sendAt'
  | 'withTheirTimes'
  | 'theirTime';

/**
 * Why Upfront suggests a message, in the tab's words (ICU messages; the message itself is written by core in its
 * readers' language). English for every locale until the tab's words move to per-locale culture data.
 */
const EN: Phrases<ReasonId> = {
  headsUpItem:
    '“{title}” is {to, select, atRisk {now at risk} offTrack {now off track} other {overdue}}{promised, select, none {} other {: you can promise {promised}}}{first, select, none {} other { (first promised {first})}}',
  confirmItem: 'New commitment: “{title}”. Agree on what done and the deadline mean before the work starts.',
  onTrack: '{names} {count, plural, one {has} other {have}} not heard from you for {days, plural, one {# day} other {# days}}; {titles} {items, plural, one {is} other {are}} on track.',
  onTrackSilent: '{names} {count, plural, one {has} other {have}} not heard from you about {titles}, which {items, plural, one {is} other {are}} on track.',
  deliveredItem: 'You finished “{title}”{thanks, select, none {} other {: thank {thanks}}}.',
  askForHelp: '{colleague} has free time before the deadline and could take {offers}.',
  helpOffer: '{hours} of “{title}”',
  meetingBrief: 'Before “{subject}” ({when}): what you owe each person, how it stands, and their day.',
  weeklyDigest: 'Your weekly digest ({period}): done, in progress, at risk, and where you need help.',
  sendAt: 'Best sent {when}',
  withTheirTimes: '{mine} ({theirs})',
  theirTime: '{time} for {name}',
};

/** ICU selector keys are identifiers: the states as the messages select on them. */
const SELECTOR = { 'at-risk': 'atRisk', 'off-track': 'offTrack', overdue: 'overdue' } as const;

const PHRASES: Partial<Record<SupportedLocale, Phrases<ReasonId>>> = { 'en-US': EN, 'en-GB': EN };

/** What the words of a reason need: the tab's formatter, the recipients (names by id) and the user's zone. */
export interface ReasonContext {
  readonly format: TabFormatter;
  readonly recipients: readonly Recipient[];
  readonly userZone: string;
}

function messagesFor(locale: string): Messages<ReasonId> {
  const supported = toSupportedLocale(locale);
  return createMessages(PHRASES[supported] ? supported : 'en-GB', PHRASES[supported] ?? EN);
}

/** The reason as the user reads it in the tab. */
export function describeReason(reason: SuggestionReason, ctx: ReasonContext): string {
  const m = messagesFor(ctx.format.locale);
  const nameOf = (id: string) => ctx.recipients.find((r) => r.id === id)?.displayName ?? id;
  const titles = (items: readonly { title: string }[]) => m.list(items.map((i) => `“${i.title}”`));
  switch (reason.kind) {
    case 'heads-up':
      return reason.items
        .map((i) =>
          m.say('headsUpItem', {
            title: i.title,
            to: SELECTOR[i.to],
            promised: i.promisedOn === undefined ? 'none' : ctx.format.date(i.promisedOn),
            first: i.firstPromisedOn === undefined || i.firstPromisedOn === i.promisedOn ? 'none' : ctx.format.date(i.firstPromisedOn),
          }),
        )
        .join(' ');
    case 'confirm-promise':
      return reason.items.map((i) => m.say('confirmItem', { title: i.title })).join(' ');
    case 'on-track': {
      const silent = reason.contacts.map((c) => c.silentDays).filter((d): d is number => d !== undefined);
      const names = m.list(reason.contacts.map((c) => nameOf(c.recipientId)));
      const values = { names, count: reason.contacts.length, titles: titles(reason.items), items: reason.items.length };
      return silent.length === 0 ? m.say('onTrackSilent', values) : m.say('onTrack', { ...values, days: Math.min(...silent) });
    }
    case 'delivered':
      return reason.items
        .map((i) => m.say('deliveredItem', { title: i.title, thanks: i.thankIds.length === 0 ? 'none' : m.list(i.thankIds.map(nameOf)) }))
        .join(' ');
    case 'ask-for-help':
      return m.say('askForHelp', {
        colleague: nameOf(reason.colleagueId),
        offers: m.list(reason.items.map((i) => m.say('helpOffer', { hours: ctx.format.hours(i.minutes), title: i.title }))),
      });
    case 'meeting-brief':
      return m.say('meetingBrief', { subject: reason.subject, when: ctx.format.moment(reason.startAt, ctx.userZone) });
    case 'weekly-digest':
      return m.say('weeklyDigest', { period: reason.period });
  }
}

/** When to send, on the user's clock, with each recipient's own time when their clock differs. */
export function describeSendAt(sendAt: string, ctx: ReasonContext): string {
  const m = messagesFor(ctx.format.locale);
  const mine = ctx.format.moment(sendAt, ctx.userZone);
  const theirs = ctx.recipients
    .filter((r) => ctx.format.time(sendAt, r.timeZone) !== ctx.format.time(sendAt, ctx.userZone))
    .map((r) => m.say('theirTime', { time: ctx.format.time(sendAt, r.timeZone), name: r.displayName }));
  return m.say('sendAt', { when: theirs.length === 0 ? mine : m.say('withTheirTimes', { mine, theirs: m.list(theirs) }) });
}
