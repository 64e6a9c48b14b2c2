import type { DayCapacity } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { toCapacityScale } from './capacity-scale.js';

function aDay(on: string, parts: Partial<DayCapacity>): DayCapacity {
  const day = { on, busyMinutes: 0, reserveMinutes: 0, claimedMinutes: 0, freeMinutes: 0, isDeadlineDay: false, ...parts };
  return { workMinutes: day.busyMinutes + day.reserveMinutes + day.claimedMinutes + day.freeMinutes, ...day };
}

describe('toCapacityScale', () => {
  it('stacks the four parts of each day under a round axis, without recomputing them', () => {
    // Day 1: 180 busy + 60 reserve + 120 claimed + 120 free = 480 min (8 h). Day 2: 90 + 30 + 0 + 240 = 360 min.
    // Fullest day 8 h → step 2 h → axis 0–8 h (480 min). 180/480 = 37.5 %, 60/480 = 12.5 %, 120/480 = 25 %.
    const scale = toCapacityScale([
      aDay('2026-12-07', { busyMinutes: 180, reserveMinutes: 60, claimedMinutes: 120, freeMinutes: 120 }),
      aDay('2026-12-08', { busyMinutes: 90, reserveMinutes: 30, freeMinutes: 240, isDeadlineDay: true }),
    ]);
    expect(scale.maxMinutes).toBe(480);
    expect(scale.ticks).toEqual([0, 120, 240, 360, 480]);
    expect(scale.bars[0]?.percent).toEqual({ free: 25, claimed: 25, reserve: 12.5, busy: 37.5 });
    // 90/480 = 18.75 → 18.8; 30/480 = 6.25 → 6.3 (one decimal); 240/480 = 50.
    expect(scale.bars[1]?.percent).toEqual({ free: 50, claimed: 0, reserve: 6.3, busy: 18.8 });
    expect(scale.bars.map((b) => b.isDeadlineDay)).toEqual([false, true]);
    // Totals are sums of the server's minutes: 180 + 90, 60 + 30, 120 + 0, 120 + 240.
    expect(scale.totals).toEqual({ busy: 270, reserve: 90, claimed: 120, free: 360 });
  });

  it.each([
    { fullest: 180, maxMinutes: 180, step: 60 },
    { fullest: 570, maxMinutes: 600, step: 120 }, // 9.5 h → step 2 h → 10 h
    { fullest: 780, maxMinutes: 960, step: 240 }, // 13 h → step 4 h → 16 h
    { fullest: 1800, maxMinutes: 1800, step: 360 }, // 30 h → step ceil(30 / 5) = 6 h
  ])('picks a readable step for a fullest day of $fullest min', ({ fullest, maxMinutes, step }) => {
    const scale = toCapacityScale([aDay('2026-12-07', { freeMinutes: fullest })]);
    expect(scale.maxMinutes).toBe(maxMinutes);
    expect(scale.ticks[1]).toBe(step);
    expect(scale.ticks.at(-1)).toBe(maxMinutes);
  });

  it('never divides by zero and ignores negative or missing parts', () => {
    const scale = toCapacityScale([aDay('2026-12-12', { freeMinutes: -120, busyMinutes: Number.NaN })]);
    expect(scale.maxMinutes).toBe(60);
    expect(scale.bars[0]?.minutes).toEqual({ free: 0, claimed: 0, reserve: 0, busy: 0 });
    expect(toCapacityScale([]).bars).toEqual([]);
  });
});
