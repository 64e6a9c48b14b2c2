import type { RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from './support.js';

// What one GET /api/risks costs upstream, counted where it lands: at the simulator's HTTPS server, which
// sees every token exchange (`/oauth2/v2.0/token`) and every Graph request (`/v1.0/…`, a `$batch` counting once).
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let auth: { authorization: string };
let otherAuth: { authorization: string };
const seen = { token: 0, graph: 0 };
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  sim = await startSimulator(NOW);
  sim.app.server.on('request', (req: { url?: string }) => {
    if (req.url?.includes('/oauth2/v2.0/token')) seen.token += 1;
    else if (req.url?.startsWith('/v1.0/')) seen.graph += 1;
  });
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, await mainDemoUser(sim))}` };
  const { value } = await simDemo<{ value: { userPrincipalName: string }[] }>(sim, '/demo/users');
  otherAuth = { authorization: `Bearer ${await ssoTokenFor(sim, value[1]?.userPrincipalName ?? '')}` };
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});
afterAll(async () => {
  await sim?.close();
});

/** A new server: empty store, empty caches, its own MSAL client. */
async function newApp(): Promise<FastifyInstance> {
  const app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
  apps.push(app);
  return app;
}

/** Requests that reached the simulator while `work` ran. */
async function upstream(work: () => Promise<unknown>): Promise<{ token: number; graph: number }> {
  const before = { ...seen };
  await work();
  return { token: seen.token - before.token, graph: seen.graph - before.graph };
}

const getRisks = async (app: FastifyInstance, headers: Record<string, string>, query = '') => {
  const res = await app.inject({ url: `/api/risks${query}`, headers });
  expect(res.statusCode).toBe(200);
  return res.json() as RiskReport;
};
const fresh = { 'cache-control': 'no-cache' };

describe('the on-behalf-of exchange', () => {
  it('reaches the token endpoint once for the same user and SSO token, even on fresh reads from Graph', async () => {
    const app = await newApp();
    const first = await upstream(() => getRisks(app, { ...auth, ...fresh }));
    const second = await upstream(() => getRisks(app, { ...auth, ...fresh }));
    expect(first.token).toBe(1);
    expect(first.graph).toBeGreaterThan(0);
    expect(second.graph).toBeGreaterThan(0); // Graph was read again…
    expect(second.token).toBe(0); // …with the Graph token MSAL had cached
  });

  it('exchanges again for another user', async () => {
    const app = await newApp();
    await getRisks(app, auth);
    const other = await upstream(() => getRisks(app, otherAuth));
    expect(other.token).toBe(1);
  });
});

describe('loads shared between requests', () => {
  it('serves concurrent requests of one user from one Graph load and one token exchange', async () => {
    const alone = await upstream(async () => getRisks(await newApp(), auth));
    const app = await newApp();
    let reports: RiskReport[] = [];
    const together = await upstream(async () => {
      reports = await Promise.all(Array.from({ length: 6 }, () => getRisks(app, auth)));
    });
    expect(alone.graph).toBeGreaterThan(0);
    expect(together).toEqual({ token: 1, graph: alone.graph });
    expect(new Set(reports.map((r) => JSON.stringify(r))).size).toBe(1);
  });

  it('serves concurrent fresh requests from one fresh read', async () => {
    const app = await newApp();
    await getRisks(app, auth);
    const one = await upstream(() => getRisks(app, { ...auth, ...fresh }));
    const five = await upstream(() => Promise.all(Array.from({ length: 5 }, () => getRisks(app, { ...auth, ...fresh }))));
    expect(one.graph).toBeGreaterThan(0);
    expect(five).toEqual({ token: 0, graph: one.graph });
  });

  it('answers a repeated request from the kept report without reaching Graph', async () => {
    const app = await newApp();
    const first = await getRisks(app, auth);
    const again = await upstream(() => getRisks(app, auth));
    expect(again).toEqual({ token: 0, graph: 0 });
    expect((await getRisks(app, auth)).generatedAt).toBe(first.generatedAt);
  });

  it('reads Graph again for Cache-Control: no-cache after a kept report, and keeps the fresh one', async () => {
    const app = await newApp();
    await getRisks(app, auth);
    const refreshed = await upstream(() => getRisks(app, { ...auth, ...fresh }));
    expect(refreshed.graph).toBeGreaterThan(0);
    expect(await upstream(() => getRisks(app, auth))).toEqual({ token: 0, graph: 0 });
  });

  it('keeps one report per horizon', async () => {
    const app = await newApp();
    await getRisks(app, auth, '?horizonDays=14');
    const longer = await upstream(() => getRisks(app, auth, '?horizonDays=30'));
    expect(longer.graph).toBeGreaterThan(0);
    expect(await upstream(() => getRisks(app, auth, '?horizonDays=14'))).toEqual({ token: 0, graph: 0 });
  });

  it('never serves one user the report kept for another', async () => {
    const app = await newApp();
    const mine = await getRisks(app, auth);
    const theirs = await getRisks(app, otherAuth);
    expect(theirs.user.email).not.toBe(mine.user.email);
    expect((await getRisks(app, auth)).user.email).toBe(mine.user.email);
  });

  it("assesses a changed setting at once, from the kept load, without reading Graph", async () => {
    const app = await newApp();
    const before = (await getRisks(app, auth)).items.find((i) => i.effort.source !== 'override');
    if (!before) throw new Error('the demo has no item');
    const put = await app.inject({ method: 'PUT', url: `/api/items/${encodeURIComponent(before.id)}/effort`, headers: auth, payload: { hours: 7.5 } });
    expect(put.statusCode).toBe(204);
    let after: RiskReport | undefined;
    const cost = await upstream(async () => {
      after = await getRisks(app, auth);
    });
    expect(cost).toEqual({ token: 0, graph: 0 });
    expect(after?.items.find((i) => i.id === before.id)?.effort).toMatchObject({ minutes: 450, source: 'override' }); // 7.5 h × 60
  });

  it('keeps no failed load: the next request reads Graph again', async () => {
    const app = await newApp();
    const put = await fetchFaults({ rules: [{ kind: 'unavailable', match: { path: '^/me/mailboxSettings' }, retryAfterSeconds: 0 }] });
    expect(put).toBe(200);
    try {
      const failed = await app.inject({ url: '/api/risks', headers: auth });
      expect(failed.statusCode).toBeGreaterThanOrEqual(500);
    } finally {
      expect(await fetchFaults({})).toBe(200);
    }
    const retried = await upstream(() => getRisks(app, auth));
    expect(retried.graph).toBeGreaterThan(0);
  });
});

/** PUT /demo/faults (loopback only). */
async function fetchFaults(config: unknown): Promise<number> {
  const { Agent, fetch } = await import('undici');
  const res = await fetch(`${sim.url}/demo/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(config),
    dispatcher: new Agent({ connect: { ca: sim.caPem } }),
  });
  await res.text();
  return res.status;
}
