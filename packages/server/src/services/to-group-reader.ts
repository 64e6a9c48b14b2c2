import { createMailMessages, toMailReader, type MailReader, type MessageTone, type UserWorld } from '@upfront/core';
import type { Reader } from './to-people-by-id.js';

/** A recipient Upfront has no profile of (it is named by its address). */
export const unknownPerson = (id: string, world: UserWorld): Reader => ({
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
  const greet = (r: Reader) => r.givenName ?? r.displayName;
  const name = recipients.length > 1 ? createMailMessages(locale).list(recipients.map(greet)) : greet(first);
  return { ...toMailReader(first, world.user, name), locale, tone };
}
