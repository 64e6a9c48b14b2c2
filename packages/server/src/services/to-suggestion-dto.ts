import type { Recipient, Suggestion as SuggestionDto, SuggestionReason as ReasonDto } from '@upfront/contracts';
import {
  composeMeetingBrief,
  composeMessage,
  createMailMessages,
  toMailReader,
  type ComposedMail,
  type Instant,
  type MailReader,
  type MessageTone,
  type Person,
  type Stakeholder,
  type Suggestion,
  type SuggestionReason,
  type UserWorld,
} from '@upfront/core';

type Reader = Person & Partial<Pick<Stakeholder, 'language' | 'tone'>>;

/** Everyone a message may be addressed to, by lower-cased id: stakeholders (with their language and tone), people, colleagues. */
export function toPeopleById(world: UserWorld): Map<string, Reader> {
  const people = new Map<string, Reader>();
  for (const p of [...(world.people ?? []), ...(world.colleagues ?? []), ...world.stakeholders]) people.set(p.id.toLowerCase(), p);
  return people;
}

/** A recipient Upfront has no profile of (it is named by its address). */
const unknownPerson = (id: string, world: UserWorld): Reader => ({
  id,
  displayName: id,
  email: id,
  timeZone: world.user.timeZone,
  workingHours: world.user.workingHours,
});

/**
 * Who a message to these people is written for: their language when they share one, else the user's; the most
 * careful tone any of them was given (`diplomatic` over `direct`); the first recipient's zone and reading; the
 * greeting names them all.
 */
export function toGroupReader(recipients: readonly Reader[], world: UserWorld): MailReader {
  const languages = new Set(recipients.map((r) => r.language ?? world.user.language));
  const locale = languages.size === 1 ? [...languages][0]! : world.user.language;
  const tone: MessageTone = recipients.some((r) => r.tone === 'diplomatic') ? 'diplomatic' : 'direct';
  const first = recipients[0] ?? unknownPerson(world.user.email, world);
  const name = recipients.length > 1 ? createMailMessages(locale).list(recipients.map((r) => r.displayName)) : first.displayName;
  return { ...toMailReader(first, world.user, name), locale, tone };
}

function toReasonDto(reason: SuggestionReason): ReasonDto {
  switch (reason.kind) {
    case 'heads-up':
      return {
        kind: 'heads-up',
        items: reason.items.map((i) => ({
          itemId: i.itemId,
          title: i.title,
          ...(i.from === undefined ? {} : { from: i.from }),
          to: i.to,
          ...(i.promise?.kind === 'date' ? { promisedOn: i.promise.on } : {}),
          ...(i.history.firstOn !== undefined && i.history.firstOn !== i.history.currentOn ? { firstPromisedOn: i.history.firstOn } : {}),
        })),
      };
    case 'confirm-promise':
      return { kind: 'confirm-promise', items: reason.items.map((i) => ({ itemId: i.itemId, title: i.title, createdAt: i.createdAt })) };
    case 'on-track':
      return {
        kind: 'on-track',
        items: reason.items.map((i) => ({ itemId: i.itemId, title: i.title })),
        contacts: reason.contacts.map((c) => ({
          recipientId: c.recipientId,
          ...(c.lastContactAt === undefined ? {} : { lastContactAt: c.lastContactAt }),
          ...(c.silentDays === undefined ? {} : { silentDays: c.silentDays }),
        })),
      };
    case 'delivered':
      return {
        kind: 'delivered',
        items: reason.items.map((i) => ({ itemId: i.itemId, title: i.title, completedAt: i.completedAt, thankIds: [...i.thankIds], ...(i.onTime === undefined ? {} : { onTime: i.onTime }) })),
      };
    case 'ask-for-help':
      return { kind: 'ask-for-help', colleagueId: reason.colleagueId, items: reason.items.map((i) => ({ itemId: i.itemId, title: i.title, minutes: i.minutes, shortMinutes: i.shortMinutes })) };
    case 'meeting-brief':
      return { kind: 'meeting-brief', meetingId: reason.brief.meetingId, subject: reason.brief.subject, startAt: reason.brief.startAt };
    case 'weekly-digest':
      return { kind: 'weekly-digest', period: reason.digest.period };
  }
}

/** A suggestion written out: its recipients, the reader it is written for, and the composed mail. */
export interface WrittenSuggestion {
  readonly recipients: readonly Reader[];
  readonly reader: MailReader;
  readonly mail: ComposedMail;
}

/**
 * Writes a suggestion in its readers' language (core's composers, ICU phrases per locale). A meeting brief is
 * written as the user's note about the meeting, in the readers' language.
 */
export function writeSuggestion(suggestion: Suggestion, world: UserWorld, now: Instant, people = toPeopleById(world)): WrittenSuggestion {
  const recipients = suggestion.recipientIds.map((id) => people.get(id.toLowerCase()) ?? unknownPerson(id, world));
  const reader = toGroupReader(recipients, world);
  const mail =
    suggestion.reason.kind === 'meeting-brief'
      ? composeMeetingBrief({ brief: suggestion.reason.brief, world: { ...world, user: { ...world.user, language: reader.locale } }, now })
      : composeMessage({ suggestion, world, reader, now });
  return { recipients, reader, mail };
}

const toRecipient = (p: Reader, world: UserWorld): Recipient => ({
  id: p.id.toLowerCase(),
  displayName: p.displayName,
  email: p.email,
  language: p.language ?? world.user.language,
  timeZone: p.timeZone,
});

/** The API's view of a suggestion: who, what (subject and bodies in their language), why (facts) and when. */
export function toSuggestionDto(suggestion: Suggestion, written: WrittenSuggestion, world: UserWorld, draft?: SuggestionDto['draft']): SuggestionDto {
  return {
    id: suggestion.id,
    kind: suggestion.kind,
    severity: suggestion.severity,
    recipients: written.recipients.map((p) => toRecipient(p, world)),
    itemIds: [...suggestion.itemIds],
    language: written.mail.locale,
    subject: written.mail.subject,
    html: written.mail.html,
    text: written.mail.text,
    reason: toReasonDto(suggestion.reason),
    sendAt: suggestion.sendAt,
    period: suggestion.period,
    ...(draft ? { draft } : {}),
  };
}
