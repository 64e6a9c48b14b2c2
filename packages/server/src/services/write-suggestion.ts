import { composeMeetingBrief, composeMessage, type ComposedMail, type Instant, type MailReader, type Suggestion, type UserWorld } from '@upfront/core';
import { toGroupReader, unknownPerson } from './to-group-reader.js';
import { toPeopleById, type Reader } from './to-people-by-id.js';

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
