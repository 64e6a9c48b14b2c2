import { ConfidentialClientApplication, type INetworkModule, type NetworkRequestOptions, type NetworkResponse } from '@azure/msal-node';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_CLIENT_SECRET, TEAMS_CLIENT_ID } from '../src/index.js';
import { MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

let f: SimFixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => f.close());

/** msal-node's network client, on undici fetch with an Agent that trusts the simulator's CA. */
function networkClient(): INetworkModule {
  const send = async <T>(url: string, method: 'GET' | 'POST', options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const res = await fetch(url, { method, headers: options?.headers ?? {}, ...(options?.body !== undefined ? { body: options.body } : {}), dispatcher: f.dispatcher });
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      headers[k] = v;
    });
    return { headers, body: (await res.json()) as T, status: res.status };
  };
  return {
    sendGetRequestAsync: (url, options) => send(url, 'GET', options),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  };
}

function msalClient(secret = f.sim.appClientSecret) {
  return new ConfidentialClientApplication({
    auth: { clientId: f.sim.appClientId, clientSecret: secret, authority: f.sim.authority, knownAuthorities: [new URL(f.sim.url).host] },
    system: { networkClient: networkClient() },
  });
}

describe('identity endpoints with the real @azure/msal-node', () => {
  it('exchanges a Teams-shaped SSO token on behalf of the user for a Graph token that reads /me', async () => {
    const sso = await f.ssoToken();
    const result = await msalClient().acquireTokenOnBehalfOf({ oboAssertion: sso, scopes: ['https://graph.microsoft.com/.default'] });
    expect(result?.accessToken).toBeTruthy();
    const claims = decodeJwt(result?.accessToken ?? '');
    expect(claims.aud).toBe('https://graph.microsoft.com');
    expect(String(claims['scp'])).toContain('Calendars.ReadBasic');
    const me = await f.call('/v1.0/me', { headers: { authorization: `Bearer ${result?.accessToken}` } });
    expect(me.status).toBe(200);
    expect((me.json() as { userPrincipalName: string }).userPrincipalName).toBe(MAIN_UPN);
  });

  it('gives an app-only token with roles for client credentials', async () => {
    const result = await msalClient().acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const claims = decodeJwt(result?.accessToken ?? '');
    expect(claims['roles']).toContain('Calendars.Read');
    expect(claims['scp']).toBeUndefined();
  });

  it('rejects a wrong client secret with an Entra error (AADSTS7000215)', async () => {
    await expect(msalClient('wrong').acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })).rejects.toMatchObject({ errorCode: 'invalid_client' });
    const raw = await f.call(`/${f.sim.tenantId}/oauth2/v2.0/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: f.sim.appClientId, client_secret: 'nope', grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }).toString(),
    });
    expect(raw.status).toBe(401);
    const body = raw.json() as Record<string, unknown>;
    expect(body['error_codes']).toEqual([7000215]);
    expect(String(body['error_description'])).toMatch(/^AADSTS7000215:/);
    for (const k of ['timestamp', 'trace_id', 'correlation_id']) expect(typeof body[k]).toBe('string');
  });

  it('refuses an OBO assertion that is not an SSO token for the app (a Graph token)', async () => {
    const graphToken = await f.graphToken();
    await expect(msalClient().acquireTokenOnBehalfOf({ oboAssertion: graphToken, scopes: ['https://graph.microsoft.com/.default'] })).rejects.toMatchObject({ errorCode: 'invalid_grant' });
  });

  it('answers consent_required when OBO asks for a scope the admin did not consent to', async () => {
    const sso = await f.ssoToken();
    await expect(msalClient().acquireTokenOnBehalfOf({ oboAssertion: sso, scopes: ['https://graph.microsoft.com/Mail.Send'] })).rejects.toMatchObject({ errorCode: 'invalid_grant' });
  });

  it('issues SSO tokens shaped like Teams v2 tokens, verifiable with the published JWKS', async () => {
    const sso = await f.ssoToken();
    const keys = (await f.call(`/${f.sim.tenantId}/discovery/v2.0/keys`).then((r) => r.json())) as JSONWebKeySet;
    expect(keys.keys[0]?.kty).toBe('RSA');
    const header = JSON.parse(Buffer.from(sso.split('.')[0] ?? '', 'base64url').toString()) as { alg: string; kid: string };
    expect(header).toMatchObject({ alg: 'RS256', kid: keys.keys[0]?.kid });
    const claims = decodeJwt(sso);
    expect(claims).toMatchObject({ iss: f.sim.issuer, aud: f.sim.appClientId, scp: 'access_as_user', tid: f.sim.tenantId, azp: TEAMS_CLIENT_ID, ver: '2.0', preferred_username: MAIN_UPN });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
    const verified = await jwtVerify(sso, createLocalJWKSet(keys), { algorithms: ['RS256'], issuer: f.sim.issuer, audience: f.sim.appClientId });
    expect(verified.payload.oid).toBeTruthy();
    const oidc = (await f.call(`/${f.sim.tenantId}/v2.0/.well-known/openid-configuration`).then((r) => r.json())) as Record<string, string>;
    expect(oidc['issuer']).toBe(f.sim.issuer);
    expect(oidc['jwks_uri']).toBe(f.sim.jwksUri);
    expect(DEMO_APP_CLIENT_SECRET).toBe(f.sim.appClientSecret);
  });
});

describe('Graph authorization', () => {
  it('answers 401 InvalidAuthenticationToken without a token, with a garbage token, and with an SSO token', async () => {
    for (const authorization of [undefined, 'Bearer abc', `Bearer ${await f.ssoToken()}`]) {
      const res = await f.call('/v1.0/me', { headers: authorization ? { authorization } : {} });
      expect(res.status).toBe(401);
      const body = res.json() as { error: { code: string; innerError: Record<string, string> } };
      expect(body.error.code).toBe('InvalidAuthenticationToken');
      expect(body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
      expect(typeof body.error.innerError['date']).toBe('string');
    }
  });

  it('answers 403 when the token lacks the route scope, and echoes client-request-id', async () => {
    const token = await f.graphToken(MAIN_UPN, ['User.Read']);
    const res = await f.call('/v1.0/me/todo/lists', { headers: { authorization: `Bearer ${token}`, 'client-request-id': 'abc-123' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect((res.json() as { error: { code: string } }).error.code).toBe('ErrorAccessDenied');
  });

  it('limits app-only tokens to mailboxes in the application access policy', async () => {
    const app = await f.appToken();
    const inside = await f.call(`/v1.0/users/${MAIN_UPN}/mailboxSettings`, { headers: { authorization: `Bearer ${app}` } });
    expect(inside.status).toBe(200);
    const outside = await f.call('/v1.0/users/wei.zhang@northwind.example/mailboxSettings', { headers: { authorization: `Bearer ${app}` } });
    expect(outside.status).toBe(403);
    expect((outside.json() as { error: { message: string } }).error.message).toContain('AccessPolicy');
    const me = await f.call('/v1.0/me', { headers: { authorization: `Bearer ${app}` } });
    expect(me.status).toBe(400);
  });

  it('keeps a delegated user out of another mailbox', async () => {
    const token = await f.graphToken();
    const res = await f.call('/v1.0/users/ethan.park@northwind.example/calendarView?startDateTime=2025-03-26T00:00:00Z&endDateTime=2025-03-27T00:00:00Z', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
    const profile = await f.call('/v1.0/users/ethan.park@northwind.example?$select=displayName,mailboxSettings', { headers: { authorization: `Bearer ${token}` } });
    expect(profile.status).toBe(200);
  });
});

describe('demo routes', () => {
  it('answer loopback clients and refuse others', async () => {
    const local = await f.sim.app.inject({ method: 'GET', url: '/demo/users', remoteAddress: '127.0.0.1' });
    expect(local.statusCode).toBe(200);
    expect((local.json() as { value: { userPrincipalName: string }[] }).value[0]?.userPrincipalName).toBe(MAIN_UPN);
    for (const url of ['/demo/users', '/demo/reset', '/demo/faults']) {
      const remote = await f.sim.app.inject({ method: url === '/demo/reset' ? 'POST' : 'GET', url, remoteAddress: '10.1.2.3' });
      expect(remote.statusCode).toBe(403);
      expect(remote.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('answer 404 problem for an unknown person', async () => {
    const res = await f.call('/demo/sso-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userPrincipalName: 'nobody@northwind.example' }) });
    expect(res.status).toBe(404);
    expect((res.json() as { status: number }).status).toBe(404);
  });

  it('lists every person with an IANA zone across at least six zones', async () => {
    const res = await f.call('/demo/users');
    const people = (res.json() as { value: { timeZone: string; city: string; jobTitle: string; displayName: string }[] }).value;
    expect(people.length).toBeGreaterThanOrEqual(10);
    expect(new Set(people.map((p) => p.timeZone)).size).toBeGreaterThanOrEqual(6);
    for (const p of people) expect(() => new Intl.DateTimeFormat('en', { timeZone: p.timeZone })).not.toThrow();
    expect((await f.call('/healthz')).status).toBe(200);
  });
});
