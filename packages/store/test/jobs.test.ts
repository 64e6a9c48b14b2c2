import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../src/index.js';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const bob = { tenantId: 'tenant-b', userId: 'alice' };
const t0 = at('2025-09-01T08:00:00Z');

afterAll(dropTestSchemas);

describe.each(adapters)('$name jobs', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('adds one job per user, queue and singleton key, whatever its state', async () => {
    const first = await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: { period: '2025-W36' }, singletonKey: '2025-W36', runAfter: t0 }, t0);
    const again = await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: { period: '2025-W36' }, singletonKey: '2025-W36', runAfter: t0 }, t0);
    const otherTenant = await db.store.jobs.enqueue({ queue: 'digest', key: bob, payload: {}, singletonKey: '2025-W36', runAfter: t0 }, t0);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(otherTenant.created).toBe(true);
    const job = await db.store.jobs.take('digest', t0, 60_000);
    await db.store.jobs.complete(job!, t0);
    const afterDone = await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, singletonKey: '2025-W36', runAfter: t0 }, t0);
    expect(afterDone.created).toBe(false);
    const unkeyed = await Promise.all([1, 2].map(() => db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, runAfter: t0 }, t0)));
    expect(unkeyed.every((u) => u.created)).toBe(true);
  });

  it('takes a due job with a lease, with its payload and key, and no job before its time', async () => {
    await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: { period: '2025-W36', users: [1, 2] }, runAfter: at('2025-09-01T09:00:00Z') }, t0);
    expect(await db.store.jobs.take('digest', at('2025-09-01T08:59:59Z'), 60_000)).toBeUndefined();
    expect(await db.store.jobs.take('other-queue', at('2025-09-01T09:00:00Z'), 60_000)).toBeUndefined();
    const job = await db.store.jobs.take('digest', at('2025-09-01T09:00:00Z'), 60_000);
    // Lease: 09:00:00 + 60 000 ms = 09:01:00.
    expect(job).toMatchObject({
      key: alice,
      payload: { period: '2025-W36', users: [1, 2] },
      state: 'active',
      attempts: 1,
      lockedUntil: '2025-09-01T09:01:00Z',
    });
  });

  it('never gives two concurrent takers the same job, and gives each job once', async () => {
    for (let i = 0; i < 6; i += 1) await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: { i }, runAfter: t0 }, t0);
    const other = await db.openAnother();
    const taken = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? db.store : other).jobs.take('digest', at('2025-09-01T08:00:01Z'), 60_000)),
    );
    const ids = taken.filter((j): j is Job => j !== undefined).map((j) => j.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  it('takes a job again once its lease has expired, and the first taker can no longer settle it', async () => {
    await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, runAfter: t0 }, t0);
    const first = await db.store.jobs.take('digest', t0, 60_000);
    // Leased until 08:01:00: at 08:00:59 it is still held, at 08:01:00 it is free again.
    expect(await db.store.jobs.take('digest', at('2025-09-01T08:00:59Z'), 60_000)).toBeUndefined();
    const second = await db.store.jobs.take('digest', at('2025-09-01T08:01:00Z'), 60_000);
    expect(second).toMatchObject({ id: first!.id, attempts: 2 });
    expect(await db.store.jobs.complete(first!, at('2025-09-01T08:01:10Z'))).toBe(false);
    expect(await db.store.jobs.fail(first!, 'late', at('2025-09-01T08:01:10Z'))).toBeUndefined();
    expect(await db.store.jobs.complete(second!, at('2025-09-01T08:01:20Z'))).toBe(true);
    expect((await db.store.jobs.get(first!.id))?.state).toBe('completed');
  });

  it('retries a failed job after a doubling backoff and keeps the error once it has failed for good', async () => {
    const { id } = await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, runAfter: t0, maxAttempts: 3, retryDelayMs: 10_000 }, t0);
    const one = await db.store.jobs.take('digest', t0, 60_000);
    expect(await db.store.jobs.fail(one!, 'GRAPH_THROTTLED', at('2025-09-01T08:00:05Z'))).toBe('queued');
    // Attempt 1 failed at 08:00:05: next run 08:00:05 + 10 s × 2⁰ = 08:00:15.
    expect(await db.store.jobs.get(id)).toMatchObject({ state: 'queued', runAfter: '2025-09-01T08:00:15Z', lastError: 'GRAPH_THROTTLED' });
    expect(await db.store.jobs.take('digest', at('2025-09-01T08:00:14Z'), 60_000)).toBeUndefined();
    const two = await db.store.jobs.take('digest', at('2025-09-01T08:00:15Z'), 60_000);
    expect(await db.store.jobs.fail(two!, 'GRAPH_THROTTLED', at('2025-09-01T08:00:20Z'))).toBe('queued');
    // Attempt 2 failed at 08:00:20: next run 08:00:20 + 10 s × 2¹ = 08:00:40.
    expect((await db.store.jobs.get(id))?.runAfter).toBe('2025-09-01T08:00:40Z');
    const three = await db.store.jobs.take('digest', at('2025-09-01T08:00:40Z'), 60_000);
    expect(await db.store.jobs.fail(three!, 'STORE_CORRUPT: poison user', at('2025-09-01T08:00:41Z'))).toBe('failed');
    expect(await db.store.jobs.take('digest', at('2025-09-02T08:00:00Z'), 60_000)).toBeUndefined();
    const failed = await db.store.jobs.listFailed(10);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ id, key: alice, state: 'failed', attempts: 3, lastError: 'STORE_CORRUPT: poison user' });
    expect(await db.store.jobs.listFailed(10, 'another-queue')).toEqual([]);
  });

  it('fails a job whose last attempt’s lease expired instead of running it forever', async () => {
    const { id } = await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, runAfter: t0, maxAttempts: 1 }, t0);
    await db.store.jobs.take('digest', t0, 60_000);
    expect(await db.store.jobs.take('digest', at('2025-09-01T08:05:00Z'), 60_000)).toBeUndefined();
    expect(await db.store.jobs.get(id)).toMatchObject({ state: 'failed', lastError: 'JOB_LEASE_EXPIRED' });
  });

  it('gives a job back on shutdown without counting the attempt', async () => {
    await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, runAfter: t0 }, t0);
    const taken = await db.store.jobs.take('digest', t0, 60_000);
    expect(await db.store.jobs.release(taken!, at('2025-09-01T08:00:01Z'))).toBe(true);
    expect(await db.store.jobs.take('digest', at('2025-09-01T08:00:02Z'), 60_000)).toMatchObject({ id: taken!.id, attempts: 1 });
  });

  it('extends a held lease, so a long job is not taken again, and refuses a lost one', async () => {
    await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, runAfter: t0 }, t0);
    const job = await db.store.jobs.take('digest', t0, 60_000);
    // Leased until 08:01:00; a heartbeat at 08:00:50 for 60 s moves it to 08:01:50.
    expect(await db.store.jobs.extend(job!, at('2025-09-01T08:00:50Z'), 60_000)).toBe(true);
    expect(await db.store.jobs.take('digest', at('2025-09-01T08:01:49Z'), 60_000)).toBeUndefined();
    const retaken = await db.store.jobs.take('digest', at('2025-09-01T08:01:50Z'), 60_000);
    expect(retaken?.attempts).toBe(2);
    expect(await db.store.jobs.extend(job!, at('2025-09-01T08:01:51Z'), 60_000)).toBe(false);
  });

  it('purges completed jobs older than a bound, freeing their singleton keys, and keeps the rest', async () => {
    const done = await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, singletonKey: '2025-W36', runAfter: t0 }, t0);
    await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, singletonKey: '2025-W37', runAfter: at('2025-09-08T08:00:00Z') }, t0);
    const job = await db.store.jobs.take('digest', t0, 60_000);
    await db.store.jobs.complete(job!, at('2025-09-01T08:00:10Z'));
    expect(await db.store.jobs.purgeCompleted(at('2025-09-01T08:00:10Z'))).toBe(0);
    expect(await db.store.jobs.purgeCompleted(at('2025-09-15T00:00:00Z'))).toBe(1);
    expect(await db.store.jobs.get(done.id)).toBeUndefined();
    expect((await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, singletonKey: '2025-W36', runAfter: t0 }, t0)).created).toBe(true);
    expect((await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: {}, singletonKey: '2025-W37', runAfter: t0 }, t0)).created).toBe(false);
  });
});

describe.each(adapters)('$name jobs under concurrent takers', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('fails every out-of-attempts expired job once and hands out each due job once', async () => {
    for (let i = 0; i < 4; i += 1) await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: { dead: i }, runAfter: t0, maxAttempts: 1 }, t0);
    for (let i = 0; i < 4; i += 1) await db.store.jobs.take('digest', t0, 1_000);
    for (let i = 0; i < 4; i += 1) await db.store.jobs.enqueue({ queue: 'digest', key: alice, payload: { live: i }, runAfter: t0 }, t0);
    const other = await db.openAnother();
    // 08:00:05: the four dead leases (until 08:00:01) have run out, the four live jobs are due.
    const taken = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? db.store : other).jobs.take('digest', at('2025-09-01T08:00:05Z'), 60_000)));
    const live = taken.filter((j): j is Job => j !== undefined);
    expect(live.map((j) => j.payload).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([{ live: 0 }, { live: 1 }, { live: 2 }, { live: 3 }]);
    expect((await db.store.jobs.listFailed(10)).map((j) => j.lastError)).toEqual(Array(4).fill('JOB_LEASE_EXPIRED'));
  });
});
