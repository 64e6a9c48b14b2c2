import { describe, expect, it } from 'vitest';
import { createTabFormatter } from '../format/create-tab-formatter.js';
import { aDeadline, anItem } from '../testing/an-item.js';
import { describeCause, describeEffort, describeMove, describePushes, describeReading, describeStyle } from './describe-item.js';

// Every text below goes through core's formatter; the report was made on Tue 1 Dec 2026.
const gb = createTabFormatter('en-GB', '2026-12-01T17:00:00Z');
const us = createTabFormatter('en-US', '2026-12-01T17:00:00Z');

describe('describeEffort', () => {
  it.each([
    // 150 min = 25 tenths of an hour → 2.5 (core's rounding rule).
    { source: 'estimate-in-text' as const, minutes: 150, want: '~2.5 hrs, as written in the task' },
    { source: 'override' as const, minutes: 180, want: '3 hrs, your estimate' },
    // 43 min is under an hour: to 5 minutes → 45 min.
    { source: 'checklist' as const, minutes: 43, want: '~45 mins, from the checklist steps left' },
    { source: 'importance-default' as const, minutes: 120, want: '~2 hrs, default for its importance' },
  ])('says where $minutes min came from ($source)', ({ source, minutes, want }) => {
    expect(describeEffort({ minutes, source, basis: { kind: 'override' } }, gb)).toBe(want);
  });

  it('writes the hours in the reader’s locale', () => {
    expect(describeEffort({ minutes: 150, source: 'override', basis: { kind: 'override' } }, createTabFormatter('de-DE', '2026-12-01T17:00:00Z'))).toBe(
      '2,5 Std., your estimate',
    );
  });
});

describe('deadline styles in words', () => {
  // 16:00Z is 17:00 in Berlin (CET, UTC+1 in December).
  const at = { at: '2026-12-10T16:00:00Z', timeZone: 'Europe/Berlin' };
  it.each([
    { style: { kind: 'start-of-business-day' as const }, want: 'start of business' },
    { style: { kind: 'close-of-business-day' as const }, want: 'close of business' },
    { style: { kind: 'end-of-day' as const }, want: 'end of day' },
    { style: { kind: 'exact-time' as const, time: '17:00' }, want: 'set time, 17:00' },
  ])('$style.kind', ({ style, want }) => {
    expect(describeStyle(style, at, gb)).toBe(want);
  });

  it('writes a set time on a 12-hour clock for an en-US reader', () => {
    expect(describeStyle({ kind: 'exact-time', time: '17:00' }, at, us)).toBe('set time, 5:00 PM');
  });

  it("names whose reading it is: the stakeholder's, or the user's own", () => {
    expect(describeReading(aDeadline(), gb)).toBe("Lena's close of business");
    expect(describeReading(aDeadline({ stakeholderId: undefined, stakeholderName: undefined, style: { kind: 'end-of-day' } }), gb)).toBe(
      'your end of day',
    );
  });
});

describe('describeMove', () => {
  it('says a deadline moved off a weekend, keeping the start-of-business style', () => {
    // Due Sat 5 Dec 2026 (Lena's weekend) → Fri 4 Dec, 09:00 Berlin = 08:00Z.
    const deadline = aDeadline({
      at: '2026-12-04T08:00:00Z',
      dueOn: '2026-12-05',
      effectiveOn: '2026-12-04',
      style: { kind: 'start-of-business-day' },
      moved: { from: '2026-12-05', why: 'weekend' },
      inStakeholderZone: 'Fri 4 Dec, 09:00 Berlin',
    });
    expect(describeMove(deadline, gb)).toBe("Sat 5 Dec is Lena's weekend: due Fri 4 Dec, 09:00 Berlin, Lena's start of business.");
  });

  it('names the public holiday a deadline moved off', () => {
    const deadline = aDeadline({
      at: '2026-12-24T16:00:00Z',
      dueOn: '2026-12-25',
      effectiveOn: '2026-12-24',
      moved: { from: '2026-12-25', why: 'holiday', holidayName: 'Christmas Day' },
      inStakeholderZone: 'Thu 24 Dec, 17:00 Berlin',
    });
    expect(describeMove(deadline, gb)).toBe(
      "Fri 25 Dec is a public holiday for Lena (Christmas Day): due Thu 24 Dec, 17:00 Berlin, Lena's close of business.",
    );
  });

  it('says nothing for a deadline on its due date', () => {
    expect(describeMove(aDeadline(), gb)).toBeUndefined();
  });
});

describe('describeCause', () => {
  const titles = new Map([['deck', 'Board deck']]);
  const titleOf = (id: string) => titles.get(id);

  it('says an item is in trouble on its own, with its own effort against the free time', () => {
    // 12 h own against 8 h free: short on its own, whatever else is due.
    const item = anItem({
      state: 'off-track',
      cause: { kind: 'own-effort' },
      figures: { ownMinutes: 720, competingMinutes: 0, neededMinutes: 720, marginMinutes: 144, freeMinutes: 480, spareMinutes: -240 },
    });
    expect(describeCause(item, titleOf, gb)).toBe('In trouble on its own: it needs 12 hrs, and 8 hrs is free before its deadline.');
  });

  it('names the earlier items that take the time', () => {
    // 1 h own fits in 6 h free, but with the 12 h deck due first: 60 + 720 = 780 needed, 360 − 780 = −420.
    const item = anItem({
      state: 'off-track',
      cause: { kind: 'earlier-work', rootIds: ['deck', 'gone'] },
      figures: { ownMinutes: 60, competingMinutes: 720, neededMinutes: 780, marginMinutes: 156, freeMinutes: 360, spareMinutes: -420 },
    });
    expect(describeCause(item, titleOf, gb)).toBe('It would fit on its own (1 hr of 6 hrs free), but “Board deck” takes the time first.');
  });

  it('says nothing without a cause', () => {
    expect(describeCause(anItem(), titleOf, gb)).toBeUndefined();
  });
});

describe('describePushes', () => {
  it.each([
    { states: ['off-track', 'off-track', 'off-track', 'off-track', 'off-track'] as const, want: 'Pushes these 5 past their deadlines' },
    { states: ['off-track'] as const, want: 'Pushes this one past its deadline' },
    { states: ['at-risk', 'at-risk'] as const, want: 'Puts these 2 at risk' },
    { states: ['off-track', 'at-risk'] as const, want: 'Pushes these 2 past or close to their deadlines' },
  ])('$want', ({ states, want }) => {
    expect(describePushes(states.map((state) => ({ state })))).toBe(want);
  });
});
