import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../culture/supported-locales.js';
import type { Meeting } from '../model/calendar.js';
import type { UserWorld } from '../model/world.js';
import { assessRisks } from '../risk/assess-risks.js';
import { assembleDigest } from '../suggest/assemble-digest.js';
import { assembleMeetingBrief } from '../suggest/assemble-meeting-brief.js';
import { emptySuggestionMemory } from '../suggest/suggest-settings.js';
import { suggestUpdates } from '../suggest/suggest-updates.js';
import * as demo from './__fixtures__/demo-mail-world.js';
import { composeDigest } from './compose-digest.js';
import { composeMeetingBrief } from './compose-meeting-brief.js';
import { composeMessage } from './compose-message.js';
import type { ComposedMail } from './composed-mail.js';
import { toMailReader } from './mail-reader.js';

// The composer against the real engines: whatever the risk engine and the suggestion engine make of the demo
// world, every suggestion is written for each of its recipients in every language without a gap.
const meeting: Meeting = {
  id: 'm-sync',
  subject: 'Partner sync',
  start: demo.at('2026-12-03T16:00:00Z'),
  end: demo.at('2026-12-03T16:30:00Z'),
  attendeeIds: [demo.jonas.id, demo.priya.id, demo.noa.id, demo.camille.id],
  organizerId: demo.maya.id,
  isOnline: true,
};
// Estimates in the notes make the spec and the budget review late (heads-ups, one of them for two items).
const estimates: Readonly<Record<string, string>> = { spec: '~14h', budget: '~12h', notes: '~3h' };
const world: UserWorld = {
  ...demo.demoWorld,
  items: demo.demoWorld.items.map((item) => (estimates[item.id] === undefined ? item : { ...item, notes: estimates[item.id] })),
  stakeholders: demo.demoWorld.stakeholders.map((s) => ({ ...s, lastContactAt: demo.at('2026-11-20T10:00:00Z') })),
  meetings: [meeting],
};
const report = assessRisks(world, demo.NOW);
const memory = emptySuggestionMemory;

function expectWhole(mail: ComposedMail): void {
  expect(mail.subject.length).toBeGreaterThan(0);
  expect(mail.subject).not.toMatch(/[\r\n]/);
  for (const body of [mail.text, mail.html]) expect(body).not.toMatch(/undefined|NaN|\{|\}|\[object/);
}

describe('composing what the engines suggest', () => {
  const result = suggestUpdates({ world, report, now: demo.NOW, memory });

  it('writes every suggested update for each recipient in every language', () => {
    const updates = result.suggestions.filter((s) => s.kind !== 'meeting-brief' && s.kind !== 'weekly-digest');
    expect(updates.map((s) => s.kind)).toContain('heads-up');
    const people = [...world.stakeholders, ...(world.colleagues ?? [])];
    for (const suggestion of updates) {
      for (const id of suggestion.recipientIds) {
        const person = people.find((p) => p.id === id);
        expect(person, id).toBeDefined();
        if (person === undefined) continue;
        for (const locale of SUPPORTED_LOCALES) {
          const reader = toMailReader({ ...person, language: locale }, world.user);
          const mail = composeMessage({ suggestion, world, reader, now: demo.NOW });
          expectWhole(mail);
          expect(mail.text).toContain(person.displayName);
        }
      }
    }
  });

  it('writes the digest the engine assembles, for each member of the audience', () => {
    const digest = assembleDigest({ world, report, now: demo.NOW, memory, audienceIds: world.stakeholders.map((s) => s.id) });
    for (const person of world.stakeholders) expectWhole(composeDigest({ digest, world, report, reader: toMailReader(person, world.user), now: demo.NOW }));
  });

  it('writes the brief the engine assembles, in every language of the user', () => {
    const brief = assembleMeetingBrief(meeting, { world, report, memory });
    for (const locale of SUPPORTED_LOCALES) {
      const composed = composeMeetingBrief({ brief, world: { ...world, user: { ...world.user, language: locale } }, now: demo.NOW });
      expectWhole(composed);
      expect(composed.attendees.map((a) => a.personId)).toEqual(brief.attendees.map((a) => a.personId));
    }
  });
});
