import { describe, expect, it } from 'vitest';
import type { TimeZoneId } from '../time/types.js';
import { cityOf, describeMoment } from './describe-moment.js';

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

describe('describeMoment', () => {
  it('reads the wall clock of the zone across the DST switch in Berlin', () => {
    // 30 Mar 2025: 01:00Z is 03:00 CEST (after the switch at 01:00Z); 00:30Z is 01:30 CET.
    expect(describeMoment(Date.parse('2025-03-30T00:30:00Z'), zone('Europe/Berlin')).time).toBe('01:30');
    expect(describeMoment(Date.parse('2025-03-30T01:00:00Z'), zone('Europe/Berlin')).time).toBe('03:00');
  });
});
