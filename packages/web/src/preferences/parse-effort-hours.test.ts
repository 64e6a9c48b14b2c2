import { describe, expect, it } from 'vitest';
import { parseEffortHours, toEffortText, toNumberSymbols } from './parse-effort-hours.js';

describe('parseEffortHours', () => {
  it.each([
    { locale: 'de-DE', text: '2,5', hours: 2.5 },
    { locale: 'fr-FR', text: '2,5', hours: 2.5 },
    { locale: 'es-ES', text: '2,5', hours: 2.5 },
    // "." is read as the decimal point too, whatever the locale: people type it everywhere.
    { locale: 'de-DE', text: '2.5', hours: 2.5 },
    { locale: 'en-GB', text: '2.5', hours: 2.5 },
    { locale: 'en-US', text: ' 3 ', hours: 3 },
    { locale: 'en-US', text: '.5', hours: 0.5 },
    { locale: 'de-DE', text: ',5', hours: 0.5 },
    { locale: 'en-US', text: '1000', hours: 1000 },
    // Arabic-Indic digits and the Arabic decimal separator (U+066B): ٢٫٥ is 2.5.
    { locale: 'ar-EG', text: '٢٫٥', hours: 2.5 },
  ])('reads "$text" in $locale as $hours h', ({ locale, text, hours }) => {
    expect(parseEffortHours(text, locale)).toEqual({ ok: true, hours });
  });

  it.each([
    { locale: 'en-US', text: '', why: 'empty' },
    { locale: 'en-US', text: 'two', why: 'notANumber' },
    { locale: 'de-DE', text: 'zwei', why: 'notANumber' },
    { locale: 'en-US', text: '-1', why: 'notANumber' },
    // A grouping separator is never skipped: "2,5" is not 25 in English, and "1.000,5" is not 1000.5 in German.
    { locale: 'en-US', text: '2,5', why: 'notANumber' },
    { locale: 'de-DE', text: '1.000,5', why: 'notANumber' },
    { locale: 'en-US', text: '0', why: 'notPositive' },
    { locale: 'en-US', text: '1000.5', why: 'tooMany' },
  ])('refuses "$text" in $locale with a reason a person can act on', ({ locale, text, why }) => {
    const input = parseEffortHours(text, locale);
    expect(input.ok).toBe(false);
    expect(input.ok ? '' : input.reason).toBe(why);
  });
});

describe('the number field speaks the locale', () => {
  it.each([
    { locale: 'de-DE', decimal: ',', text: '2,5' },
    { locale: 'fr-FR', decimal: ',', text: '2,5' },
    { locale: 'en-GB', decimal: '.', text: '2.5' },
  ])('$locale writes 2.5 h as "$text", and reads it back', ({ locale, decimal, text }) => {
    expect(toNumberSymbols(locale).decimal).toBe(decimal);
    expect(toEffortText(2.5, locale)).toBe(text);
    expect(parseEffortHours(toEffortText(2.5, locale), locale)).toEqual({ ok: true, hours: 2.5 });
  });

  it('writes a large estimate without grouping, so it reads back as itself', () => {
    expect(toEffortText(1000, 'de-DE')).toBe('1000');
  });
});
