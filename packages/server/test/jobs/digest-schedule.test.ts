import { openStore, type Store } from '@upfront/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessQueue } from '../../src/jobs/create-in-process-queue.js';
import type { JobPolicy, JobQueue } from '../../src/jobs/queue.js';
import { createDigests, type Digests } from '../../src/services/digests.js';
import { handClock } from './crash-support.js';

const policy: JobPolicy = { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 60 };
const ada = { tenantId: 't', userId: 'ada' };
const notCalled = () => Promise.reject(new Error('the scheduler does not write or draft digests'));

describe('the digest scheduler', () => {
  let store: Store;
  let queue: JobQueue;
  let digests: Digests;
  const clock = handClock('2026-11-30T12:00:00Z');
  beforeEach(async () => {
    store = await openStore('sqlite::memory:');
    // No worker: the test reads what the tick enqueued. Writing and drafting are not the scheduler's part.
    queue = createInProcessQueue({ jobs: store.jobs, clock, policies: { digest: policy, digests_due: policy } });
    digests = createDigests({ store, clock, tokens: { onBehalfOf: notCalled }, drafts: { draftOnce: notCalled }, prepare: notCalled });
  });
  afterEach(async () => {
    await queue.stop({ timeoutMs: 100 });
    await store.close();
  });

  it('enqueues one digest per period when the user moves to another zone in the middle of it', async () => {
    clock.set('2026-11-30T12:00:00Z');
    // Mondays 09:00 in Berlin (CET, UTC+1): Mon 7 Dec 08:00Z, period 2026-W50.
    const berlin = await digests.putSettings(ada, { enabled: true, audienceIds: [], weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' });
    expect(berlin.nextRunAt).toBe('2026-12-07T08:00:00Z');
    clock.set('2026-12-07T08:01:00Z');
    expect(await digests.enqueueDue(queue)).toEqual({ queued: 1, duplicates: 0 });
    // 08:30Z she flies to New York (03:30 there): Mondays 09:00 in New York (EST, UTC−5) is 14:00Z the same day, still W50.
    clock.set('2026-12-07T08:30:00Z');
    const newYork = await digests.putSettings(ada, { enabled: true, audienceIds: [], weekday: 1, localTime: '09:00', timeZone: 'America/New_York' });
    expect([newYork.nextRunAt, newYork.nextPeriod]).toEqual(['2026-12-07T14:00:00Z', '2026-W50']);
    clock.set('2026-12-07T14:01:00Z');
    expect(await digests.enqueueDue(queue)).toEqual({ queued: 0, duplicates: 0 });
    // A week later (Mon 14 Dec 14:00Z): period 2026-W51, one more.
    clock.set('2026-12-14T14:01:00Z');
    expect(await digests.enqueueDue(queue)).toEqual({ queued: 1, duplicates: 0 });
  });

  it('catches up a scheduler that was down for three weeks once, for the latest period', async () => {
    clock.set('2026-11-30T12:00:00Z');
    await digests.putSettings(ada, { enabled: true, audienceIds: [], weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' });
    // Down from before Mon 7 Dec until Tue 22 Dec: slots on 7, 14 and 21 Dec were missed; the latest is W52.
    clock.set('2026-12-22T10:00:00Z');
    expect(await digests.enqueueDue(queue)).toEqual({ queued: 1, duplicates: 0 });
    expect(await digests.enqueueDue(queue)).toEqual({ queued: 0, duplicates: 0 });
    // The schedule moved past now: Mon 28 Dec 08:00Z.
    expect((await digests.getSettings(ada)).nextRunAt).toBe('2026-12-28T08:00:00Z');
    // The job that was queued is the latest period's (its singleton key), so enqueuing W52 again is a duplicate.
    expect(await queue.enqueue('digest', { period: '2026-W52' }, { key: ada, singletonKey: 'digest:2026-W52' })).toBe('duplicate');
  });

  it('does not enqueue for a user who turned digests off', async () => {
    clock.set('2026-11-30T12:00:00Z');
    await digests.putSettings(ada, { enabled: false, audienceIds: [], weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' });
    clock.set('2026-12-07T08:01:00Z');
    expect(await digests.enqueueDue(queue)).toEqual({ queued: 0, duplicates: 0 });
    expect((await digests.getSettings(ada)).delivery).toBe('off');
  });
});
