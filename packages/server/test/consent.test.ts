import type { AuthConfig } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from './support.js';

const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let app: FastifyInstance;
let upn: string;

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim, { LOG_LEVEL: 'silent' }), { clock: fixedClock(NOW), logger: false });
  upn = await mainDemoUser(sim);
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

// MSAL keeps an exchanged token per SSO token (as Entra's stays valid until it expires): each check sends a new one.
const consent = async () => app.inject({ url: '/api/consent', headers: { authorization: `Bearer ${await ssoTokenFor(sim, upn)}` } });

describe('consent', () => {
  it("names the authority's authorize endpoint, the app and the permissions for the consent pop-up", async () => {
    const body = (await app.inject({ url: '/api/auth-config' })).json() as AuthConfig;
    expect(body.consent).toEqual({
      authorizeUrl: `${sim.authority}/oauth2/v2.0/authorize`,
      clientId: sim.appClientId,
      scope: 'https://graph.microsoft.com/.default openid profile',
    });
  });

  it('answers 204 while the person has consented, and the consent problem once they have not', async () => {
    expect((await consent()).statusCode).toBe(204);
    await simDemo(sim, '/demo/consent', { userPrincipalName: upn, granted: false });
    const refused = await consent();
    expect(refused.statusCode).toBe(403);
    expect(String(refused.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect((refused.json() as { code: string }).code).toBe('AUTH_CONSENT_REQUIRED');
    // The risks need the same exchange: they are refused the same way.
    const risks = await app.inject({ url: '/api/risks', headers: { authorization: `Bearer ${await ssoTokenFor(sim, upn)}` } });
    expect((risks.json() as { code: string }).code).toBe('AUTH_CONSENT_REQUIRED');
  });

  it("grants consent through the simulator's authorize page, after which the exchange succeeds", async () => {
    await simDemo(sim, '/demo/consent', { userPrincipalName: upn, granted: false });
    const redirectUri = 'https://upfront.example/auth-end.html';
    const query = new URLSearchParams({ client_id: sim.appClientId, redirect_uri: redirectUri, login_hint: upn, state: 'abc', scope: 'openid' });
    const shown = await sim.app.inject({ url: `/${sim.tenantId}/oauth2/v2.0/authorize?${query.toString()}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('value="accept"');

    const cancelled = await sim.app.inject({
      method: 'POST',
      url: `/${sim.tenantId}/oauth2/v2.0/authorize`,
      remoteAddress: '127.0.0.1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ client_id: sim.appClientId, redirect_uri: redirectUri, login_hint: upn, state: 'abc', decision: 'cancel' }).toString(),
    });
    expect(cancelled.statusCode).toBe(302);
    expect(new URL(String(cancelled.headers.location)).searchParams.get('error')).toBe('access_denied');
    expect((await consent()).statusCode).toBe(403);

    const accepted = await sim.app.inject({
      method: 'POST',
      url: `/${sim.tenantId}/oauth2/v2.0/authorize`,
      remoteAddress: '127.0.0.1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ client_id: sim.appClientId, redirect_uri: redirectUri, login_hint: upn, state: 'abc', decision: 'accept' }).toString(),
    });
    expect(accepted.statusCode).toBe(302);
    const back = new URL(String(accepted.headers.location));
    expect(back.origin + back.pathname).toBe(redirectUri);
    expect(back.searchParams.get('state')).toBe('abc');
    expect(back.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
    expect((await consent()).statusCode).toBe(204);
  });

  it('refuses a redirect to a plain-http address off this machine, and a consent form from elsewhere', async () => {
    const query = new URLSearchParams({ client_id: sim.appClientId, redirect_uri: 'http://evil.example/cb', login_hint: upn });
    const shown = await sim.app.inject({ url: `/${sim.tenantId}/oauth2/v2.0/authorize?${query.toString()}` });
    expect(shown.statusCode).toBe(400);
    const remote = await sim.app.inject({
      method: 'POST',
      url: `/${sim.tenantId}/oauth2/v2.0/authorize`,
      remoteAddress: '10.1.2.3',
      payload: 'decision=accept',
    });
    expect(remote.statusCode).toBe(403);
  });
});
