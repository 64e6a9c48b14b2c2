// `pnpm bench digests` (npx tsx packages/server/bench/digests.bench.ts): weekly digests for many users through
// PostgreSQL (pg-boss) with 1, 2 and 4 `pnpm worker` processes (src/worker.ts, the real composer), against the
// simulator with generated users (`extraUsers`), every Graph call slowed by 100 ms (the `latency` fault) and
// Graph's throttling on (10,000 requests per 10 minutes per app and mailbox; 4 concurrent requests per mailbox).
// Per run: digests per second, total time, duplicate and missing drafts (each mailbox looked up by its key),
// and the time 10,000 users would take at that rate.
// Options (environment): DIGEST_BENCH_USERS (default 1000)  DIGEST_BENCH_WORKERS (default 1,2,4)
//   DIGEST_BENCH_CONCURRENCY (digests in flight per worker, default 4)  TEST_POSTGRES_URL
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Instant } from '@upfront/core';
import type { UserKey } from '@upfront/store';
import { loadConfig } from '../src/config.js';
import { nextDigestRun } from '../src/jobs/next-digest-run.js';
import { createDigestsFor } from '../src/jobs/run-worker.js';
import { openJobQueue } from '../src/jobs/start-jobs.js';
import { createServices } from '../src/services.js';
import { createDigestPreparer, toDigestDraftKey } from '../src/services/digests.js';
import { draftsInMailbox, demoPeople, handClock } from '../test/jobs/crash-support.js';
import { dropSchemas, freshSchema, postgresUrl, queryRows } from '../test/jobs/postgres.js';
import { envFor, startSimulator } from '../test/support.js';

const USERS = Number(process.env['DIGEST_BENCH_USERS'] ?? 1000);
const WORKERS = (process.env['DIGEST_BENCH_WORKERS'] ?? '1,2,4').split(',').map(Number);
const CONCURRENCY = process.env['DIGEST_BENCH_CONCURRENCY'] ?? '4';
const OUTSIDE_POLICY = ['wei.zhang', 'olivia.harris'];
const workerScript = fileURLToPath(new URL('../src/worker.ts', import.meta.url));
const serverRoot = fileURLToPath(new URL('..', import.meta.url));
const silent = { info: () => undefined, error: () => undefined };
const say = (line: string) => void process.stdout.write(`${line}\n`);

/** CPU seconds a child process used so far (utime + stime from /proc, in clock ticks of 1/100 s). */
function cpuSecondsOf(child: ChildProcess): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** What the workers logged per digest (`{"msg":"digest","outcome":…}`), counted by outcome. */
const outcomes = new Map<string, number>();

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], { cwd: serverRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (seen.length < 10_000) seen += chunk.toString();
      if (seen.includes('worker started')) resolve(child);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const outcome = /"msg":"digest"/.test(line) ? /"outcome":"([a-z-]+)"/.exec(line)?.[1] : undefined;
        if (outcome) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${seen}`)));
  });
}

const NOW = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const slotMs = Math.floor((Date.parse(NOW) - 3_600_000) / 60_000) * 60_000;
const slot = { weekday: new Date(slotMs).getUTCDay(), localTime: new Date(slotMs).toISOString().slice(11, 16), timeZone: 'UTC' };
const period = nextDigestRun(slot, new Date(slotMs - 60_000).toISOString() as Instant).period;

const sim = await startSimulator(NOW, {
  extraUsers: USERS,
  faults: { rules: [{ kind: 'latency', latencyMs: 100 }], budget: { perUserPerApp: 10_000, windowMs: 600_000 } },
});
const everyone = await demoPeople(sim);
const people = everyone.filter((p) => !OUTSIDE_POLICY.some((alias) => p.userPrincipalName.startsWith(`${alias}@`))).slice(0, USERS);
say(`${people.length} users inside the access policy, Graph latency 100 ms, throttling on, period ${period}, ${CONCURRENCY} digests in flight per worker`);
const rows: string[] = [];

for (const workers of WORKERS) {
  const storeSchema = freshSchema('bench_upfront');
  const bossSchema = freshSchema('bench_boss');
  execFileSync('psql', [postgresUrl, '-X', '-q', '-c', `CREATE SCHEMA "${storeSchema}"`]);
  const env = envFor(sim, {
    DATABASE_URL: `${postgresUrl}?options=-c%20search_path%3D${storeSchema}`,
    JOBS: 'pg-boss',
    JOBS_SCHEMA: bossSchema,
    DIGESTS_CONCURRENCY: CONCURRENCY,
    DIGESTS_TICK_MINUTES: '60',
    LOG_LEVEL: 'info',
  });
  const config = loadConfig(env);
  const clock = handClock(new Date(Date.parse(NOW) - 8 * 86_400_000).toISOString());
  const services = await createServices(config, { clock });
  const digests = createDigestsFor(services, config, createDigestPreparer(services.loadAssessedWorld));
  const keys: UserKey[] = people.map((p) => ({ tenantId: sim.tenantId, userId: p.id }));
  for (const key of keys) await digests.putSettings(key, { enabled: true, audienceIds: [], ...slot });
  const queue = await openJobQueue(config, { jobs: services.store.jobs, clock, log: silent });
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(env)));

  outcomes.clear();
  clock.set(NOW);
  const cpuBefore = process.cpuUsage();
  const workersBefore = children.map(cpuSecondsOf);
  const startedMs = performance.now();
  let queued = 0;
  for (;;) {
    const tick = await digests.enqueueDue(queue);
    queued += tick.queued;
    if (tick.queued + tick.duplicates === 0) break;
  }
  const done = async () => (await queryRows<{ n: number }>(`SELECT count(*)::int AS n FROM "${storeSchema}".draft_ledger WHERE state = 'created'`))[0]?.n ?? 0;
  const settled = async () => (await queryRows<{ n: number }>(`SELECT count(*)::int AS n FROM "${bossSchema}".job WHERE name = 'digest' AND state IN ('completed', 'failed')`))[0]?.n ?? 0;
  while ((await settled()) < queued) await new Promise((resolve) => setTimeout(resolve, 250));
  const seconds = (performance.now() - startedMs) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const workerCpu = children.reduce((sum, child, i) => sum + cpuSecondsOf(child) - (workersBefore[i] ?? 0), 0);
  for (const child of children) child.kill('SIGTERM');

  let duplicates = 0;
  let missing = 0;
  for (const [i, person] of people.entries()) {
    const wanted = toDigestDraftKey(keys[i]!, period);
    const n = (await draftsInMailbox(sim, person.userPrincipalName)).filter((k) => k === wanted).length;
    if (n === 0) missing += 1;
    if (n === 0 && missing <= 3) say(`no draft for ${person.userPrincipalName}`);
    if (n > 1) duplicates += n - 1;
  }
  const failed = await queue.listFailed('digest', 5);
  // A digest with nothing to say is not drafted (assembleDigest's isEmpty): not missing.
  missing -= outcomes.get('empty') ?? 0;
  const rate = keys.length / seconds;
  const line = `| ${workers} | ${keys.length} | ${seconds.toFixed(1)} s | ${rate.toFixed(1)} | ${duplicates} | ${missing} | ${(10_000 / rate / 60).toFixed(1)} min |`;
  rows.push(line);
  say(`workers ${workers}: CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s in the simulator's process, ${workerCpu.toFixed(1)} s in the workers, over ${seconds.toFixed(1)} s`);
  say(`workers ${workers}: ${queued} queued, ${await done()} drafted, outcomes ${JSON.stringify(Object.fromEntries(outcomes))}, ${failed.length} failed${failed[0] ? ` (${failed[0].error})` : ''}`);
  say(line);
  await queue.stop({ timeoutMs: 1000 });
  await services.close();
  await dropSchemas(storeSchema, bossSchema);
}

say('\n| workers | users | total | digests/s | duplicates | missing | 10,000 users at that rate |\n|---|---|---|---|---|---|---|');
for (const row of rows) say(row);
await sim.close();
