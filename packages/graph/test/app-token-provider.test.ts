import type { Instant } from '@upfront/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppTokenProvider, createGraphGateway, resolveGraphAccess } from '../src/index.js';
import { startSim } from './sim-support.js';

const now = '2025-03-24T08:00:00Z' as Instant;
const horizon = { start: '2025-03-24T00:00:00Z' as Instant, end: '2025-04-07T00:00:00Z' as Instant };
let env: Awaited<ReturnType<typeof startSim>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function setUp() {
  env = await startSim();
  const e = env;
  let tokenRequests = 0;
  const fetchFn = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    if (String(input instanceof Request ? input.url : input).includes('/oauth2/v2.0/token')) tokenRequests += 1;
    return e.fetch(input, init);
  }) as typeof fetch;
  const { sim } = e;
  const app = createAppTokenProvider({ authority: sim.authority, clientId: sim.appClientId, clientSecret: sim.appClientSecret, knownAuthorities: [new URL(sim.url).host], fetch: fetchFn });
  const users = (await (await e.fetch(`${sim.url}/demo/users`)).json()) as { value: { id: string; userPrincipalName: string }[] };
  const idOf = (upn: string) => users.value.find((u) => u.userPrincipalName.toLowerCase() === upn.toLowerCase())?.id ?? '';
  return { e, app, idOf, tokenRequests: () => tokenRequests };
}

describe('app-only tokens (client credentials)', () => {
  it('gets a token once per tenant and serves it from MSAL’s cache afterwards', async () => {
    const { e, app, tokenRequests } = await setUp();
    // Two jobs starting at once share one exchange; a later one is served from the cache.
    const [first, concurrent] = await Promise.all([app.graphAppTokenFor(e.sim.tenantId), app.graphAppTokenFor(e.sim.tenantId)]);
    const second = await app.graphAppTokenFor(e.sim.tenantId);
    expect([concurrent, second]).toEqual([first, first]);
    expect(tokenRequests()).toBe(1);
    // An app token has roles, no scp: Graph refuses `/me` with it.
    expect((await e.call(first, 'GET', '/me')).status).toBe(400);
  });

  it('reads the same world as on-behalf-of, addressing the user as /users/{id}', async () => {
    const { e, app, idOf } = await setUp();
    const gateway = createGraphGateway({ baseUrl: e.graphBaseUrl, fetch: e.fetch });
    const delegated = await gateway.loadWorld({ accessToken: await e.graphToken(), horizon, now });
    const access = await resolveGraphAccess({ kind: 'app-only', provider: app, tenantId: e.sim.tenantId, userId: idOf(e.mainUpn) });
    expect(access.address).toEqual({ kind: 'user', userId: idOf(e.mainUpn) });
    const appOnly = await gateway.loadWorld({ ...access, horizon, now });
    expect(appOnly.world).toEqual(delegated.world);
    expect(appOnly.stats.roundTrips).toBe(delegated.stats.roundTrips);
  });

  it('maps a mailbox outside the tenant’s application access policy to GRAPH_APP_ACCESS_DENIED, for reads and drafts', async () => {
    const { e, app, idOf } = await setUp();
    const gateway = createGraphGateway({ baseUrl: e.graphBaseUrl, fetch: e.fetch, sleep: async () => {} });
    // Wei Zhang is left out of the demo tenant's policy.
    const access = { accessToken: await app.graphAppTokenFor(e.sim.tenantId), address: { kind: 'user' as const, userId: idOf(e.upn('wei.zhang')) } };
    await expect(gateway.loadWorld({ ...access, horizon, now })).rejects.toMatchObject({ code: 'GRAPH_APP_ACCESS_DENIED' });
    const draft = { draftKey: 'c0ffee'.repeat(6), subject: 'Weekly digest', body: { contentType: 'text' as const, content: 'x' }, toRecipients: [] };
    await expect(gateway.createDraftOnce({ ...access, ...draft })).rejects.toMatchObject({ code: 'GRAPH_APP_ACCESS_DENIED' });
  });

  it('turns a wrong client secret into AUTH_TOKEN_REJECTED', async () => {
    const { e } = await setUp();
    const { sim } = e;
    const bad = createAppTokenProvider({ authority: sim.authority, clientId: sim.appClientId, clientSecret: 'wrong', knownAuthorities: [new URL(sim.url).host], fetch: e.fetch });
    await expect(bad.graphAppTokenFor(sim.tenantId)).rejects.toMatchObject({ name: 'AuthError', code: 'AUTH_TOKEN_REJECTED' });
  });
});
