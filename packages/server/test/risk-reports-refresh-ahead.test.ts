import type { RunningSimulator } from '@upfront/graph-sim';
import { createGraphGateway, createOboTokenProvider, createTrustingFetch } from '@upfront/graph';
import { openStore, type Store } from '@upfront/store';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../src/clock.js';
import { onBehalfOf, type GraphTokenSource } from '../src/services/graph-token-source.js';
import { createAssessedWorldLoader } from '../src/services/load-assessed-world.js';
import { createRiskReports } from '../src/services/risk-reports.js';
import { mainDemoUser, ssoTokenFor, startSimulator } from './support.js';

// The report service on its real collaborators (simulator-backed MSAL and gateway, in-memory SQLite), with its
// TTL clock in the test's hands; Graph requests are counted at the simulator's HTTPS server.
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let store: Store;
let user: { tenantId: string; userId: string };
let source: GraphTokenSource;
let graphRequests = 0;

beforeAll(async () => {
  sim = await startSimulator(NOW);
  sim.app.server.on('request', (req: { url?: string }) => {
    if (req.url?.startsWith('/v1.0/')) graphRequests += 1;
  });
  store = await openStore('sqlite::memory:');
  const ssoToken = await ssoTokenFor(sim, await mainDemoUser(sim));
  const claims = JSON.parse(Buffer.from(ssoToken.split('.')[1] ?? '', 'base64url').toString()) as { tid: string; oid: string };
  user = { tenantId: claims.tid, userId: claims.oid };
  source = onBehalfOf(ssoToken);
});
afterAll(async () => {
  await store?.close();
  await sim?.close();
});

function reportsAt(clock: { ms: number }) {
  const fetchFn = createTrustingFetch(sim.caPem);
  const obo = createOboTokenProvider({ authority: sim.authority, clientId: sim.appClientId, clientSecret: sim.appClientSecret, knownAuthorities: [new URL(sim.url).host], fetch: fetchFn });
  const loadAssessedWorld = createAssessedWorldLoader({
    tokens: { onBehalfOf: (ssoToken) => obo.graphTokenFor(ssoToken) },
    gateway: createGraphGateway({ baseUrl: `${sim.url}/v1.0`, fetch: fetchFn }),
    store,
    clock: fixedClock(NOW),
    ttlMs: 30_000,
    refreshAfterMs: 20_000,
    clockMs: () => clock.ms,
  });
  return createRiskReports({ loadAssessedWorld });
}
const plain = { horizonDays: 14, fresh: false };

/** Waits until no Graph request has arrived for half a second (a load started in the background has finished). */
async function settled(): Promise<void> {
  for (let last = -1; last !== graphRequests; ) {
    last = graphRequests;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('the kept report', () => {
  it('expires after its TTL: the next request reads Graph', async () => {
    const clock = { ms: 0 };
    const reports = reportsAt(clock);
    await reports.build(user, source, plain);
    clock.ms = 19_000;
    let before = graphRequests;
    await reports.build(user, source, plain);
    expect(graphRequests).toBe(before); // young: kept, and no load ahead yet
    clock.ms = 30_000;
    before = graphRequests;
    await reports.build(user, source, plain);
    expect(graphRequests).toBeGreaterThan(before);
  });

  it('is loaded again ahead of its expiry while the user keeps reading, so no request waits for Graph', async () => {
    const clock = { ms: 0 };
    const reports = reportsAt(clock);
    await reports.build(user, source, plain);
    clock.ms = 25_000;
    let before = graphRequests;
    await reports.build(user, source, plain); // answered from the kept load; the next one starts behind it
    await vi.waitFor(() => expect(graphRequests).toBeGreaterThan(before), { timeout: 20_000, interval: 50 });
    await settled();
    // Past the first load's TTL, the load made ahead answers: nothing reaches Graph.
    clock.ms = 40_000;
    before = graphRequests;
    await reports.build(user, source, plain);
    expect(graphRequests).toBe(before);
  });

  it('is dropped when the load ahead fails, so the next request reads Graph itself and reports the failure', async () => {
    const clock = { ms: 0 };
    const reports = reportsAt(clock);
    await reports.build(user, source, plain);
    expect(await putFaults({ rules: [{ kind: 'unavailable', match: { path: '^/me/mailboxSettings' }, retryAfterSeconds: 0 }] })).toBe(200);
    try {
      clock.ms = 25_000;
      const before = graphRequests;
      await reports.build(user, source, plain); // still answered from the kept load
      await vi.waitFor(() => expect(graphRequests).toBeGreaterThan(before), { timeout: 20_000, interval: 50 });
      // The load ahead retries with back-off before it gives up, so a quiet moment on the wire does not mean it
      // has failed: ask until the kept report is gone. Were it kept after the failure, every answer would be the
      // kept report and this would time out.
      await vi.waitFor(() => expect(reports.build(user, source, plain)).rejects.toMatchObject({ code: 'GRAPH_THROTTLED' }), { timeout: 25_000, interval: 250 });
    } finally {
      expect(await putFaults({})).toBe(200);
    }
    await expect(reports.build(user, source, plain)).resolves.toMatchObject({ generatedAt: expect.any(String) });
  });
});

/** PUT /demo/faults (loopback only). */
async function putFaults(config: unknown): Promise<number> {
  const res = await createTrustingFetch(sim.caPem)(`${sim.url}/demo/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(config) });
  await res.text();
  return res.status;
}
