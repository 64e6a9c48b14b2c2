import { describe, expect, it } from 'vitest';
import { DEADLINE_STYLE_CHOICES, describeDeadlineStyle, toDeadlineStyle } from './deadline-style.js';

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
    expect(toDeadlineStyle('exact-time', time)).toMatchObject({ ok: false, reason: expect.stringMatching(/15:00/) });
  });
});

describe('describeDeadlineStyle', () => {
  it('says the default when no style is set, and names the set time', () => {
    expect(describeDeadlineStyle(undefined)).toBe('close of their business day');
    expect(describeDeadlineStyle({ kind: 'start-of-business-day' })).toBe('start of their business day');
    expect(describeDeadlineStyle({ kind: 'exact-time', time: '15:00' })).toBe('15:00 their time');
  });

  it('offers each style once, with the default marked', () => {
    expect(new Set(DEADLINE_STYLE_CHOICES.map((c) => c.kind)).size).toBe(4);
    expect(DEADLINE_STYLE_CHOICES.find((c) => c.kind === 'close-of-business-day')?.label).toMatch(/default/);
  });
});
