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
 * Writes a suggestion in its readers' language (core's composers, ICU phrases per locale). A meeting brief is the
 * user's own note about the meeting: it is written in the user's language, whoever attends.
 */
export function writeSuggestion(suggestion: Suggestion, world: UserWorld, now: Instant, people = toPeopleById(world)): WrittenSuggestion {
  const recipients = suggestion.recipientIds.map((id) => people.get(id.toLowerCase()) ?? unknownPerson(id, world));
  const group = toGroupReader(recipients, world);
  const reader = suggestion.reason.kind === 'meeting-brief' ? { ...group, locale: world.user.language } : group;
  const mail =
    suggestion.reason.kind === 'meeting-brief'
      ? composeMeetingBrief({ brief: suggestion.reason.brief, world, now })
      : composeMessage({ suggestion, world, reader, now });
  return { recipients, reader, mail };
}
