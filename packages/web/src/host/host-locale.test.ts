import { describe, expect, it } from 'vitest';
import { toTabLocale } from './host-locale.js';

describe('toTabLocale', () => {
  it.each([
    { case: "the host's locale wins", host: 'de-DE', browser: 'en-US', want: 'de-DE' },
    { case: 'a lower-case Teams tag is canonicalised', host: 'en-gb', browser: 'en-US', want: 'en-GB' },
    { case: 'no host (plain browser): the browser language', host: undefined, browser: 'fr-FR', want: 'fr-FR' },
    { case: 'an empty host locale falls through', host: '', browser: 'es-ES', want: 'es-ES' },
    { case: 'an ill-formed host tag falls through', host: 'not a locale!', browser: 'he-IL', want: 'he-IL' },
    { case: 'nothing usable: English', host: undefined, browser: undefined, want: 'en' },
  ])('$case', ({ host, browser, want }) => {
    expect(toTabLocale(host, browser)).toBe(want);
  });
});
