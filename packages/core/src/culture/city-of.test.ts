import { describe, expect, it } from 'vitest';
import type { TimeZoneId } from '../time/types.js';
import { cityOf } from './city-of.js';

const zone = (z: string) => z as TimeZoneId;

describe('cityOf', () => {
  it.each([
    { zone: 'America/New_York', want: 'New York' },
    { zone: 'Asia/Calcutta', want: 'Kolkata' },
    { zone: 'Europe/Kiev', want: 'Kyiv' },
    { zone: 'Etc/GMT-10', want: 'UTC+10' },
    { zone: 'Etc/GMT+5', want: 'UTC-5' },
    { zone: 'UTC', want: 'UTC' },
  ])('names $zone as $want', ({ zone: z, want }) => {
    expect(cityOf(zone(z))).toBe(want);
  });
});
