import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { UserKey } from '@upfront/store';
import type { Instant } from '@upfront/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { nextDigestRun } from '../../src/jobs/next-digest-run.js';
import { createDigestsFor } from '../../src/jobs/run-worker.js';
import { openJobQueue } from '../../src/jobs/start-jobs.js';
import type { JobQueue } from '../../src/jobs/queue.js';
import { createServices, type Services } from '../../src/services.js';
import { toDigestDraftKey } from '../../src/services/digests.js';
import { envFor, startSimulator } from '../support.js';
import { crash, demoPeople, draftsWithKey, handClock, startWorkerProcess } from './crash-support.js';
import { factsPreparer } from './fixtures/digest-worker-process.js';
import { dropSchemas, eventually, freshSchema, postgresUrl, queryRows } from './postgres.js';

// The worker processes run on the real clock, so the schedule is laid around it: the weekly slot is an hour ago
// (its weekday and time in UTC), the settings were saved 22 days ago, so their next run was the slot three weeks
// before; the scheduler's tick now is three periods late and catches up once, for the latest slot's period.
const NOW = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const slotMs = Math.floor((Date.parse(NOW) - 3_600_000) / 60_000) * 60_000;
const slot = { weekday: new Date(slotMs).getUTCDay(), localTime: new Date(slotMs).toISOString().slice(11, 16), timeZone: 'UTC' };
const SETTINGS_AT = new Date(Date.parse(NOW) - 22 * 86_400_000).toISOString();
const PERIOD = nextDigestRun(slot, new Date(slotMs - 60_000).toISOString() as Instant).period;
// Outside the tenant's application access policy (the simulator refuses app-only access to their mailboxes).
const OUTSIDE_POLICY = ['wei.zhang', 'olivia.harris'];
const silent = { info: () => undefined, error: () => undefined };

describe.each([
  { engine: 'PostgreSQL with pg-boss, two workers, one killed mid-run', jobs: 'pg-boss' as const, workers: 2 },
  { engine: 'SQLite with the in-process runner, restarted mid-run', jobs: 'in-process' as const, workers: 1 },
])('weekly digests on $engine', ({ jobs, workers }) => {
  let sim: RunningSimulator;
  let env: Record<string, string>;
  let services: Services;
  let queue: JobQueue;
  const schemas: string[] = [];
  const children: Awaited<ReturnType<typeof startWorkerProcess>>[] = [];
  const clock = handClock(SETTINGS_AT);

  beforeAll(async () => {
    // Every Graph call takes 150 ms, so a worker is killed while digests are in flight.
    sim = await startSimulator(NOW, { faults: { rules: [{ kind: 'latency', latencyMs: 150 }] } });
    let databaseUrl: string;
    if (jobs === 'pg-boss') {
      const storeSchema = freshSchema('upfront');
      const bossSchema = freshSchema('boss');
      schemas.push(storeSchema, bossSchema);
      execFileSync('psql', [postgresUrl, '-X', '-q', '-c', `CREATE SCHEMA "${storeSchema}"`]);
      databaseUrl = `${postgresUrl}?options=-c%20search_path%3D${storeSchema}`;
      env = envFor(sim, { DATABASE_URL: databaseUrl, JOBS: 'pg-boss', JOBS_SCHEMA: bossSchema });
    } else {
      databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'upfront-digests-')), 'local.db')}`;
      env = envFor(sim, { DATABASE_URL: databaseUrl, JOBS: 'in-process' });
    }
    // Lost digests are retried 10 s after their worker died; failed attempts 1 s later (then 2, 4 …).
    Object.assign(env, { DIGESTS_EXPIRE_SECONDS: '10', DIGESTS_RETRY_DELAY_SECONDS: '1', DIGESTS_RETRY_LIMIT: '5', DIGESTS_CONCURRENCY: '2', DIGESTS_TICK_MINUTES: '60' });
    const config = loadConfig(env);
    services = await createServices(config, { clock });
    queue = await openJobQueue(config, { jobs: services.store.jobs, clock, log: silent });
  });
  afterEach(async () => {
    for (const child of children.splice(0)) await crash(child);
  });
  afterAll(async () => {
    await queue?.stop({ timeoutMs: 1000 });
    await services?.close();
    await sim?.close();
    await dropSchemas(...schemas);
  });

  it('drafts exactly one digest per user and period, none lost, when a worker dies in the middle', async () => {
    const config = loadConfig(env);
    const digests = createDigestsFor(services, config, factsPreparer(services));
    const people = await demoPeople(sim);
    const keys: (UserKey & { alias: string })[] = people.map((p) => ({ tenantId: sim.tenantId, userId: p.id, alias: p.userPrincipalName.split('@')[0] ?? '' }));
    for (const key of keys) await digests.putSettings(key, { enabled: true, ...slot, audienceIds: [] });

    // The scheduler's tick, twice (two schedulers, or a tick repeated after a crash): one job per user, not one
    // per missed period.
    clock.set(NOW);
    expect(await digests.enqueueDue(queue)).toEqual({ queued: keys.length, duplicates: 0 });
    expect(await digests.enqueueDue(queue)).toEqual({ queued: 0, duplicates: 0 });

    const inside = keys.filter((k) => !OUTSIDE_POLICY.includes(k.alias));
    const created = async () => {
      let n = 0;
      for (const key of inside) if ((await services.store.drafts.get(key, toDigestDraftKey(key, PERIOD)))?.state === 'created') n += 1;
      return n;
    };
    for (let i = 0; i < workers; i += 1) children.push(await startWorkerProcess(env));
    await eventually(async () => (await created()) >= 2, 60_000, 'the first digests').catch((error: Error) => {
      throw new Error(`${error.message}; the workers said:\n${children.map((c) => c.output.join('')).join('\n---\n')}`);
    });
    // A crash in the middle of the run: no shutdown, leases and ledger claims left behind.
    const [victim] = children;
    await crash(victim!);
    if (workers === 1) children.push(await startWorkerProcess(env));

    await eventually(async () => (await created()) === inside.length, 150_000, `a digest for each of the ${inside.length} users the policy allows`).catch(async (error: Error) => {
      const entries = await Promise.all(inside.map(async (key) => `${key.alias}: ${JSON.stringify(await services.store.drafts.get(key, toDigestDraftKey(key, PERIOD)))}`));
      throw new Error(`${error.message}\n${entries.join('\n')}\nthe workers said:\n${children.map((c) => c.output.join('').slice(-3000)).join('\n---\n')}`);
    });
    const appToken = await services.tokens.appOnly!(sim.tenantId);
    const counts = await Promise.all(inside.map((key) => draftsWithKey(sim, appToken, key.userId, toDigestDraftKey(key, PERIOD))));
    // Exactly one draft in each mailbox (none twice), and every allowed user has one (none lost).
    expect(counts).toEqual(inside.map(() => 1));
    // Outside the policy: no draft, and the tab will say it is prepared at the next visit.
    for (const key of keys.filter((k) => OUTSIDE_POLICY.includes(k.alias))) {
      await eventually(async () => (await digests.getSettings(key)).delivery === 'at-next-visit', 60_000, `${key.alias} waiting for a visit`);
    }
    // The worker really died in the middle: a digest it had taken was run again after its lease ran out.
    if (jobs === 'pg-boss') {
      const retried = await queryRows<{ n: number }>(`SELECT count(*)::int AS n FROM "${schemas[1]}".job WHERE name = 'digest' AND retry_count > 0`);
      expect(retried[0]?.n).toBeGreaterThan(0);
    }
    expect(await queue.listFailed('digest')).toEqual([]);
  }, 240_000);
});
