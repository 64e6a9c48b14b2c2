import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../supported-locales.js';
import { createTabText } from '../create-tab-text.js';
import { enUS, type UpdatesTextId } from './en-US.js';
import { UPDATES_TEXT } from './index.js';

// Every value any message of the area takes; a message that needs another one (or is not valid ICU) throws.
const values = {
  count: 2, days: 3, items: 1, kind: 'headsUp', severity: 'offTrack', to: 'atRisk', promised: 'Fri 4 Dec', first: 'none', thanks: 'none',
  title: 'T', titles: 'T', names: 'N', colleague: 'C', offers: 'O', hours: '2 h', subject: 'S', when: 'W', period: 'P', mine: 'M', theirs: 'Th',
  time: '09:00', name: 'N', language: 'frFR', tone: 'diplomatic', text: 'x',
};
const ids = Object.keys(enUS) as UpdatesTextId[];

describe('UPDATES_TEXT', () => {
  it.each([...SUPPORTED_LOCALES])('writes every message in %s', (locale) => {
    const text = createTabText(UPDATES_TEXT, locale);
    for (const id of ids) expect(text.say(id, values).length, id).toBeGreaterThan(0);
  });

  it('is really translated: French, German and Spanish differ from English on every sentence of the view', () => {
    const en = createTabText(UPDATES_TEXT, 'en-US');
    // Ids that may read the same in a language (names, brand words, a bare pattern).
    const same = new Set<UpdatesTextId>(['areaName', 'withTheirTimes', 'message', 'quoted']);
    for (const locale of ['fr-FR', 'de-DE', 'es-ES']) {
      const other = createTabText(UPDATES_TEXT, locale);
      const untranslated = ids.filter((id) => !same.has(id) && other.say(id, values) === en.say(id, values));
      expect(untranslated, locale).toEqual([]);
    }
  });

  it('counts by ICU plural rules: one and many in French', () => {
    const fr = createTabText(UPDATES_TEXT, 'fr-FR');
    expect(fr.say('loaded', { count: 1 })).toBe('Un message à envoyer.');
    expect(fr.say('loaded', { count: 4 })).toBe('4 messages à envoyer.');
  });
});
