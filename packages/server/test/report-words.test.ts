import type { ItemRisk, RiskReport, UserWorld } from '@upfront/core';
import { parseInstant, parseLocalDate, parseLocalTime, parseTimeZoneId } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { toRiskReportDto } from '../src/services/to-risk-report-dto.js';

// A San Francisco user whose automatic replies start Fri 4 Dec 2026 at 17:00 PST, which is already Saturday in UTC.
const la = parseTimeZoneId('America/Los_Angeles');
const berlin = parseTimeZoneId('Europe/Berlin');
const hours = (zone: typeof la) => ({ days: [1, 2, 3, 4, 5] as const, start: parseLocalTime('09:00'), end: parseLocalTime('17:00'), timeZone: zone });
const world: UserWorld = {
  user: {
    id: 'u', displayName: 'Maya Brooks', email: 'maya@x', timeZone: la, city: 'San Francisco', workingHours: hours(la), language: 'en-GB',
    away: { start: parseInstant('2026-12-05T01:00:00Z'), end: parseInstant('2026-12-08T17:00:00Z') },
  },
  horizon: { start: parseInstant('2026-12-01T16:00:00Z'), end: parseInstant('2026-12-15T16:00:00Z') },
  items: [{ id: 'i', source: 'planner', title: 'Pricing', status: 'notStarted', importance: 'normal', checklist: { total: 0, done: 0 }, stakeholderIds: ['jonas@x'], contributorIds: [], due: { on: parseLocalDate('2026-12-09') } }],
  calendar: [],
  stakeholders: [{ id: 'jonas@x', displayName: 'Jonas Weber', email: 'jonas@x', timeZone: berlin, workingHours: hours(berlin), deadlineStyle: { kind: 'close-of-business-day' }, workedHolidays: [] }],
};
const deadline = { stakeholderId: 'jonas@x', at: parseInstant('2026-12-09T16:00:00Z'), timeZone: berlin, dueOn: parseLocalDate('2026-12-09'), effectiveOn: parseLocalDate('2026-12-09'), style: { kind: 'close-of-business-day' as const } };
const risk: ItemRisk = {
  itemId: 'i', source: 'planner', title: 'Pricing', state: 'on-track',
  flags: [
    { kind: 'away-before-deadline', awayFrom: parseInstant('2026-12-05T01:00:00Z'), awayUntil: parseInstant('2026-12-08T17:00:00Z') },
    { kind: 'due-date-mismatch', stakeholderId: 'jonas@x', setOn: parseLocalDate('2026-12-09'), shownOn: parseLocalDate('2026-12-08') },
  ],
  effort: { hours: 1, source: 'importance-default', basis: { kind: 'importance-default', importance: 'normal' } },
  deadline, deadlines: [deadline],
  figures: { ownMinutes: 60, competingMinutes: 0, neededMinutes: 60, marginMinutes: 15, freeMinutes: 600, spareMinutes: 540 },
  pushes: [], competing: [], busiestDays: [], capacity: [],
};
const report: RiskReport = { generatedAt: parseInstant('2026-12-01T16:00:00Z'), horizon: world.horizon, autoRepliesOn: false, items: [risk] };

describe('the words of a report', () => {
  it('sends flags and the effort basis as data, and the deadline in the zone of the person it is about', () => {
    const [item] = toRiskReportDto(report, world, world.horizon, 'en-GB').items;
    expect(item?.flags).toEqual([
      { kind: 'away-before-deadline', awayFrom: '2026-12-05T01:00:00Z', awayUntil: '2026-12-08T17:00:00Z' },
      { kind: 'due-date-mismatch', stakeholderId: 'jonas@x', setOn: '2026-12-09', shownOn: '2026-12-08' },
    ]);
    expect(item?.effort).toEqual({ minutes: 60, source: 'importance-default', basis: { kind: 'importance-default', importance: 'normal' } });
    // The deadline, 16:00Z on Wed 9 Dec, is 17:00 in Berlin (CET) and 08:00 in San Francisco (PST, UTC−8).
    expect(item?.deadline).toMatchObject({ inStakeholderZone: 'Wed 9 Dec, 17:00 Berlin', inUserZone: 'Wed 9 Dec, 08:00', city: 'Berlin' });
  });

  it.each([
    // 60 min needed, 600 free: 10 h − 1 h = 9 h to spare, as shown.
    { locale: 'en-US', want: 'Needs 1 hr; 10 hr free before Wed, Dec 9, 5:00 PM Berlin (8:00 AM your time): 9 hr to spare.' },
    { locale: 'en-GB', want: 'Needs 1 hr; 10 hrs free before Wed 9 Dec, 17:00 Berlin (08:00 your time): 9 hrs to spare.' },
    { locale: 'fr-FR', want: 'Il faut 1 h ; 10 h libres avant le mer. 9 déc., 17:00 Berlin (08:00 pour vous) : 9 h de marge.' },
    { locale: 'de-DE', want: 'Noch 1 Std. Arbeit; 10 Std. frei bis Mi., 9. Dez., 17:00 Berlin (bei Ihnen 08:00): 9 Std. Puffer.' },
    { locale: 'es-ES', want: 'Necesita 1 h; 10 h libres antes del mié, 9 dic, 17:00 Berlin (08:00 para ti): margen de 9 h.' },
  ])('writes the summary in $locale, the report’s locale', ({ locale, want }) => {
    const dto = toRiskReportDto(report, world, world.horizon, locale);
    expect(dto.locale).toBe(locale);
    // Intl and French typography use (narrow) no-break spaces; they compare as spaces.
    expect(dto.items[0]?.summary.replace(/\s/gu, ' ')).toBe(want);
  });

  it('writes a language it has no words for in the fallback’s words and dates together, never a mix', () => {
    // he-IL: no Hebrew catalogue, so US English words with US English dates (not Hebrew dates in English prose).
    const dto = toRiskReportDto(report, world, world.horizon, 'he-IL');
    expect(dto.locale).toBe('en-US');
    expect(dto.items[0]?.summary.replace(/\s/gu, ' ')).toBe('Needs 1 hr; 10 hr free before Wed, Dec 9, 5:00 PM Berlin (8:00 AM your time): 9 hr to spare.');
  });
});
