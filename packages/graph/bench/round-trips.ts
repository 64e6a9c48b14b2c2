// Counts sequential round trips and requests of a full load and of a no-change delta refresh against the simulator,
// for the main demo user (9 stakeholders) and for the same user with 11 and 31 extra colleagues (20 and 40 stakeholders).
// Run from the repository root: npx tsx packages/graph/bench/round-trips.ts
import type { Instant } from '@upfront/core';
import { createGraphGateway } from '../src/index.js';
import { startSim } from '../test/sim-support.js';

const now = '2025-03-24T08:00:00Z' as Instant;
const horizon = { start: '2025-03-24T00:00:00Z' as Instant, end: '2025-04-07T00:00:00Z' as Instant };

type Gateway = ReturnType<typeof createGraphGateway>;
type Sync = Awaited<ReturnType<Gateway['loadWorld']>>['sync'];

const rows: string[] = [
  '| case | stakeholders | items | events | round trips | HTTP requests | Graph requests in $batch | ms |',
  '|---|---|---|---|---|---|---|---|',
];

/** One simulator per organisation size: full load + no-change refresh, with and without `$batch`. */
async function measure(who: string, extraPeople: number): Promise<void> {
  const env = await startSim({ now, extraPeople });
  try {
    const accessToken = await env.graphToken();
    const run = async (gateway: Gateway, label: string, sync?: Sync) => {
      const started = performance.now();
      const r = await gateway.loadWorld({ accessToken, horizon, now, ...(sync ? { sync } : {}) });
      const ms = Math.round(performance.now() - started);
      rows.push(`| ${label}, ${who} (${r.stats.mode}) | ${r.world.stakeholders.length} | ${r.world.items.length} | ${r.world.calendar.length} | ${r.stats.roundTrips} | ${r.stats.requests} | ${r.stats.batchedRequests} | ${ms} |`);
      return r;
    };
    const batched = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const full = await run(batched, 'full load');
    await run(batched, 'delta refresh, nothing changed', full.sync);
    const single = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch, useBatch: false });
    const fullSingle = await run(single, 'full load, no $batch');
    await run(single, 'delta refresh, no $batch', fullSingle.sync);
  } finally {
    await env.close();
  }
}

await measure('demo user', 0);
await measure('20 stakeholders', 11);
await measure('40 stakeholders', 31);
process.stdout.write(`${rows.join('\n')}\n`);
