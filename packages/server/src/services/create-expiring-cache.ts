/** A bounded in-memory map whose entries expire; see {@link createExpiringCache}. */
export interface ExpiringCache<V> {
  /** The live value for the key, if any (an expired one is dropped). */
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
}

export interface ExpiringCacheOptions {
  readonly ttlMs: number;
  /** The oldest entries go first beyond this many. */
  readonly maxEntries: number;
  /** Milliseconds on a clock that only moves forward (default `performance.now`). */
  readonly clockMs?: () => number;
}

/**
 * A map with a time to live and a size bound, both enforced on every write, so that memory stays bounded by
 * `maxEntries` however many users come and go, and an idle user's data does not outlive the TTL by more than
 * the next write.
 */
export function createExpiringCache<V>(opts: ExpiringCacheOptions): ExpiringCache<V> {
  const clockMs = opts.clockMs ?? (() => performance.now());
  const entries = new Map<string, { value: V; expiresAtMs: number }>();
  return {
    get(key) {
      const hit = entries.get(key);
      if (hit === undefined) return undefined;
      if (hit.expiresAtMs <= clockMs()) {
        entries.delete(key);
        return undefined;
      }
      return hit.value;
    },
    set(key, value) {
      const nowMs = clockMs();
      entries.delete(key); // re-inserted last: the map's order is the order of writes
      entries.set(key, { value, expiresAtMs: nowMs + opts.ttlMs });
      for (const [k, e] of entries) {
        if (entries.size <= opts.maxEntries && e.expiresAtMs > nowMs) break; // the rest are younger
        entries.delete(k);
      }
    },
    delete(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
