import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOboTokenProvider } from '../src/index.js';
import { startSim } from './sim-support.js';

// Token exchanges counted where they land: the simulator's token endpoint, seen at its HTTPS server.
let env: Awaited<ReturnType<typeof startSim>>;
let exchanges = 0;
beforeEach(async () => {
  env = await startSim();
  exchanges = 0;
  env.sim.app.server.on('request', (req: { url?: string }) => {
    if (req.url?.includes('/oauth2/v2.0/token')) exchanges += 1;
  });
});
afterEach(async () => {
  await env.close();
});

const providerFor = (scopes?: string[]) =>
  createOboTokenProvider({
    authority: env.sim.authority,
    clientId: env.sim.appClientId,
    clientSecret: env.sim.appClientSecret,
    knownAuthorities: [new URL(env.sim.url).host],
    fetch: env.fetch,
    ...(scopes ? { scopes } : {}),
  });

describe('the on-behalf-of token provider', () => {
  it('exchanges an SSO token once and serves the same Graph token from MSAL’s cache afterwards', async () => {
    const tokens = providerFor();
    const sso = await env.ssoToken();
    const first = await tokens.graphTokenFor(sso);
    const second = await tokens.graphTokenFor(sso);
    const third = await tokens.graphTokenFor(sso);
    expect(exchanges).toBe(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
    // The cached token is a working Graph token (asked for `.default`, it carries what `.default` granted).
    const me = await env.fetch(`${env.graphBaseUrl}/me/mailboxSettings`, { headers: { Authorization: `Bearer ${second}` } });
    await me.text();
    expect(me.status).toBe(200);
  });

  it('shares one exchange between concurrent requests with the same SSO token', async () => {
    const tokens = providerFor();
    const sso = await env.ssoToken();
    const all = await Promise.all(Array.from({ length: 5 }, () => tokens.graphTokenFor(sso)));
    expect(exchanges).toBe(1);
    expect(new Set(all).size).toBe(1);
  });

  it('exchanges once per user', async () => {
    const tokens = providerFor();
    const mine = await tokens.graphTokenFor(await env.ssoToken());
    const otherSso = await env.ssoToken(`jonas.weber@${env.mainUpn.split('@')[1] ?? ''}`);
    const theirs = await tokens.graphTokenFor(otherSso);
    await tokens.graphTokenFor(otherSso);
    expect(exchanges).toBe(2);
    expect(theirs).not.toBe(mine);
  });

  it('hits the cache with explicitly named scopes too', async () => {
    const tokens = providerFor(['https://graph.microsoft.com/User.Read']);
    const sso = await env.ssoToken();
    await tokens.graphTokenFor(sso);
    await tokens.graphTokenFor(sso);
    expect(exchanges).toBe(1);
  });
});
