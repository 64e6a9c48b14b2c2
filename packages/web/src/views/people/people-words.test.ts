import { createTabText, PEOPLE_TEXT, SUPPORTED_LOCALES } from '@upfront/core';
import type { OverlapStripDto } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { daysSince, describeStrip, toStateKey, toWeekdayNames } from './people-words.js';

const NOW = '2026-12-01T10:00:00Z';
const gb = createTabFormatter('en-GB', NOW);
const text = createTabText(PEOPLE_TEXT, 'en-GB');
const strip = (over: Partial<OverlapStripDto>): OverlapStripDto => ({
  on: '2026-12-01',
  start: '2026-12-01T00:00:00Z',
  end: '2026-12-02T00:00:00Z',
  userHours: [{ start: '2026-12-01T09:00:00Z', end: '2026-12-01T17:00:00Z' }],
  theirHours: [],
  overlap: [],
  overlapMinutes: 0,
  ...over,
});

describe('describeStrip', () => {
  it('says the overlap on the user’s clock', () => {
    // A London user (GMT in December): 14:00–17:00 UTC is 14:00–17:00 their time.
    const s = strip({ overlap: [{ start: '2026-12-01T14:00:00Z', end: '2026-12-01T17:00:00Z' }], overlapMinutes: 180 });
    expect(describeStrip(s, 'Lena', 'Europe/London', text, gb)).toBe('You overlap 14:00–17:00 your time');
    // The same spans for a Berlin user (CET, UTC+1) read an hour later.
    expect(describeStrip(s, 'Lena', 'Europe/Berlin', text, gb)).toBe('You overlap 15:00–18:00 your time');
  });

  it('says when there is no overlap, and when only the user is off', () => {
    expect(describeStrip(strip({ theirHours: [] }), 'Lena', 'Europe/London', text, gb)).toBe('Your working hours and Lena’s do not overlap on Tue 1 Dec');
    const off = strip({ userHours: [], theirHours: [{ start: '2026-12-01T07:00:00Z', end: '2026-12-01T15:00:00Z' }] });
    expect(describeStrip(off, 'Avi', 'Europe/London', text, gb)).toBe('You do not work on Tue 1 Dec; Avi works 07:00–15:00 your time');
  });

  it('has every message in every locale', () => {
    const s = strip({ overlap: [{ start: '2026-12-01T14:00:00Z', end: '2026-12-01T17:00:00Z' }] });
    for (const locale of SUPPORTED_LOCALES) {
      const t = createTabText(PEOPLE_TEXT, locale);
      expect(describeStrip(s, 'Lena', 'UTC', t, createTabFormatter(locale, NOW))).toMatch(/14:00|2:00/);
      expect(t.say('state', { state: toStateKey('off-track') })).not.toBe(t.say('state', { state: toStateKey('at-risk') }));
      expect(t.say('lastContact', { days: 3, moment: 'x' })).toMatch(/3/);
    }
  });
});

describe('helpers', () => {
  it('names weekdays through the formatter and counts days since a contact', () => {
    expect(toWeekdayNames([5, 6], gb)).toEqual(['Fri', 'Sat']);
    expect(toStateKey('no-due-date')).toBe('noDueDate');
    // 1 Dec 10:00 minus 27 Nov 11:00 = 3 days 23 hours: 3 whole days.
    expect(daysSince('2026-11-27T11:00:00Z', Date.parse(NOW))).toBe(3);
  });
});
