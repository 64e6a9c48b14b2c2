import type { RiskReport, WorkSettingsResponse } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, ssoTokenFor, startSimulator } from './support.js';

const NOW = '2025-03-24T08:00:00Z';
const DAY_MS = 86_400_000;
let sim: RunningSimulator;
let app: FastifyInstance;
let auth: { authorization: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, await mainDemoUser(sim))}` };
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

const horizonDaysOf = (report: RiskReport) => Math.round((Date.parse(report.horizon.end) - Date.parse(report.horizon.start)) / DAY_MS);
const risks = async (query = '') => (await app.inject({ url: `/api/risks${query}`, headers: auth })).json() as RiskReport;

describe("the report's horizon", () => {
  it("is the user's stored one when the request names none, and the request's own when it does", async () => {
    expect(horizonDaysOf(await risks())).toBe(14); // never saved: two weeks
    const current = (await app.inject({ url: '/api/settings/work', headers: auth })).json() as WorkSettingsResponse;
    const put = await app.inject({ method: 'PUT', url: '/api/settings/work', headers: auth, payload: { ...current.settings, horizonDays: 30 } });
    expect(put.statusCode).toBe(200);
    expect(horizonDaysOf(await risks())).toBe(30); // 24 March + 30 days = 23 April
    expect(horizonDaysOf(await risks('?horizonDays=7'))).toBe(7);
    await app.inject({ method: 'DELETE', url: '/api/settings/work', headers: auth });
    expect(horizonDaysOf(await risks())).toBe(14);
  });
});
