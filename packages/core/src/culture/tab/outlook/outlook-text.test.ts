import { describe, expect, it } from 'vitest';
import { createTabText } from '../create-tab-text.js';
import { enUS, type OutlookTextId } from './en-US.js';
import { OUTLOOK_TEXT } from './index.js';

const LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'] as const;
const IDS = Object.keys(enUS) as OutlookTextId[];
// Every value an Outlook pane message takes, so each one formats with nothing left in braces.
const VALUES = {
  time: '22:10', name: 'Jonas', city: 'Berlin', address: 'a@b.example', moment: 'Tue 25 Mar, 08:00', date: 'Tue 25 Mar', start: 'Sat 3 Jan',
  end: 'Mon 5 Jan', part: 'afterHours', holiday: 'Good Friday', names: 'Jonas and Marcus', reason: 'InvalidArgument', count: 2,
};

describe('OUTLOOK_TEXT', () => {
  it.each(LOCALES)('has every message in %s, each one valid ICU that formats fully', (locale) => {
    const text = createTabText(OUTLOOK_TEXT, locale);
    for (const id of IDS) {
      const said = text.say(id, VALUES);
      expect(said, id).not.toMatch(/[{}]/);
      expect(said.length, id).toBeGreaterThan(0);
    }
  });

  it.each([
    { locale: 'en-US', part: 'afterHours', want: 'It is 22:10 for Jonas: their working day is over.' },
    { locale: 'en-US', part: 'beforeHours', want: 'It is 06:10 for Jonas: their working day has not begun.' },
    { locale: 'de-DE', part: 'afterHours', want: 'Bei Jonas ist es 22:10: der Arbeitstag ist vorbei.' },
    { locale: 'fr-FR', part: 'dayOff', want: 'Il est 22:10 pour Jonas, un jour de repos.' },
    { locale: 'es-ES', part: 'beforeHours', want: 'Son las 06:10 para Jonas: su jornada aún no ha empezado.' },
  ])('says where $part puts the reader’s clock in $locale', ({ locale, part, want }) => {
    const time = part === 'beforeHours' ? '06:10' : '22:10';
    expect(createTabText(OUTLOOK_TEXT, locale).say('outsideHours', { part, time, name: 'Jonas' })).toBe(want);
  });

  it('counts people by the plural rules of each language', () => {
    expect(createTabText(OUTLOOK_TEXT, 'fr-FR').say('refreshed', { count: 1 })).toBe('Mis à jour pour 1 personne.');
    expect(createTabText(OUTLOOK_TEXT, 'de-DE').say('refreshed', { count: 3 })).toBe('Für 3 Personen aktualisiert.');
  });

  it('writes German, French and Spanish, not English left in place', () => {
    for (const locale of ['fr-FR', 'de-DE', 'es-ES'] as const) {
      // The product name reads the same in every language.
      expect(IDS.filter((id) => OUTLOOK_TEXT[locale][id] === enUS[id] && id !== 'paneLabel'), locale).toEqual([]);
    }
  });
});
