import type { RunningSimulator } from '@upfront/graph-sim';
import { openStore, type Store } from '@upfront/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/clock.js';
import { createServices, type Services } from '../src/services.js';
import { appOnly, onBehalfOf } from '../src/services/graph-token-source.js';
import { configFor, mainDemoUser, ssoTokenFor, startSimulator } from './support.js';

// The wiring the app and the worker share, on the simulator: a request's token source and a job's give the same
// world, and only a request counts as the user's visit.
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let store: Store;
let services: Services;
let ssoToken: string;
let user: { tenantId: string; userId: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  store = await openStore('sqlite::memory:');
  services = await createServices(configFor(sim), { clock: fixedClock(NOW), store });
  ssoToken = await ssoTokenFor(sim, await mainDemoUser(sim));
  const claims = JSON.parse(Buffer.from(ssoToken.split('.')[1] ?? '', 'base64url').toString()) as { tid: string; oid: string };
  user = { tenantId: claims.tid, userId: claims.oid };
});
afterAll(async () => {
  await services?.close();
  await store?.close();
  await sim?.close();
});

describe('createServices', () => {
  it('loads the same assessed world for a job (app-only, /users/{id}) as for a request (on-behalf-of, /me)', async () => {
    const job = await services.loadAssessedWorld(user, appOnly, { horizonDays: 14, fresh: true });
    // A job is not the user using the app.
    expect(await store.users.get(user)).toBeUndefined();
    const request = await services.loadAssessedWorld(user, onBehalfOf(ssoToken), { horizonDays: 14, fresh: true });
    expect(await store.users.get(user)).toMatchObject({ lastSeenAt: NOW });
    expect(job.world.user.email).toBe(request.world.user.email);
    expect(job.report.items.map((i) => [i.itemId, i.state])).toEqual(request.report.items.map((i) => [i.itemId, i.state]));
    expect(job.report.items.length).toBeGreaterThan(3);
  });

  it('overlays the user’s settings on the shared world: a tone set for a stakeholder reaches the stakeholder', async () => {
    const assessed = await services.loadAssessedWorld(user, onBehalfOf(ssoToken), { horizonDays: 14 });
    const jonas = assessed.world.stakeholders.find((s) => s.id === 'jonas.weber@northwind.example');
    expect(jonas?.tone).toBeUndefined();
    await store.preferences.put(user, { stakeholderId: 'jonas.weber@northwind.example', tone: 'diplomatic', workedHolidays: [], updatedAt: NOW as never });
    const after = await services.loadAssessedWorld(user, onBehalfOf(ssoToken), { horizonDays: 14 });
    expect(after.world.stakeholders.find((s) => s.id === 'jonas.weber@northwind.example')?.tone).toBe('diplomatic');
  });
});
