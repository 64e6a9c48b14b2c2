import { describe, expect, it } from 'vitest';
import { waitForConsent } from './wait-for-consent.js';

/** A check that says yes from its `yesFrom`-th call on (1-based); never yes when undefined. */
function checks(yesFrom: number | undefined) {
  let calls = 0;
  return { check: async () => ++calls >= (yesFrom ?? Infinity), calls: () => calls };
}

describe('waitForConsent', () => {
  it('stops at the first check that sees consent, having slept only before it', async () => {
    const slept: number[] = [];
    const c = checks(3);
    const ok = await waitForConsent(c.check, [1000, 2000, 4000], async (ms) => void slept.push(ms));
    expect(ok).toBe(true);
    expect(c.calls()).toBe(3);
    // checks at 0, then after 1 s, then after 2 s more: 3 s in all
    expect(slept).toEqual([1000, 2000]);
  });

  it('gives up after one check per delay plus the first', async () => {
    const slept: number[] = [];
    const c = checks(undefined);
    expect(await waitForConsent(c.check, [1000, 2000, 4000], async (ms) => void slept.push(ms))).toBe(false);
    expect(c.calls()).toBe(4);
    expect(slept).toEqual([1000, 2000, 4000]);
  });

  it('ends with the error of a check that fails another way', async () => {
    const failing = async (): Promise<boolean> => {
      throw new Error('network down');
    };
    await expect(waitForConsent(failing, [1], async () => undefined)).rejects.toThrow('network down');
  });
});
