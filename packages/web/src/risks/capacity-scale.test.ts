import { describe, expect, it } from 'vitest';
import { toCapacityScale } from './capacity-scale.js';

describe('toCapacityScale', () => {
  it('rounds the axis up to a whole step above the busiest day', () => {
    const scale = toCapacityScale([
      { on: '2025-03-24', freeHours: 2, claimedHours: 5 },
      { on: '2025-03-25', freeHours: 6, claimedHours: 1.5 },
    ]);
    expect(scale.maxHours).toBe(8);
    expect(scale.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(scale.bars[0]).toMatchObject({ freePercent: 25, claimedPercent: 62.5 });
    expect(scale.bars[1]).toMatchObject({ freePercent: 75, claimedPercent: 18.8 });
  });

  it.each([
    { busiest: 3, maxHours: 3, step: 1 },
    { busiest: 9.5, maxHours: 10, step: 2 },
    { busiest: 13, maxHours: 16, step: 4 },
    { busiest: 30, maxHours: 30, step: 6 },
  ])('picks a readable step for a busiest day of $busiest h', ({ busiest, maxHours, step }) => {
    const scale = toCapacityScale([{ on: '2025-03-24', freeHours: busiest, claimedHours: 0 }]);
    expect(scale.maxHours).toBe(maxHours);
    expect(scale.ticks[1]).toBe(step);
    expect(scale.ticks.at(-1)).toBe(maxHours);
  });

  it('never divides by zero and ignores negative or missing hours', () => {
    const scale = toCapacityScale([{ on: '2025-03-29', freeHours: -2, claimedHours: Number.NaN }]);
    expect(scale.maxHours).toBe(1);
    expect(scale.bars[0]).toMatchObject({ freeHours: 0, claimedHours: 0, freePercent: 0, claimedPercent: 0 });
    expect(toCapacityScale([]).bars).toEqual([]);
  });
});
