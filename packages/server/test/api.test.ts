import type { RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { configFor, mainDemoUser, ssoTokenFor, startSimulator } from './support.js';

const NOW = '2025-03-24T08:00:00Z'; // a Monday
let sim: RunningSimulator;
let app: FastifyInstance;
let upn: string;
let token: string;

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim, { LOG_LEVEL: process.env.DEBUG_LOG ? 'error' : 'silent' }), { clock: fixedClock(NOW), ...(process.env.DEBUG_LOG ? {} : { logger: false }) });
  upn = await mainDemoUser(sim);
  token = await ssoTokenFor(sim, upn);
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

const problemOf = (res: { headers: Record<string, unknown>; json(): unknown }) => {
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  return res.json() as { status: number; code: string; detail: string; title: string; type: string };
};

describe('GET /api/risks', () => {
  it("returns the signed-in person's open items with a risk state each", async () => {
    const res = await app.inject({ url: '/api/risks', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    const report = res.json() as RiskReport;
    expect(report.user.email.toLowerCase()).toBe(upn.toLowerCase());
    expect(report.items.length).toBeGreaterThan(3);
    const states = new Set(report.items.map((i) => i.state));
    // The demo organisation is built so that the main user always has work in trouble and work on track.
    expect(states.has('on-track')).toBe(true);
    expect([...states].some((s) => s === 'at-risk' || s === 'off-track' || s === 'overdue')).toBe(true);
    for (const item of report.items) expect(item.summary.length).toBeGreaterThan(0);
    // People appear in the city their profile names, not their zone's: Priya's zone is Asia/Calcutta (Kolkata)
    // but she works in Bangalore; Maya's is America/Los_Angeles but she is in San Francisco.
    const priya = report.items.flatMap((i) => i.stakeholders).find((p) => p.displayName.startsWith('Priya'));
    expect(priya).toMatchObject({ timeZone: 'Asia/Calcutta', city: 'Bangalore' });
    expect(report.user.city).toBe('San Francisco');
  });

  it('answers 401 with a problem body when no token is sent', async () => {
    const res = await app.inject({ url: '/api/risks' });
    expect(res.statusCode).toBe(401);
    expect(problemOf(res)).toMatchObject({ status: 401, code: 'AUTH_TOKEN_MISSING' });
  });

  it('rejects a token with the right claims signed by a key the issuer never published', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as { kid?: string };
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: header.kid ?? (await exportJWK(publicKey)).kid ?? 'k' }).sign(privateKey);
    const res = await app.inject({ url: '/api/risks', headers: { authorization: `Bearer ${forged}` } });
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('AUTH_TOKEN_INVALID');
  });

  it('refuses a tenant that has not enabled the app', async () => {
    const other = await buildApp(configFor(sim, { ALLOWED_TENANTS: '00000000-0000-0000-0000-000000000001' }), { clock: fixedClock(NOW), logger: false });
    const res = await other.inject({ url: '/api/risks', headers: { authorization: `Bearer ${token}` } });
    await other.close();
    expect(res.statusCode).toBe(403);
    expect(problemOf(res).code).toBe('AUTH_TENANT_NOT_ALLOWED');
  });

  it('names the bad query parameter', async () => {
    const res = await app.inject({ url: '/api/risks?horizonDays=500', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.detail).toContain('horizonDays');
  });
});

describe('public routes', () => {
  it('answers health checks without a token', async () => {
    const res = await app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('tells the tab where to get demo tokens when a demo identity is configured', async () => {
    const res = await app.inject({ url: '/api/auth-config' });
    expect(res.json()).toMatchObject({ demoUsersUrl: '/demo-auth/users', demoTokenUrl: '/demo-auth/sso-token' });
  });

  it('relays the demo organisation and a token the API then accepts', async () => {
    const users = await app.inject({ url: '/demo-auth/users', remoteAddress: '127.0.0.1' });
    expect(users.statusCode).toBe(200);
    const first = (users.json() as { value: { userPrincipalName: string }[] }).value[0];
    expect(first?.userPrincipalName).toBe(upn);
    const issued = await app.inject({ method: 'POST', url: '/demo-auth/sso-token', remoteAddress: '127.0.0.1', payload: { userPrincipalName: upn } });
    const res = await app.inject({ url: '/api/risks?horizonDays=7', headers: { authorization: `Bearer ${(issued.json() as { token: string }).token}` } });
    expect(res.statusCode).toBe(200);
  });

  it('offers demo sign-in only to this machine', async () => {
    const res = await app.inject({ url: '/demo-auth/users', remoteAddress: '10.1.2.3' });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).code).toBe('NOT_FOUND');
  });

  it('answers unknown routes with a problem body', async () => {
    const res = await app.inject({ url: '/api/nothing-here', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(404);
  });

  it('lets Teams and Outlook frame HTML but nothing else frame the API', async () => {
    const res = await app.inject({ url: '/healthz' });
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('configuration', () => {
  it('reports every problem at once', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', GRAPH_BASE_URL: 'graph.microsoft.com' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('GRAPH_BASE_URL');
    expect(problems).toContain('AUTH_CLIENT_ID');
  });
});
