import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Instant } from '@upfront/core';
import { openStore, type Store } from '@upfront/store';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessQueue } from '../../src/jobs/create-in-process-queue.js';
import type { JobPolicy, JobQueue } from '../../src/jobs/queue.js';
import { eventually } from './postgres.js';

const policy: JobPolicy = { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 60 };
const policies = { digest: policy, digests_due: policy };
const alice = { tenantId: 't', userId: 'alice' };

/** A clock the test moves by hand. */
function handClock(startAt: string): Clock & { advance(ms: number): void } {
  let ms = Date.parse(startAt);
  return { now: () => new Date(ms).toISOString() as Instant, advance: (by) => void (ms += by) };
}

describe('the in-process queue over the store', () => {
  const stores: Store[] = [];
  const queues: JobQueue[] = [];
  const dbFile = () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'upfront-jobs-')), 'jobs.db')}`;
  const open = async (url: string) => {
    const store = await openStore(url);
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    for (const q of queues.splice(0)) await q.stop({ timeoutMs: 200 });
    for (const s of stores.splice(0)) await s.close();
  });

  it('runs a job once and drops a second enqueue of its key', async () => {
    const store = await open('sqlite::memory:');
    const clock = handClock('2026-12-07T08:00:00Z');
    const q = createInProcessQueue({ jobs: store.jobs, clock, policies, idlePollMs: 20 });
    queues.push(q);
    const seen: string[] = [];
    await q.work<{ period: string }>('digest', async (data, ctx) => void seen.push(`${ctx.key?.userId}:${data.period}`), { concurrency: 2 });
    expect(await q.enqueue('digest', { period: '2026-W50' }, { key: alice, singletonKey: 'digest:2026-W50' })).toBe('queued');
    expect(await q.enqueue('digest', { period: '2026-W50' }, { key: alice, singletonKey: 'digest:2026-W50' })).toBe('duplicate');
    await eventually(() => seen.length === 1, 5000, 'the job');
    await q.stop();
    expect(seen).toEqual(['alice:2026-W50']);
  });

  it('retries a failing job and keeps it failed with its error after the last attempt', async () => {
    const store = await open('sqlite::memory:');
    const q = createInProcessQueue({ jobs: store.jobs, clock: handClock('2026-12-07T08:00:00Z'), policies, idlePollMs: 20 });
    queues.push(q);
    let attempts = 0;
    await q.work('digest', async () => {
      attempts += 1;
      throw Object.assign(new Error('no mailbox'), { code: 'GRAPH_NOT_FOUND' });
    }, { concurrency: 1 });
    await q.enqueue('digest', { period: '2026-W50' }, { key: alice, singletonKey: 'digest:2026-W50' });
    await eventually(async () => (await q.listFailed('digest')).length === 1, 5000, 'the job to fail');
    // retryLimit 2: three attempts in all.
    expect(attempts).toBe(3);
    expect((await q.listFailed('digest'))[0]).toMatchObject({ key: alice, singletonKey: 'digest:2026-W50', attempts: 3, error: 'GRAPH_NOT_FOUND: no mailbox' });
  });

  it('runs a job again after a restart when the process died in the middle of it', async () => {
    const url = dbFile();
    const clock = handClock('2026-12-07T08:00:00Z');
    const before = await open(url);
    const first = createInProcessQueue({ jobs: before.jobs, clock, policies, idlePollMs: 20 });
    queues.push(first);
    let started = 0;
    // The first process takes the job and never finishes it (it "dies" in the middle).
    await first.work('digest', () => {
      started += 1;
      return new Promise<void>(() => undefined);
    }, { concurrency: 1 });
    await first.enqueue('digest', { period: '2026-W50' }, { key: alice, singletonKey: 'digest:2026-W50' });
    await eventually(() => started === 1, 5000, 'the first attempt');
    await first.stop({ timeoutMs: 50 });

    // The restarted process: the lease (expireInSeconds 60) has run out one second later.
    clock.advance(61_000);
    const after = await open(url);
    const second = createInProcessQueue({ jobs: after.jobs, clock, policies, idlePollMs: 20 });
    queues.push(second);
    const done: string[] = [];
    await second.work<{ period: string }>('digest', async (data) => void done.push(data.period), { concurrency: 1 });
    await eventually(() => done.length === 1, 5000, 'the job after the restart');
    expect(done).toEqual(['2026-W50']);
    expect(await second.listFailed('digest')).toEqual([]);
  });

  it('runs a scheduled handler as soon as it starts (a restart catches up at once)', async () => {
    const store = await open('sqlite::memory:');
    const q = createInProcessQueue({ jobs: store.jobs, clock: handClock('2026-12-07T08:00:00Z'), policies });
    queues.push(q);
    let ticks = 0;
    await q.schedule('digests_due', 1);
    await q.work('digests_due', async () => void (ticks += 1), { concurrency: 1 });
    await eventually(() => ticks === 1, 5000, 'the first tick');
    expect(ticks).toBe(1);
  });
});
