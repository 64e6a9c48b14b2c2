import { createTabText, PEOPLE_TEXT } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { createTabFormatter } from '../format/create-tab-formatter.js';
import { describeDeadlineStyle, toClockText, toDeadlineStyle, toDeadlineStyleChoices } from './deadline-style.js';

const gb = createTabFormatter('en-GB', '2026-12-01T17:00:00Z');
const us = createTabFormatter('en-US', '2026-12-01T17:00:00Z');
const text = createTabText(PEOPLE_TEXT, 'en-GB');
const fr = createTabText(PEOPLE_TEXT, 'fr-FR');

describe('toDeadlineStyle', () => {
  it.each([
    { kind: 'start-of-business-day' as const },
    { kind: 'close-of-business-day' as const },
    { kind: 'end-of-day' as const },
  ])('makes $kind without a time, whatever the time field holds', ({ kind }) => {
    expect(toDeadlineStyle(kind, 'nonsense')).toEqual({ ok: true, style: { kind } });
  });

  it.each([
    { time: '15:00', want: '15:00' },
    { time: '9:30', want: '09:30' },
    { time: ' 08:05:00 ', want: '08:05' },
  ])('reads the set time "$time" as $want', ({ time, want }) => {
    expect(toDeadlineStyle('exact-time', time)).toEqual({ ok: true, style: { kind: 'exact-time', time: want } });
  });

  it.each(['', '24:00', '12:60', 'noon', '1500'])('refuses the set time "%s"', (time) => {
    expect(toDeadlineStyle('exact-time', time)).toEqual({ ok: false, reason: 'invalid-time' });
  });
});

describe('describeDeadlineStyle', () => {
  it('says the default when no style is set, and names the set time', () => {
    expect(describeDeadlineStyle(undefined, gb, text)).toBe('close of their business day');
    expect(describeDeadlineStyle({ kind: 'start-of-business-day' }, gb, text)).toBe('start of their business day');
    expect(describeDeadlineStyle({ kind: 'exact-time', time: '15:00' }, gb, text)).toBe('15:00 their time');
    expect(describeDeadlineStyle({ kind: 'exact-time', time: '15:00' }, us, text)).toBe('3:00 PM their time');
    expect(describeDeadlineStyle({ kind: 'end-of-day' }, gb, fr)).toBe('fin de sa journée');
  });

  it("writes a wall-clock time the reader's way, never shifted by a zone", () => {
    expect(toClockText('09:05', gb)).toBe('09:05');
    expect(toClockText('23:59', us)).toBe('11:59 PM');
    expect(toDeadlineStyleChoices(us, text).find((c) => c.kind === 'end-of-day')?.label).toBe('End of their day (11:59 PM)');
  });

  it('offers each style once, with the default marked', () => {
    expect(new Set(toDeadlineStyleChoices(gb, text).map((c) => c.kind)).size).toBe(4);
    expect(toDeadlineStyleChoices(gb, text).find((c) => c.kind === 'close-of-business-day')?.label).toMatch(/default/);
  });
});
