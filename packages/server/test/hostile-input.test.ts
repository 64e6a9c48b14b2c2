import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, ssoTokenFor, startSimulator } from './support.js';

const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let app: FastifyInstance;
let auth: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, await mainDemoUser(sim))}` };
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number) => {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = res.json() as { status: number; detail: string; code: string };
  expect(body.status).toBe(status);
  expect(body.detail.length).toBeGreaterThan(0);
  return body;
};

describe('bad input gets a clear problem, never a crash', () => {
  it('refuses a body over the limit', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/items/x/effort', headers: { ...auth, 'content-type': 'application/json' }, payload: `{"hours":1,"pad":"${'x'.repeat(300_000)}"}` });
    expectProblem(res, 413);
  });

  it('refuses malformed JSON and says so', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/items/x/effort', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"hours": 1' });
    expect(expectProblem(res, 400).detail).toMatch(/JSON/i);
  });

  it('refuses a prototype-poisoning body', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/items/x/effort', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"hours": 1, "__proto__": {"admin": true}}' });
    expectProblem(res, 400);
  });

  it('refuses a content type it does not read', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/items/x/effort', headers: { ...auth, 'content-type': 'text/xml' }, payload: '<hours>1</hours>' });
    expectProblem(res, 415);
  });

  it('refuses a stakeholder id that is not an email address', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/stakeholders/not-an-address/preferences', headers: auth, payload: { workedHolidays: [] } });
    expect(expectProblem(res, 400).detail).toContain('stakeholderId');
  });

  it('refuses an impossible date among worked holidays', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/stakeholders/a%40b.example/preferences', headers: auth, payload: { workedHolidays: ['2025-02-30'] } });
    expectProblem(res, 400);
  });

  it('treats a header that is not a bearer token as no token', async () => {
    const res = await app.inject({ url: '/api/risks', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(expectProblem(res, 401).code).toBe('AUTH_TOKEN_MISSING');
  });

  it('rejects a token whose payload is not JSON', async () => {
    const res = await app.inject({ url: '/api/risks', headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(expectProblem(res, 401).code).toBe('AUTH_TOKEN_INVALID');
  });
});
