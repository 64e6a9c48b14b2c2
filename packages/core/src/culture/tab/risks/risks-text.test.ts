import { describe, expect, it } from 'vitest';
import { createTabText } from '../create-tab-text.js';
import { enUS, type RisksTextId } from './en-US.js';
import { RISKS_TEXT } from './index.js';

const LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'] as const;
const IDS = Object.keys(enUS) as RisksTextId[];
// Every value a risks message takes, so each one formats with nothing left in braces.
const VALUES = {
  state: 'offTrack', count: 2, days: 14, city: 'Berlin', moment: 'Tue 25 Mar, 08:00', title: 'Budget', pushes: 'Pushes 2', reason: 'empty',
  detail: 'x', severity: 'grave', time: '08:00', people: 'Wei', name: 'Wei', day: 'Fri 4 Apr', who: 'Wei', style: 'end of day', move: 'x',
  own: '1 hr', competing: '2 hrs', margin: '1 hr', hours: '1 hr', part: 'free', deadline: 'none', parts: 'x', isDeadline: 'yes',
  effort: '1 hr', basis: 'x', example: '2.5', max: 1000,
};

describe('RISKS_TEXT', () => {
  it.each(LOCALES)('has every message in %s, each one valid ICU that formats fully', (locale) => {
    const text = createTabText(RISKS_TEXT, locale);
    for (const id of IDS) {
      const said = text.say(id, VALUES);
      expect(said, id).not.toMatch(/[{}]/);
      expect(said.length, id).toBeGreaterThan(0);
    }
  });

  it.each([
    { locale: 'en-US', want: '2 off track' },
    { locale: 'de-DE', want: '2 nicht zu schaffen' },
    { locale: 'fr-FR', want: '2 hors délai' },
    { locale: 'es-ES', want: '2 fuera de plazo' },
  ])('counts a state as a filter label in $locale', ({ locale, want }) => {
    expect(createTabText(RISKS_TEXT, locale).say('stateCount', { state: 'offTrack', count: 2 })).toBe(want);
  });

  it('writes German, French and Spanish, not English left in place', () => {
    for (const locale of ['fr-FR', 'de-DE', 'es-ES'] as const) {
      const same = IDS.filter((id) => RISKS_TEXT[locale][id] === enUS[id] && !/^\{?[^a-z]*\}?$/.test(enUS[id]));
      // Product names and the bare pattern messages read the same in every language.
      expect(same.filter((id) => !['sourceTodo', 'sourcePlanner', 'whoAndStyle', 'personInCity', 'competingLine', 'tableTotal', 'factEffort', 'flagSeverity'].includes(id)), locale).toEqual([]);
    }
  });
});
