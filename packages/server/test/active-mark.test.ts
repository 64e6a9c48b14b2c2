import type { Instant } from '@upfront/core';
import type { ItemMark } from '@upfront/store';
import { describe, expect, it } from 'vitest';
import { toActiveMark, toMarkFingerprint } from '../src/services/to-active-mark.js';

const at = (s: string) => s as Instant;
const MARKED = at('2025-03-24T08:00:00Z');

describe('toMarkFingerprint', () => {
  it('joins the state and the date to promise, so either change makes another fingerprint', () => {
    expect(toMarkFingerprint({ state: 'at-risk' })).toBe('at-risk|-');
    expect(toMarkFingerprint({ state: 'off-track', promise: { kind: 'none', reason: 'no-capacity-in-sight', searchedUntil: '2025-04-20' } })).toBe(
      'off-track|none:no-capacity-in-sight',
    );
  });
});

describe('toActiveMark', () => {
  // Snoozed on Monday 24 March 08:00 UTC until Tuesday 25 March 07:00 UTC: 23 hours.
  const snoozed: ItemMark = { itemId: 'a', kind: 'snoozed', until: at('2025-03-25T07:00:00Z'), updatedAt: MARKED };

  it.each([
    { case: 'holds one minute before it ends (06:59 < 07:00)', now: '2025-03-25T06:59:00Z', holds: true },
    { case: 'ends at its own instant (07:00 is not before 07:00)', now: '2025-03-25T07:00:00Z', holds: false },
    { case: 'is gone a day later', now: '2025-03-26T07:00:00Z', holds: false },
  ])('a snooze $case', ({ now, holds }) => {
    const active = toActiveMark(snoozed, 'at-risk|-', at(now));
    expect(active).toEqual(holds ? { kind: 'snoozed', until: '2025-03-25T07:00:00Z', markedAt: MARKED } : undefined);
  });

  it('a snooze ignores the fingerprint: it lasts its time whatever the item does', () => {
    expect(toActiveMark(snoozed, 'overdue|-', at('2025-03-24T09:00:00Z'))?.kind).toBe('snoozed');
  });

  const done: ItemMark = { itemId: 'a', kind: 'done-for-now', fingerprint: 'at-risk|2025-03-28', updatedAt: MARKED };
  it.each([
    { case: 'holds while the item is as it was marked', fingerprint: 'at-risk|2025-03-28', holds: true },
    { case: 'lapses when its state changes (at risk → off track)', fingerprint: 'off-track|2025-03-28', holds: false },
    { case: 'lapses when its date to promise moves (28 → 31 March)', fingerprint: 'at-risk|2025-03-31', holds: false },
  ])('done for now $case', ({ fingerprint, holds }) => {
    // A year later, still: done for now has no clock, only the item's story.
    const active = toActiveMark(done, fingerprint, at('2026-03-24T08:00:00Z'));
    expect(active).toEqual(holds ? { kind: 'done-for-now', markedAt: MARKED } : undefined);
  });
});
