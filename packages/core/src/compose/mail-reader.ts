import { cityOf } from '../culture/city-of.js';
import type { MessageTone, Person, Stakeholder, UserProfile } from '../model/person.js';
import type { TimeZoneId } from '../time/types.js';

/** Who reads a message: their language, the tone the user set for them, their zone and city. */
export interface MailReader {
  /** The person's id (lower-cased email): picks their reading of each deadline. */
  readonly personId: string;
  /** How the greeting names them (`Jonas`); the display name when nothing better is known. */
  readonly name: string;
  /** BCP 47 tag: the words follow its language, dates and numbers the exact tag. */
  readonly locale: string;
  readonly tone: MessageTone;
  readonly timeZone: TimeZoneId;
  /** The city they are in, as people say it. */
  readonly city: string;
}

/**
 * The reader a stakeholder (or any person) is: their language and tone as the user set them, defaulting to the
 * user's language and `direct`; their zone and city (profile first, the zone's city as a fallback).
 * @example toMailReader(jonas, maya) // { personId: 'jonas.weber@…', locale: 'de-DE', tone: 'direct', city: 'Berlin', … }
 */
export function toMailReader(person: Person & Partial<Pick<Stakeholder, 'language' | 'tone'>>, user: UserProfile, name = person.givenName ?? person.displayName): MailReader {
  return {
    personId: person.id,
    name,
    locale: person.language ?? user.language,
    tone: person.tone ?? 'direct',
    timeZone: person.timeZone,
    city: person.city ?? cityOf(person.timeZone),
  };
}
