import { describe, expect, it } from 'vitest';
import { at } from '../testing/builders.js';
import { parseTimeZoneId } from '../time/parse.js';
import { cityOf } from './city-of.js';
import { createFormatter } from './create-formatter.js';
import { toDeadlineWords } from './to-deadline-words.js';

const NOW = at('2025-10-06T07:00:00Z');
// Lena's close of business on Wed 8 Oct 2025: 17:00 CEST in Berlin = 15:00Z.
const lenasDeadline = { stakeholderId: 'lena@x', at: at('2025-10-08T15:00:00Z'), timeZone: parseTimeZoneId('Europe/Berlin') };
const words = (locale: string, userZone: string) =>
  toDeadlineWords(lenasDeadline, { format: createFormatter(locale, NOW), userZone: parseTimeZoneId(userZone), cityOf: (_id, zone) => cityOf(zone) }).both;
// Intl writes some spaces as (narrow) no-break spaces, and French puts one before “:”; compare them as spaces.
const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('toDeadlineWords', () => {
  it.each([
    // 15:00Z is 08:00 PDT (UTC−7) in San Francisco, the same day: only the user's time goes beside it.
    { locale: 'en-GB', user: 'America/Los_Angeles', want: 'Wed 8 Oct, 17:00 Berlin (08:00 your time)' },
    { locale: 'en-US', user: 'America/Los_Angeles', want: 'Wed, Oct 8, 5:00 PM Berlin (8:00 AM your time)' },
    { locale: 'fr-FR', user: 'America/Los_Angeles', want: 'mer. 8 oct., 17:00 Berlin (08:00 pour vous)' },
    { locale: 'de-DE', user: 'America/Los_Angeles', want: 'Mi., 8. Okt., 17:00 Berlin (bei Ihnen 08:00)' },
    { locale: 'es-ES', user: 'America/Los_Angeles', want: 'mié, 8 oct, 17:00 Berlin (08:00 para ti)' },
    // 15:00Z is 02:00 on Thu 9 Oct in Sydney (AEDT, UTC+11 since 5 Oct): another day, so the user's whole moment.
    { locale: 'en-GB', user: 'Australia/Sydney', want: 'Wed 8 Oct, 17:00 Berlin (Thu 9 Oct, 02:00 your time)' },
    { locale: 'de-DE', user: 'Australia/Sydney', want: 'Mi., 8. Okt., 17:00 Berlin (bei Ihnen Do., 9. Okt., 02:00)' },
    // Paris shows 17:00 too (CEST): nothing to add.
    { locale: 'fr-FR', user: 'Europe/Paris', want: 'mer. 8 oct., 17:00 Berlin' },
  ])('$locale, the user in $user: $want', ({ locale, user, want }) => {
    expect(plain(words(locale, user))).toBe(want);
  });

  it('reads a locale without its own words from its language’s catalogue, with its own dates', () => {
    // fr-CA: the French catalogue's words, Canadian French's clock (17 h 00).
    expect(plain(words('fr-CA', 'America/Los_Angeles'))).toBe('mer. 8 oct., 17 h 00 Berlin (08 h 00 pour vous)');
  });
});
