// Counts sequential round trips and requests of a full load and of a no-change delta refresh against the simulator.
// Run from the repository root: npx tsx packages/graph/bench/round-trips.ts
import type { Instant } from '@upfront/core';
import { createGraphGateway } from '../src/index.js';
import { startSim } from '../test/sim-support.js';

const now = '2025-03-24T08:00:00Z' as Instant;
const horizon = { start: '2025-03-24T00:00:00Z' as Instant, end: '2025-04-07T00:00:00Z' as Instant };

const env = await startSim({ now });
try {
  const accessToken = await env.graphToken();
  let gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
  const rows: string[] = ['| case | stakeholders | items | events | round trips | HTTP requests | Graph requests in $batch | ms |', '|---|---|---|---|---|---|---|---|'];
  const run = async (label: string, sync?: Awaited<ReturnType<typeof gateway.loadWorld>>['sync']) => {
    const started = performance.now();
    const r = await gateway.loadWorld({ accessToken, horizon, now, ...(sync ? { sync } : {}) });
    const ms = Math.round(performance.now() - started);
    rows.push(`| ${label} (${r.stats.mode}) | ${r.world.stakeholders.length} | ${r.world.items.length} | ${r.world.calendar.length} | ${r.stats.roundTrips} | ${r.stats.requests} | ${r.stats.batchedRequests} | ${ms} |`);
    return r;
  };
  const full = await run('full load, demo user');
  await run('delta refresh, nothing changed', full.sync);
  gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch, useBatch: false });
  const single = await run('full load, no $batch');
  await run('delta refresh, no $batch', single.sync);
  process.stdout.write(`${rows.join('\n')}\n`);
} finally {
  await env.close();
}
