import { describe, expect, it } from 'vitest';
import { createExpiringCache } from '../src/services/create-expiring-cache.js';

function withClock() {
  let nowMs = 0;
  return { clockMs: () => nowMs, advance: (ms: number) => void (nowMs += ms) };
}

describe('createExpiringCache', () => {
  it('serves a value until its time to live has passed, then forgets it', () => {
    const clock = withClock();
    const cache = createExpiringCache<string>({ ttlMs: 1000, maxEntries: 10, clockMs: clock.clockMs });
    cache.set('a', 'A');
    clock.advance(999);
    expect(cache.get('a')).toBe('A');
    clock.advance(1);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('drops the oldest entries beyond its bound', () => {
    const cache = createExpiringCache<number>({ ttlMs: 60_000, maxEntries: 3, clockMs: withClock().clockMs });
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.set(key, i);
    expect(cache.size).toBe(3);
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => cache.get(k))).toEqual([undefined, undefined, 2, 3, 4]);
  });

  it('counts a rewritten entry as the youngest', () => {
    const cache = createExpiringCache<number>({ ttlMs: 60_000, maxEntries: 2, clockMs: withClock().clockMs });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    cache.set('c', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([3, undefined, 4]);
  });

  it('sweeps expired entries on every write, so idle users do not stay in memory', () => {
    const clock = withClock();
    const cache = createExpiringCache<number>({ ttlMs: 1000, maxEntries: 100, clockMs: clock.clockMs });
    for (let i = 0; i < 50; i += 1) cache.set(`user${i}`, i);
    clock.advance(1000);
    cache.set('late', 1);
    expect(cache.size).toBe(1);
  });
});
