import { describe, expect, it } from 'vitest';
import { parseEffortHours } from './parse-effort-hours.js';

describe('parseEffortHours', () => {
  it.each([
    { text: '2.5', hours: 2.5 },
    { text: ' 3 ', hours: 3 },
    { text: '2,5', hours: 2.5 },
    { text: '.5', hours: 0.5 },
    { text: '1000', hours: 1000 },
  ])('reads "$text" as $hours h', ({ text, hours }) => {
    expect(parseEffortHours(text)).toEqual({ ok: true, hours });
  });

  it.each([
    { text: '', why: /Enter the hours/ },
    { text: 'two', why: /number of hours/ },
    { text: '-1', why: /number of hours/ },
    { text: '0', why: /more than 0/ },
    { text: '1000.5', why: /at most 1000/ },
  ])('refuses "$text" with a reason a person can act on', ({ text, why }) => {
    const input = parseEffortHours(text);
    expect(input.ok).toBe(false);
    expect(input.ok ? '' : input.reason).toMatch(why);
  });
});
