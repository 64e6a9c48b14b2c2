import type { RiskReport } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { aDeadline, anItem } from '../testing/an-item.js';
import { createTabWords } from './create-tab-words.js';

// A report made on Tue 1 Dec 2026 for a user in San Francisco (PST, UTC−8).
const reportIn = (locale: string): Pick<RiskReport, 'locale' | 'generatedAt' | 'user' | 'horizon'> => ({
  locale,
  generatedAt: '2026-12-01T17:00:00Z',
  user: { displayName: 'Maya Brooks', email: 'maya@contoso.com', timeZone: 'America/Los_Angeles', city: 'San Francisco' },
  horizon: { start: '2026-12-01T17:00:00Z', end: '2026-12-15T17:00:00Z' },
});
const lena = { id: 'lena@contoso.com', displayName: 'Lena Fischer', timeZone: 'Europe/Berlin', city: 'Berlin' };
const raj = { id: 'raj@contoso.com', displayName: 'Raj Patel', timeZone: 'Asia/Kolkata', city: 'Kolkata' };
const item = anItem({ stakeholders: [lena, raj] });
const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('createTabWords', () => {
  it.each([
    { locale: 'en-GB', want: 'Fri 25 Dec is a public holiday for Lena (Christmas Day): due Thu 24 Dec instead' },
    { locale: 'en-US', want: 'Fri, Dec 25 is a holiday for Lena (Christmas Day): due Thu, Dec 24 instead' },
    { locale: 'fr-FR', want: 'Le ven. 25 déc. est un jour férié pour Lena (Christmas Day) : échéance avancée au jeu. 24 déc.' },
    { locale: 'de-DE', want: 'Fr., 25. Dez. ist für Lena ein Feiertag (Christmas Day): stattdessen fällig am Do., 24. Dez.' },
    { locale: 'es-ES', want: 'El vie, 25 dic es festivo para Lena (Christmas Day): se adelanta al jue, 24 dic' },
  ])('writes a flag from its data in $locale, naming the person by first name', ({ locale, want }) => {
    const flag = { kind: 'non-working-day' as const, stakeholderId: lena.id, on: '2026-12-25', why: 'holiday' as const, holidayName: 'Christmas Day', movedTo: '2026-12-24' };
    expect(plain(createTabWords(reportIn(locale)).flag(flag, item.stakeholders))).toBe(want);
  });

  it('writes a time-zone cliff in the zone of the person it is about', () => {
    // 12:30Z on Tue 1 Dec is 18:00 in Kolkata (IST, UTC+5:30), 04:30 for the user.
    const flag = { kind: 'time-zone-cliff' as const, stakeholderId: raj.id, passedAt: '2026-12-01T12:30:00Z' };
    expect(createTabWords(reportIn('en-GB')).flag(flag, item.stakeholders)).toBe('Already past the deadline for Raj (Tue 1 Dec, 18:00 Kolkata)');
  });

  it.each([
    { locale: 'en-GB', want: '4 of 6 steps left × 30 mins' },
    { locale: 'de-DE', want: 'noch 4 von 6 Schritten × 30 Min.' },
  ])('writes an effort basis in $locale', ({ locale, want }) => {
    expect(plain(createTabWords(reportIn(locale)).effortBasis({ kind: 'checklist', stepsLeft: 4, stepsTotal: 6, perStepMinutes: 30 }))).toBe(want);
  });

  it("offers the date to promise in the stakeholder's words, and the others' readings of it", () => {
    // Lena's close of business: 16:00Z = 17:00 in Berlin; Raj's: 11:30Z = 17:00 in Kolkata.
    const lenas = aDeadline();
    const rajs = aDeadline({ stakeholderId: raj.id, stakeholderName: raj.displayName, at: '2026-12-10T11:30:00Z', timeZone: raj.timeZone, city: raj.city });
    const text = createTabWords(reportIn('en-GB')).promise({ kind: 'date', on: '2026-12-10', deadline: lenas, deadlines: [rajs, lenas] }, item.stakeholders);
    expect(text).toEqual({
      headline: 'You can promise: Thu 10 Dec, 17:00 Berlin (Lena’s close of business)',
      others: ['Raj: Thu 10 Dec, 17:00 Kolkata (close of business)'],
    });
  });

  it.each([
    // Another year than the report's: the formatter adds it.
    { reason: 'no-capacity-in-sight' as const, until: '2027-03-01', want: 'No date fits before Mon, 1 Mar 2027: your free hours up to then are taken. Ask for help, or hand something back.' },
    {
      reason: 'calendar-not-read' as const,
      until: '2026-12-28',
      want: 'No date fits before Mon 28 Dec: your calendar is read only that far, and the free hours up to then are taken. Ask for help, or hand something back.',
    },
  ])('says when no date fits ($reason)', ({ reason, until, want }) => {
    expect(createTabWords(reportIn('en-GB')).promise({ kind: 'none', reason, searchedUntil: until }, [])).toEqual({ headline: want, others: [] });
  });
});
