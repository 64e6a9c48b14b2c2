import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { on } from '../testing/builders.js';
import { HOLIDAY_DATA_VERSION, findPublicHoliday } from './find-public-holiday.js';

describe('findPublicHoliday', () => {
  it.each([
    { region: { country: 'DE' }, date: '2025-10-03', holiday: true },
    { region: { country: 'DE', subdivision: 'BY' }, date: '2025-01-06', holiday: true }, // Epiphany in Bavaria
    { region: { country: 'DE', subdivision: 'BE' }, date: '2025-01-06', holiday: false }, // …not in Berlin
    { region: { country: 'IL' }, date: '2025-10-02', holiday: true }, // Yom Kippur
    { region: { country: 'IN' }, date: '2025-08-15', holiday: true },
    { region: { country: 'DE' }, date: '2025-10-02', holiday: false },
    { region: { country: 'ZZ' }, date: '2025-01-01', holiday: false }, // unknown country: no holidays
  ])('$region.country $region.subdivision $date → $holiday', ({ region, date, holiday }) => {
    expect(findPublicHoliday(region, on(date)) !== undefined).toBe(holiday);
  });

  it('names the installed date-holidays version', () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve('date-holidays/package.json'), 'utf8')) as { version: string };
    expect(HOLIDAY_DATA_VERSION).toBe(`date-holidays ${pkg.version}`);
  });
});
