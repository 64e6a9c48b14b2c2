import type { DigestPreview, DigestSettingsResponse } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { toDigestDraftKey } from '../../src/services/digests.js';
import { appOnly } from '../../src/services/graph-token-source.js';
import { configFor, ssoTokenFor, startSimulator } from '../support.js';
import { demoPeople, draftsInMailbox, handClock } from './crash-support.js';

// Tuesday 1 December 2026, 08:00 UTC. Digests on Fridays at 16:00 in Berlin (CET, UTC+1): Fri 4 Dec 15:00Z, 2026-W49.
const NOW = '2026-12-01T08:00:00Z';
const settings = { enabled: true, audienceIds: [], weekday: 5, localTime: '16:00', timeZone: 'Europe/Berlin' };
let sim: RunningSimulator;
let app: FastifyInstance;
const clock = handClock(NOW);
const people: { id: string; userPrincipalName: string }[] = [];
const authFor = async (alias: string) => {
  const person = people.find((p) => p.userPrincipalName.startsWith(`${alias}@`));
  if (!person) throw new Error(`no demo person ${alias}`);
  return { person, headers: { authorization: `Bearer ${await ssoTokenFor(sim, person.userPrincipalName)}` } };
};

beforeAll(async () => {
  sim = await startSimulator(NOW);
  // JOBS=off: the test is the scheduler; the routes and the digest service are the same as with jobs on.
  app = await buildApp(configFor(sim, { JOBS: 'off' }), { clock, logger: false });
  people.push(...(await demoPeople(sim)));
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

describe('digest settings and preview', () => {
  it('keeps the settings and names the next run in the user’s zone', async () => {
    const { headers } = await authFor('maya.brooks');
    const before = await app.inject({ url: '/api/settings/digest', headers });
    // Never saved: off, and the default Friday 16:00 is read on Maya's own clock (San Francisco), not UTC's.
    expect(before.json<DigestSettingsResponse>()).toMatchObject({ delivery: 'off', settings: { enabled: false, weekday: 5, localTime: '16:00', timeZone: 'America/Los_Angeles' } });
    const put = await app.inject({ method: 'PUT', url: '/api/settings/digest', headers, payload: settings });
    expect(put.statusCode).toBe(200);
    expect(put.json<DigestSettingsResponse>()).toEqual({ settings, delivery: 'scheduled', nextRunAt: '2026-12-04T15:00:00Z', nextPeriod: '2026-W49' });
    expect((await app.inject({ url: '/api/settings/digest', headers })).json<DigestSettingsResponse>().nextRunAt).toBe('2026-12-04T15:00:00Z');
  });

  it('refuses a zone that is not IANA and a weekday out of range', async () => {
    const { headers } = await authFor('maya.brooks');
    const zone = await app.inject({ method: 'PUT', url: '/api/settings/digest', headers, payload: { ...settings, timeZone: 'Mars/Olympus' } });
    expect([zone.statusCode, zone.json().code]).toEqual([400, 'REQUEST_INVALID']);
    const day = await app.inject({ method: 'PUT', url: '/api/settings/digest', headers, payload: { ...settings, weekday: 7 } });
    expect(day.statusCode).toBe(400);
  });

  it('previews the digest without drafting it', async () => {
    const { person, headers } = await authFor('maya.brooks');
    const res = await app.inject({ url: '/api/digest/preview', headers });
    expect(res.statusCode).toBe(200);
    const preview = res.json<DigestPreview>();
    expect(preview).toMatchObject({ period: '2026-W49', to: [person.userPrincipalName.toLowerCase()] });
    expect(preview.subject.length).toBeGreaterThan(0);
    expect(preview.html).toContain('<');
    expect(await draftsInMailbox(sim, person.userPrincipalName)).toEqual([]);
  });

  it('without the admin’s grant for a mailbox, drafts the digest at the next visit and says so', async () => {
    // Wei Zhang's mailbox is outside the tenant's application access policy.
    const { person, headers } = await authFor('wei.zhang');
    const key = { tenantId: sim.tenantId, userId: person.id };
    clock.set(NOW);
    await app.inject({ method: 'PUT', url: '/api/settings/digest', headers, payload: settings });
    // Friday 4 December 15:01Z, a minute after the slot: the scheduled run tries with the app's token.
    clock.set('2026-12-04T15:01:00Z');
    expect(await app.digests.runDigest(key, { period: '2026-W49' }, appOnly)).toBe('at-next-visit');
    // The visit: the tab reads the settings, the digest is drafted with Wei's own token, and the tab says why.
    expect(await draftsInMailbox(sim, person.userPrincipalName)).toEqual([]);
    const visit = await app.inject({ url: '/api/settings/digest', headers });
    expect(visit.json<DigestSettingsResponse>().delivery).toBe('at-next-visit');
    expect(await draftsInMailbox(sim, person.userPrincipalName)).toEqual([toDigestDraftKey(key, '2026-W49')]);
    // A second visit drafts nothing more.
    await app.inject({ url: '/api/settings/digest', headers });
    expect(await draftsInMailbox(sim, person.userPrincipalName)).toHaveLength(1);
  });
});
