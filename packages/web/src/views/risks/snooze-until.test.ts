import { describe, expect, it } from 'vitest';
import { toSnoozeUntil } from './snooze-until.js';

// Monday 24 March 2025, 08:00 UTC = 01:00 in Los Angeles (PDT, UTC−7) = 09:00 in Berlin (CET, UTC+1).
const NOW = Date.parse('2025-03-24T08:00:00Z');

describe('toSnoozeUntil', () => {
  it.each([
    // Tomorrow in LA is Tue 25 March; 08:00 PDT = 15:00 UTC.
    { case: 'tomorrow morning on the user’s clock', choice: { kind: 'tomorrow' as const }, zone: 'America/Los_Angeles', want: '2025-03-25T15:00:00.000Z' },
    // Seven days on from Mon 24 in Berlin is Mon 31 March, after the switch to CEST (UTC+2): 08:00 = 06:00 UTC.
    { case: 'next week, across the DST switch', choice: { kind: 'next-week' as const }, zone: 'Europe/Berlin', want: '2025-03-31T06:00:00.000Z' },
    // Fri 28 March in Berlin, still CET: 08:00 = 07:00 UTC.
    { case: 'the morning of a chosen date', choice: { kind: 'date' as const, on: '2025-03-28' }, zone: 'Europe/Berlin', want: '2025-03-28T07:00:00.000Z' },
    // Today in Berlin is Mon 24; its 08:00 (07:00 UTC) passed an hour ago.
    { case: 'nothing for this morning once it has passed', choice: { kind: 'date' as const, on: '2025-03-24' }, zone: 'Europe/Berlin', want: undefined },
    // In LA it is 01:00 on Mon 24: this morning's 08:00 (15:00 UTC) is still ahead.
    { case: 'this morning while it is still ahead', choice: { kind: 'date' as const, on: '2025-03-24' }, zone: 'America/Los_Angeles', want: '2025-03-24T15:00:00.000Z' },
    { case: 'nothing for an impossible date', choice: { kind: 'date' as const, on: '2025-02-30' }, zone: 'UTC', want: undefined },
  ])('$case', ({ choice, zone, want }) => {
    expect(toSnoozeUntil(choice, NOW, zone)).toBe(want);
  });
});
