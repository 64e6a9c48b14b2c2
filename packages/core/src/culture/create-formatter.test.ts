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

  it.each([
    // 798 min shows as 13.3 h, 768 as 12.8 h: the gap reads 0.5 h (30 min), though 30 min exactly is what it is.
    { a: 798, b: 768, want: '30 mins' },
    // 858 → 14.3 h and 546 → 9.1 h: 5.2 h apart as shown (the exact 312 min would round to 5.2 too).
    { a: 858, b: 546, want: '5.2 hrs' },
    // 855 → 14.3 h (855 / 6 = 142.5 → 143) and 549 → 9.2 h (91.5 → 92): shown gap 5.1 h, exact 306 min = 5.1 h.
    { a: 855, b: 549, want: '5.1 hrs' },
    // 797 → 13.3 h and 793 → 13.2 h: shown 0.1 h apart, written as 6 minutes (not re-rounded to 5).
    { a: 797, b: 793, want: '6 mins' },
    // 60 → 1 h and 45 → 45 min: 15 minutes apart.
    { a: 60, b: 45, want: '15 mins' },
  ])('writes the gap between $a and $b min as the shown figures subtract: $want', ({ a, b, want }) => {
    expect(createFormatter('en-GB', NOW).hoursBetween(a, b).replace(/\s/gu, ' ')).toBe(want);
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
