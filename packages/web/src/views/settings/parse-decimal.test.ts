import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-decimal.js';

describe('parseDecimal', () => {
  it.each([
    { locale: 'de-DE', text: '0,8', want: 0.8 },
    { locale: 'de-DE', text: '2,5', want: 2.5 },
    { locale: 'de-DE', text: '1.5', want: 1.5 },
    { locale: 'de-DE', text: '1.000,5', want: 1000.5 },
    { locale: 'fr-FR', text: '1 000,25', want: 1000.25 },
    { locale: 'fr-FR', text: ' 3,75 ', want: 3.75 },
    { locale: 'en-US', text: '0.8', want: 0.8 },
    { locale: 'en-US', text: '1,234.5', want: 1234.5 },
    { locale: 'en-US', text: '.5', want: 0.5 },
    { locale: 'es-ES', text: '4', want: 4 },
  ])('reads "$text" in $locale as $want', ({ locale, text, want }) => {
    expect(parseDecimal(text, locale)).toBe(want);
  });

  it.each(['', 'abc', '1,2,3', '2 h', '--1', '1e3', '0x10', '\u00001'])('refuses %j', (text) => {
    expect(parseDecimal(text, 'de-DE')).toBeUndefined();
  });
});
