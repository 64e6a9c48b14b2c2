import { describe, expect, it } from 'vitest';
import { at, on } from '../testing/builders.js';
import { parseTimeZoneId } from '../time/parse.js';
import { createFormatter, toDisplayHours } from './create-formatter.js';

const NOW = at('2026-12-01T10:00:00Z');
const berlin = parseTimeZoneId('Europe/Berlin');

describe('toDisplayHours: the one rounding rule', () => {
  it.each([
    { minutes: 0, want: 0 },
    { minutes: 2, want: 5 / 60 }, // under an hour: 5-minute steps, at least 5
    { minutes: 43, want: 45 / 60 }, // 43 → 45 min
    { minutes: 57, want: 55 / 60 }, // 57 / 5 = 11.4 → 55 min
    { minutes: 58, want: 1 }, // 58 / 6 = 9.67 tenths → 1.0 h
    { minutes: 151, want: 2.5 }, // 151 / 6 = 25.17 tenths → 2.5 h
    { minutes: 153, want: 2.6 }, // 153 / 6 = 25.5 tenths → 26 → 2.6 h
    { minutes: 798, want: 13.3 }, // 798 / 6 = 133 tenths
  ])('$minutes min shows as $want h', ({ minutes, want }) => {
    expect(toDisplayHours(minutes)).toBeCloseTo(want, 10);
  });
});

describe('createFormatter', () => {
  it.each([
    // 4 Dec 2026 16:00Z is 17:00 in Berlin (CET, UTC+1).
    { locale: 'en-GB', moment: 'Fri 4 Dec, 17:00', hours: '2.5 hrs', minutes: '45 mins' },
    { locale: 'en-US', moment: 'Fri, Dec 4, 5:00 PM', hours: '2.5 hr', minutes: '45 min' },
    { locale: 'de-DE', moment: 'Fr., 4. Dez., 17:00', hours: '2,5 Std.', minutes: '45 Min.' },
    { locale: 'fr-FR', moment: 'ven. 4 déc., 17:00', hours: '2,5 h', minutes: '45 min' },
  ])('writes dates, times and hours the way $locale does', ({ locale, moment, hours, minutes }) => {
    const f = createFormatter(locale, NOW);
    // Intl separates a number from its unit with a (narrow) no-break space in some locales.
    const plain = (text: string) => text.replace(/\s/gu, ' ');
    expect([f.moment('2026-12-04T16:00:00Z' as never, berlin), f.hours(150), f.hours(45)].map(plain)).toEqual([moment, hours, minutes]);
  });

  it('adds the year only to dates outside the current one', () => {
    const f = createFormatter('en-GB', NOW);
    expect([f.date(on('2026-12-08')), f.date(on('2027-01-08')), f.dateLong(on('2027-01-08'))]).toEqual(['Tue 8 Dec', 'Fri, 8 Jan 2027', 'Friday, 8 January 2027']);
  });

  it('reads the wall clock across the DST switch in Berlin', () => {
    // 30 Mar 2026: clocks go from 02:00 CET to 03:00 CEST at 01:00Z. 00:30Z is 01:30 CET, 01:00Z is 03:00 CEST.
    const f = createFormatter('en-GB', NOW);
    expect([f.time('2026-03-29T00:30:00Z' as never, berlin), f.time('2026-03-29T01:00:00Z' as never, berlin)]).toEqual(['01:30', '03:00']);
  });

  it('falls back to English for an unknown or ill-formed locale', () => {
    expect([createFormatter('xx-NOPE', NOW).locale, createFormatter('not a tag!', NOW).locale]).toEqual(['en', 'en']);
  });
});
