import type { Person, Stakeholder, UserWorld } from '@upfront/core';

/** Someone a message may be written to: a person, with the language and tone the user set when a stakeholder. */
export type Reader = Person & Partial<Pick<Stakeholder, 'language' | 'tone'>>;

/** Everyone a message may be addressed to, by lower-cased id: stakeholders (with their language and tone), people, colleagues. */
export function toPeopleById(world: UserWorld): Map<string, Reader> {
  const people = new Map<string, Reader>();
  for (const p of [...(world.people ?? []), ...(world.colleagues ?? []), ...world.stakeholders]) people.set(p.id.toLowerCase(), p);
  return people;
}
