import { describe, expect, it } from 'vitest';
import { createTabText } from '../create-tab-text.js';
import { enUS, type MeetingTextId } from './en-US.js';
import { MEETING_TEXT } from './index.js';

const LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'] as const;
const IDS = Object.keys(enUS) as MeetingTextId[];
// Every value a meeting panel message takes, so each one formats with nothing left in braces.
const VALUES = { start: 'Tue 25 Mar, 07:00', end: '07:30', count: 2, time: '15:00', name: 'Jonas Weber', city: 'Berlin', state: 'offTrack', subject: 'Go/no-go', names: 'Jonas Weber and Priya Raman' };

describe('MEETING_TEXT', () => {
  it.each(LOCALES)('has every message in %s, each one valid ICU that formats fully', (locale) => {
    const text = createTabText(MEETING_TEXT, locale);
    for (const id of IDS) {
      const said = text.say(id, VALUES);
      expect(said, id).not.toMatch(/[{}]/);
      expect(said.length, id).toBeGreaterThan(0);
    }
  });

  it.each([
    { locale: 'en-US', state: 'overdue', want: 'Overdue' },
    { locale: 'de-DE', state: 'offTrack', want: 'Nicht zu schaffen' },
    { locale: 'fr-FR', state: 'atRisk', want: 'À risque' },
    { locale: 'es-ES', state: 'onTrack', want: 'En plazo' },
  ])('names the $state state in $locale', ({ locale, state, want }) => {
    expect(createTabText(MEETING_TEXT, locale).say('state', { state })).toBe(want);
  });

  it('counts people by the plural rules of each language', () => {
    expect(createTabText(MEETING_TEXT, 'en-US').say('attendeesCount', { count: 1 })).toBe('1 person besides you');
    expect(createTabText(MEETING_TEXT, 'fr-FR').say('ready', { subject: 'Revue', count: 1 })).toBe('Réunion « Revue » préparée : 1 personne.');
    expect(createTabText(MEETING_TEXT, 'de-DE').say('attendeesCount', { count: 3 })).toBe('3 Personen außer Ihnen');
  });

  it('writes German, French and Spanish, not English left in place', () => {
    for (const locale of ['fr-FR', 'de-DE', 'es-ES'] as const) {
      // A time range reads the same in every language.
      expect(IDS.filter((id) => MEETING_TEXT[locale][id] === enUS[id] && id !== 'when'), locale).toEqual([]);
    }
  });
});
