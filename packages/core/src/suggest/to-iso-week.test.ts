import { describe, expect, it } from 'vitest';
import { on } from '../testing/builders.js';
import { toIsoWeek } from './to-iso-week.js';

describe('toIsoWeek', () => {
  it.each([
    // Tue 1 Dec 2026: its Thursday is 3 Dec, day 336 of 2026 (0-based) → floor(336 / 7) + 1 = 49.
    { date: '2026-12-01', want: '2026-W49' },
    // Fri 1 Jan 2027: its Thursday is 31 Dec 2026, day 364 → floor(364 / 7) + 1 = 53 (2026 starts on a Thursday).
    { date: '2027-01-01', want: '2026-W53' },
    // Mon 30 Dec 2024: its Thursday is 2 Jan 2025, day 1 → week 1 of 2025.
    { date: '2024-12-30', want: '2025-W01' },
    // Sun 3 Jan 2021 ends the week of Thu 31 Dec 2020: day 365 of a leap year → floor(365 / 7) + 1 = 53.
    { date: '2021-01-03', want: '2020-W53' },
  ])('$date is in $want', ({ date, want }) => {
    expect(toIsoWeek(on(date))).toBe(want);
  });
});
