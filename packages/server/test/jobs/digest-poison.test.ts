import type { RunningSimulator } from '@upfront/graph-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDigestsFor } from '../../src/jobs/run-worker.js';
import { openJobQueue, startJobs, type RunningJobs } from '../../src/jobs/start-jobs.js';
import { createServices, type Services } from '../../src/services.js';
import { createDigestPreparer, toDigestDraftKey } from '../../src/services/digests.js';
import { envFor, startSimulator } from '../support.js';
import { demoPeople, draftsInMailbox, handClock } from './crash-support.js';
import { eventually } from './postgres.js';

// Real clock for the in-process runner (its leases and retries run on it); the schedule is laid an hour back.
const NOW = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const slotMs = Math.floor((Date.parse(NOW) - 3_600_000) / 60_000) * 60_000;
const slot = { weekday: new Date(slotMs).getUTCDay(), localTime: new Date(slotMs).toISOString().slice(11, 16), timeZone: 'UTC' };

describe('a digest that always fails (a poison user)', () => {
  let sim: RunningSimulator;
  let services: Services;
  let jobs: RunningJobs;
  let digests: ReturnType<typeof createDigestsFor>;
  const clock = handClock(new Date(Date.parse(NOW) - 8 * 86_400_000).toISOString());
  const logged: { msg: string; reason?: string }[] = [];
  const log = { info: (obj: object, msg: string) => void logged.push({ msg, ...obj }), error: (obj: object, msg: string) => void logged.push({ msg, ...obj }) };

  beforeAll(async () => {
    sim = await startSimulator(NOW);
    // Two retries at once (no delay), then failed: three attempts in all.
    const config = loadConfig(envFor(sim, { JOBS: 'in-process', DIGESTS_RETRY_LIMIT: '2', DIGESTS_RETRY_DELAY_SECONDS: '0', DIGESTS_TICK_MINUTES: '60' }));
    services = await createServices(config, { clock });
    digests = createDigestsFor(services, config, createDigestPreparer(services.loadAssessedWorld));
    const queue = await openJobQueue(config, { jobs: services.store.jobs, clock: services.clock, log });
    jobs = await startJobs(queue, config, { digests, jobs: services.store.jobs, clock: services.clock, log });
  });
  afterAll(async () => {
    await jobs?.stop({ timeoutMs: 2000 });
    await services?.close();
    await sim?.close();
  });

  it('goes to the failed jobs with its reason after its retries, and the other users get their digest', async () => {
    const maya = (await demoPeople(sim)).find((p) => p.userPrincipalName.startsWith('maya.brooks@'));
    if (!maya) throw new Error('no Maya in the demo');
    const good = { tenantId: sim.tenantId, userId: maya.id };
    // A user the directory does not know: every Graph read of their mailbox answers 404.
    const ghost = { tenantId: sim.tenantId, userId: '00000000-0000-4000-8000-00000000dead' };
    for (const key of [good, ghost]) await digests.putSettings(key, { enabled: true, audienceIds: [], ...slot });
    clock.set(NOW);
    expect(await digests.enqueueDue(jobs.queue)).toEqual({ queued: 2, duplicates: 0 });

    await eventually(async () => (await jobs.queue.listFailed('digest')).length === 1, 60_000, 'the poison digest to fail');
    const [failed] = await jobs.queue.listFailed('digest');
    expect(failed).toMatchObject({ key: ghost, attempts: 3 });
    expect(failed?.error).toMatch(/^GRAPH_/);
    expect(logged.filter((l) => l.msg === 'digest failed')).toHaveLength(3);
    await eventually(async () => (await draftsInMailbox(sim, maya.userPrincipalName)).length > 0, 60_000, 'Maya’s digest');
    const period = (await jobs.queue.listFailed<{ period: string }>('digest'))[0]?.data.period ?? '';
    expect(await draftsInMailbox(sim, maya.userPrincipalName)).toEqual([toDigestDraftKey(good, period as never)]);
  });
});
