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

  describe('the card’s words', () => {
    const gb = createTabWords(reportIn('en-GB'));
    const de = createTabWords(reportIn('de-DE'));

    it.each([
      // 150 min = 25 tenths of an hour → 2.5 (core's rounding rule).
      { source: 'estimate-in-text' as const, minutes: 150, want: '~2.5 hrs, as written in the task' },
      { source: 'override' as const, minutes: 180, want: '3 hrs, your estimate' },
      // 43 min is under an hour: to 5 minutes → 45 min.
      { source: 'checklist' as const, minutes: 43, want: '~45 mins, from the checklist steps left' },
      { source: 'importance-default' as const, minutes: 120, want: '~2 hrs, default for its importance' },
    ])('says where $minutes min of effort came from ($source)', ({ source, minutes, want }) => {
      expect(gb.effort({ minutes, source })).toBe(want);
    });

    it('writes the effort in the reader’s words and numbers', () => {
      expect(plain(de.effort({ minutes: 150, source: 'override' }))).toBe('2,5 Std., Ihre Schätzung');
    });

    it.each([
      // 16:00Z is 17:00 in Berlin (CET, UTC+1 in December).
      { style: { kind: 'start-of-business-day' as const }, want: 'start of business' },
      { style: { kind: 'close-of-business-day' as const }, want: 'close of business' },
      { style: { kind: 'end-of-day' as const }, want: 'end of the day' },
      { style: { kind: 'exact-time' as const, time: '17:00' }, want: 'set time, 17:00' },
    ])('names the style $style.kind', ({ style, want }) => {
      expect(gb.styleName(aDeadline({ style }))).toBe(want);
    });

    it('writes a set time on a 12-hour clock for an en-US reader, and says “end of day” as Americans do', () => {
      const us = createTabWords(reportIn('en-US'));
      expect([us.styleName(aDeadline({ style: { kind: 'exact-time', time: '17:00' } })), us.styleName(aDeadline({ style: { kind: 'end-of-day' } }))]).toEqual([
        'set time, 5:00 PM',
        'end of day',
      ]);
    });

    it.each([
      // 16:00Z: 17:00 in Berlin, 08:00 in San Francisco (PST).
      { locale: 'en-GB', want: 'Thu 10 Dec, 08:00 your time' },
      { locale: 'de-DE', want: 'bei Ihnen Do., 10. Dez., 08:00' },
    ])('writes the user’s own time beside a deadline in $locale', ({ locale, want }) => {
      expect(plain(createTabWords(reportIn(locale)).yourTime(aDeadline()) ?? '')).toBe(want);
    });

    it('adds no time of the user’s when their clock shows the same as the reader’s', () => {
      // The user's own deadline, in their own zone.
      expect(gb.yourTime(aDeadline({ stakeholderId: undefined, timeZone: 'America/Los_Angeles' }))).toBeUndefined();
    });

    it("names whose reading it is: the stakeholder's, or the user's own", () => {
      expect(gb.reading(aDeadline(), item.stakeholders)).toBe('Lena’s close of business');
      expect(gb.reading(aDeadline({ stakeholderId: undefined, stakeholderName: undefined, style: { kind: 'end-of-day' } }), item.stakeholders)).toBe('the end of your day');
    });

    it('says a deadline moved off a weekend, keeping the start-of-business style', () => {
      // Due Sat 5 Dec 2026 (Lena's weekend) → Fri 4 Dec, 09:00 Berlin = 08:00Z.
      const deadline = aDeadline({
        at: '2026-12-04T08:00:00Z',
        dueOn: '2026-12-05',
        effectiveOn: '2026-12-04',
        style: { kind: 'start-of-business-day' },
        moved: { from: '2026-12-05', why: 'weekend' },
      });
      expect(gb.moved(deadline, item.stakeholders)).toBe('Sat 5 Dec is Lena’s weekend: due Fri 4 Dec, 09:00 Berlin, Lena’s start of business.');
      expect(plain(de.moved(deadline, item.stakeholders) ?? '')).toBe('Sa., 5. Dez. ist für Lena Wochenende: fällig am Fr., 4. Dez., 09:00 Berlin, Arbeitsbeginn bei Lena.');
    });

    it('names the public holiday a deadline moved off', () => {
      const deadline = aDeadline({ at: '2026-12-24T16:00:00Z', dueOn: '2026-12-25', effectiveOn: '2026-12-24', moved: { from: '2026-12-25', why: 'holiday', holidayName: 'Christmas Day' } });
      expect(gb.moved(deadline, item.stakeholders)).toBe('Fri 25 Dec is a public holiday for Lena (Christmas Day): due Thu 24 Dec, 17:00 Berlin, Lena’s close of business.');
    });

    it('says nothing for a deadline on its due date', () => {
      expect(gb.moved(aDeadline(), item.stakeholders)).toBeUndefined();
    });

    const titles = new Map([
      ['deck', 'Board deck'],
      ['budget', 'Budget'],
    ]);
    const titleOf = (id: string) => titles.get(id);

    it('says an item is in trouble on its own, with its own effort against the free time', () => {
      // 12 h own against 8 h free: short on its own, whatever else is due.
      const own = anItem({
        state: 'off-track',
        cause: { kind: 'own-effort' },
        figures: { ownMinutes: 720, competingMinutes: 0, neededMinutes: 720, marginMinutes: 144, freeMinutes: 480, spareMinutes: -240 },
      });
      expect(gb.cause(own, titleOf)).toBe('In trouble on its own: it needs 12 hrs, and 8 hrs is free before its deadline.');
    });

    it.each([
      { roots: ['deck', 'gone'], want: 'It would fit on its own (1 hr of 6 hrs free), but “Board deck” takes the time first.' },
      { roots: ['deck', 'budget'], want: 'It would fit on its own (1 hr of 6 hrs free), but “Board deck” and “Budget” take the time first.' },
      { roots: ['gone'], want: 'It would fit on its own (1 hr of 6 hrs free), but work due earlier takes the time first.' },
    ])('names the earlier items that take the time: $roots', ({ roots, want }) => {
      // 1 h own fits in 6 h free, but with the 12 h deck due first: 60 + 720 = 780 needed, 360 − 780 = −420.
      const pushed = anItem({
        state: 'off-track',
        cause: { kind: 'earlier-work', rootIds: roots },
        figures: { ownMinutes: 60, competingMinutes: 720, neededMinutes: 780, marginMinutes: 156, freeMinutes: 360, spareMinutes: -420 },
      });
      expect(gb.cause(pushed, titleOf)).toBe(want);
    });

    it('lists the earlier items in the reader’s language', () => {
      const pushed = anItem({ cause: { kind: 'earlier-work', rootIds: ['deck', 'budget'] }, figures: { ownMinutes: 60, competingMinutes: 720, neededMinutes: 780, marginMinutes: 156, freeMinutes: 360, spareMinutes: -420 } });
      expect(plain(createTabWords(reportIn('fr-FR')).cause(pushed, titleOf) ?? '')).toBe('Elle tiendrait seule (1 h sur 6 h libres), mais « Board deck » et « Budget » passent avant.');
    });

    it('says nothing without a cause', () => {
      expect(gb.cause(anItem(), titleOf)).toBeUndefined();
    });

    it.each([
      { states: ['off-track', 'off-track', 'off-track', 'off-track', 'off-track'] as const, want: 'Pushes these 5 past their deadlines' },
      { states: ['off-track'] as const, want: 'Pushes this one past its deadline' },
      { states: ['at-risk', 'at-risk'] as const, want: 'Puts these 2 at risk' },
      { states: ['off-track', 'at-risk'] as const, want: 'Pushes these 2 past or close to their deadlines' },
    ])('heads a group: $want', ({ states, want }) => {
      expect(gb.pushes(states.map((state) => ({ state })))).toBe(want);
    });
  });
});
