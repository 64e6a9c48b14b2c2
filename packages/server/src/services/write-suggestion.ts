import { composeMeetingBrief, composeMessage, type ComposedMail, type Instant, type MailReader, type MessageTone, type Suggestion, type UserWorld } from '@upfront/core';
import { toGroupReader, unknownPerson } from './to-group-reader.js';
import { toPeopleById, type Reader } from './to-people-by-id.js';

/** A suggestion written out: its recipients, the reader it is written for, and the composed mail. */
export interface WrittenSuggestion {
  readonly recipients: readonly Reader[];
  readonly reader: MailReader;
  readonly mail: ComposedMail;
}

/** The user's choice for one message, over what is set for its readers (`compose`, or a draft with a new language). */
export interface WritingChoice {
  readonly language?: string;
  readonly tone?: MessageTone;
}

/**
 * Writes a suggestion in its readers' language (core's composers, ICU phrases per locale), or in the language and
 * tone the user chose for this one message. A meeting brief is the user's own note about the meeting: it is
 * written in the user's language, whoever attends.
 */
export function writeSuggestion(suggestion: Suggestion, world: UserWorld, now: Instant, people = toPeopleById(world), choice: WritingChoice = {}): WrittenSuggestion {
  const recipients = suggestion.recipientIds.map((id) => people.get(id.toLowerCase()) ?? unknownPerson(id, world));
  const group = toGroupReader(recipients, world);
  const readers = suggestion.reason.kind === 'meeting-brief' ? { ...group, locale: world.user.language } : group;
  const reader: MailReader = { ...readers, ...(choice.language === undefined ? {} : { locale: choice.language }), ...(choice.tone === undefined ? {} : { tone: choice.tone }) };
  const mail =
    suggestion.reason.kind === 'meeting-brief'
      ? composeMeetingBrief({ brief: suggestion.reason.brief, world, now })
      : composeMessage({ suggestion, world, reader, now });
  return { recipients, reader, mail };
}
