import { describe, expect, it } from 'vitest';
import { createTabText } from '../create-tab-text.js';
import { SETTINGS_TEXT } from './index.js';
import { enUS, type SettingsTextId } from './en-US.js';

const values = { value: 0.8, share: 0.8, example: 1.5, min: 0.25, max: 40, count: 2, when: 'Fri 5 Dec, 16:00', zone: 'Europe/Berlin' };
const ids = Object.keys(enUS) as SettingsTextId[];

describe('the settings words', () => {
  it.each(['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'])('say every id in %s without leaving a placeholder', (locale) => {
    const text = createTabText(SETTINGS_TEXT, locale);
    for (const id of ids) {
      const said = text.say(id, values);
      expect(said, id).not.toMatch(/[{}]/);
      expect(said.length, id).toBeGreaterThan(0);
    }
  });

  it.each([
    { locale: 'en-US', want: '0.8 (80% of your free time)' },
    { locale: 'de-DE', want: '0,8 (80 % Ihrer freien Zeit)' },
    { locale: 'fr-FR', want: '0,8 (80 % de votre temps libre)' },
    { locale: 'es-ES', want: '0,8 (80 % de tu tiempo libre)' },
  ])('writes the focus factor with the decimal comma of $locale', ({ locale, want }) => {
    // Intl puts a no-break space (U+00A0 or U+202F) before the percent sign in French, German and Spanish.
    expect(createTabText(SETTINGS_TEXT, locale).say('focusFactorValue', { value: 0.8, share: 0.8 }).replace(/[\u00a0\u202f]/g, ' ')).toBe(want);
  });

  it('counts the values to fix by ICU plural rules, not by our code', () => {
    expect(createTabText(SETTINGS_TEXT, 'fr-FR').say('fixFirst', { count: 1 })).toBe('Une valeur doit être corrigée avant d’enregistrer.');
    expect(createTabText(SETTINGS_TEXT, 'fr-FR').say('fixFirst', { count: 3 })).toBe('3 valeurs doivent être corrigées avant d’enregistrer.');
  });
});
