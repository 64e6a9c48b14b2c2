import { describe, expect, it } from 'vitest';
import { on } from '../testing/builders.js';
import { findNextPublicHoliday } from './find-next-public-holiday.js';
import { weekendOf } from './weekend-of.js';

describe('findNextPublicHoliday', () => {
  it('finds the first public holiday in the window, the start day included', () => {
    // Germany after 1 Dec 2026: no public holiday until Christmas Day, 25 Dec (24 days later, inside 60).
    expect(findNextPublicHoliday({ country: 'DE' }, on('2026-12-01'), 60)).toEqual({ on: '2026-12-25', name: 'Christmas Day' });
    // The start day counts: 3 Oct is German Unity Day.
    expect(findNextPublicHoliday({ country: 'DE' }, on('2026-10-03'), 1)?.on).toBe('2026-10-03');
  });

  it('follows the region: Israel’s Passover, not Germany’s Easter', () => {
    // Passover (Pesach) 2026 begins on the evening of 1 April; the first day off is 2 April.
    const israel = findNextPublicHoliday({ country: 'IL' }, on('2026-03-25'), 30);
    const germany = findNextPublicHoliday({ country: 'DE' }, on('2026-03-25'), 30);
    expect(israel?.on).toBe('2026-04-02');
    expect(germany).toEqual({ on: '2026-04-03', name: 'Good Friday' });
  });

  it('says nothing when there is no holiday in the window', () => {
    // Germany, 1–23 Dec 2026: 23 days, none a public holiday.
    expect(findNextPublicHoliday({ country: 'DE' }, on('2026-12-01'), 23)).toBeUndefined();
  });
});

describe('weekendOf', () => {
  it('is the days that are not working days, from the data', () => {
    expect(weekendOf({ days: [1, 2, 3, 4, 5] })).toEqual([6, 0]);
    // A Sunday–Thursday week has Friday and Saturday off.
    expect(weekendOf({ days: [0, 1, 2, 3, 4] }, 0)).toEqual([5, 6]);
    // Someone who works Tuesday to Saturday.
    expect(weekendOf({ days: [2, 3, 4, 5, 6] })).toEqual([1, 0]);
  });
});
