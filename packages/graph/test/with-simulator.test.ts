import type { Instant } from '@upfront/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphGateway, createOboTokenProvider } from '../src/index.js';
import { startSim } from './sim-support.js';

const now = '2025-03-24T08:00:00Z' as Instant;
const horizon = { start: '2025-03-24T00:00:00Z' as Instant, end: '2025-04-07T00:00:00Z' as Instant };
let env: Awaited<ReturnType<typeof startSim>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

describe('against the Graph simulator', () => {
  // Round trips of a full load: 1 /me, lists, Planner tasks, calendar, flagged mail → 2 tasks, plans, details, people,
  // attendees → 3 stakeholders' schedules, last contact, mail tips, plan groups' members → 4 colleagues' busy times.
  // Without colleagues (`colleagues: false`) the last wave is not needed: 3.
  it('exchanges an SSO token on-behalf-of with MSAL and loads a complete world for the demo user in ≤ 4 round trips (3 without colleagues)', async () => {
    env = await startSim();
    const { sim } = env;
    const obo = createOboTokenProvider({ authority: sim.authority, clientId: sim.appClientId, clientSecret: sim.appClientSecret, knownAuthorities: [new URL(sim.url).host], fetch: env.fetch });
    const accessToken = await obo.graphTokenFor(await env.ssoToken());
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const { world, stats } = await gateway.loadWorld({ accessToken, horizon, now });
    const without = await gateway.loadWorld({ accessToken, horizon, now, colleagues: false });
    expect(without.stats.roundTrips).toBeLessThanOrEqual(3);
    expect(without.world.colleagues).toBeUndefined();
    expect({ ...world, colleagues: undefined }).toEqual({ ...without.world, colleagues: undefined });
    expect(world.colleagues?.length).toBeGreaterThan(2);
    expect(world.user.email).toBe(env.mainUpn.toLowerCase());
    expect(world.items.some((i) => i.source === 'todo' && i.status === 'waitingOnOthers')).toBe(true);
    expect(world.items.some((i) => i.source === 'planner')).toBe(true);
    expect(world.calendar.length).toBeGreaterThan(5);
    expect(world.stakeholders.length).toBeGreaterThan(2);
    const referenced = new Set(world.items.flatMap((i) => [...i.stakeholderIds, ...i.contributorIds]));
    expect(new Set(world.stakeholders.map((s) => s.id))).toEqual(referenced);
    expect(stats.roundTrips).toBeLessThanOrEqual(4);
  });

  it('keeps 4 round trips and a 1-round-trip refresh with 20+ stakeholders and a To Do list longer than one default page', async () => {
    // 14 extra colleagues: 23 stakeholders, and 11 tasks in Maya's Flagged Emails list (Graph's default page holds 10).
    env = await startSim({ extraPeople: 14 });
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const accessToken = await env.graphToken();
    const first = await gateway.loadWorld({ accessToken, horizon, now });
    expect(first.world.stakeholders.length).toBeGreaterThanOrEqual(20);
    expect(first.stats.roundTrips).toBeLessThanOrEqual(4);
    const again = await gateway.loadWorld({ accessToken, horizon, now, sync: first.sync });
    expect(again.stats).toMatchObject({ mode: 'delta', roundTrips: 1 });
    expect(again.world).toEqual(first.world);
  });

  it('maps a rejected SSO token to a typed AuthError', async () => {
    env = await startSim();
    const { sim } = env;
    const obo = createOboTokenProvider({ authority: sim.authority, clientId: sim.appClientId, clientSecret: sim.appClientSecret, knownAuthorities: [new URL(sim.url).host], fetch: env.fetch });
    await expect(obo.graphTokenFor('not-a-token')).rejects.toMatchObject({ name: 'AuthError' });
  });

  it('refreshes with delta links in one round trip when nothing changed', async () => {
    env = await startSim();
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const accessToken = await env.graphToken();
    const first = await gateway.loadWorld({ accessToken, horizon, now });
    const again = await gateway.loadWorld({ accessToken, horizon, now, sync: first.sync });
    expect(again.stats).toMatchObject({ mode: 'delta', roundTrips: 1 });
    expect(again.world).toEqual(first.world);
  });

  it('reads the same world without $batch (one request per read, 4 at a time)', async () => {
    env = await startSim();
    const accessToken = await env.graphToken();
    const batched = await createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch }).loadWorld({ accessToken, horizon, now });
    const single = await createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch, useBatch: false }).loadWorld({ accessToken, horizon, now });
    expect(single.world).toEqual(batched.world);
    expect(single.stats.roundTrips).toBe(batched.stats.roundTrips);
  });

  // Recoverable faults: the gateway retries (bounded) and returns exactly the clean world, having sent more requests.
  it.each([
    { fault: '429 burst', useBatch: true, rule: { kind: 'throttle', retryAfterSeconds: 0.05, times: 6 } },
    { fault: '503 burst', useBatch: true, rule: { kind: 'unavailable', retryAfterSeconds: 0.05, times: 3 } },
    { fault: 'throttled $batch items', useBatch: true, rule: { kind: 'batchItemFailure', status: 429, retryAfterSeconds: 0.05, times: 4 } },
    { fault: '429 burst', useBatch: false, rule: { kind: 'throttle', retryAfterSeconds: 0.05, times: 3 } },
    { fault: 'malformed page', useBatch: false, rule: { kind: 'malformed', times: 1 } },
    { fault: 'timeout', useBatch: false, rule: { kind: 'timeout', times: 1 } },
  ] as const)('recovers from a $fault (batch: $useBatch) with the complete world', async ({ rule, useBatch }) => {
    env = await startSim();
    const accessToken = await env.graphToken();
    const clean = await createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch, useBatch }).loadWorld({ accessToken, horizon, now });
    await env.close();
    env = await startSim({ faults: { rules: [rule] } } as never);
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch, timeoutMs: 1_500, maxRetries: 4, useBatch });
    const faulty = await gateway.loadWorld({ accessToken: await env.graphToken(), horizon, now });
    expect(faulty.world).toEqual(clean.world);
    expect(faulty.stats.requests).toBeGreaterThan(clean.stats.requests);
  });

  // Lasting faults: a typed error that says what is stale, never a partial world.
  it.each([
    { fault: '429 storm', useBatch: true, rule: { kind: 'throttle', retryAfterSeconds: 0.05 }, code: 'GRAPH_THROTTLED', stale: 'profile' },
    { fault: '429 storm on Planner', useBatch: true, rule: { kind: 'throttle', retryAfterSeconds: 0.05, match: { path: 'planner' } }, code: 'GRAPH_THROTTLED', stale: 'planner' },
    { fault: 'malformed pages', useBatch: false, rule: { kind: 'malformed', match: { path: 'calendarView' } }, code: 'GRAPH_BAD_RESPONSE', stale: 'calendar' },
    { fault: 'hanging calendar', useBatch: false, rule: { kind: 'timeout', match: { path: 'calendarView' } }, code: 'GRAPH_UNAVAILABLE', stale: 'calendar' },
  ] as const)('fails with $code on a $fault', async ({ rule, useBatch, code, stale }) => {
    env = await startSim({ faults: { rules: [rule] } } as never);
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch, timeoutMs: 500, maxRetries: 2, backoffBaseMs: 10, useBatch });
    await expect(gateway.loadWorld({ accessToken: await env.graphToken(), horizon, now })).rejects.toMatchObject({ code, details: { stale: [stale] } });
  });
});
