import type { Recipient, Suggestion as SuggestionDto, SuggestionReason as ReasonDto } from '@upfront/contracts';
import type { Suggestion, SuggestionReason, UserWorld } from '@upfront/core';
import type { Reader } from './to-people-by-id.js';
import type { WrittenSuggestion } from './write-suggestion.js';

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
    tone: written.reader.tone,
    subject: written.mail.subject,
    html: written.mail.html,
    text: written.mail.text,
    reason: toReasonDto(suggestion.reason),
    sendAt: suggestion.sendAt,
    period: suggestion.period,
    ...(draft ? { draft } : {}),
  };
}
