import type { DigestSettingsResponse, RiskReport, SuggestionList, WorkSettings, WorkSettingsResponse } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from './support.js';

// Monday 24 March 2025, 08:00Z (01:00 in San Francisco, where the demo user Maya works); the demo organisation.
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let app: FastifyInstance;
let auth: { authorization: string };
let otherAuth: { authorization: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, await mainDemoUser(sim))}` };
  const { value } = await simDemo<{ value: { userPrincipalName: string }[] }>(sim, '/demo/users');
  otherAuth = { authorization: `Bearer ${await ssoTokenFor(sim, value[1]?.userPrincipalName ?? '')}` };
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});
beforeEach(async () => {
  await app.inject({ method: 'DELETE', url: '/api/settings/work', headers: auth });
  await app.inject({ method: 'DELETE', url: '/api/settings/work', headers: otherAuth });
});

const defaults: WorkSettings = {
  focusFactor: 0.7,
  tentativeWeight: 0.5,
  marginRatio: 0.25,
  defaultEffortHours: { low: 1, normal: 2, high: 4 },
  horizonDays: 14,
  suggestionKinds: { 'heads-up': true, 'ask-for-help': true, 'confirm-promise': true, 'meeting-brief': true, delivered: true, 'on-track': true },
};
const readWork = async (headers = auth) => (await app.inject({ url: '/api/settings/work', headers })).json() as WorkSettingsResponse;
const putWork = (payload: unknown, headers = auth) => app.inject({ method: 'PUT', url: '/api/settings/work', headers, payload: payload as Record<string, unknown> });
const risks = async (headers = auth) => (await app.inject({ url: '/api/risks', headers })).json() as RiskReport;
const onboarding = async () => (await risks()).items.find((i) => i.title === 'Update the onboarding checklist');

describe('working preferences', () => {
  it('answers the defaults to a user who never saved', async () => {
    const res = await readWork();
    expect(res).toEqual({ settings: defaults, defaults });
  });

  it('moves an item from on track to at risk when the focus factor drops, at once (no stale world)', async () => {
    // "Update the onboarding checklist" (demo): 30 min of its own after 1,470 min of earlier items, so 1,500 min
    // needed by its deadline, and a margin of round(1,500 × 0.25) = 375 min. The calendar leaves 2,940 working
    // minutes before the deadline.
    // Focus 0.7: 2,940 × 0.7 = 2,058 usable ≥ 1,500 + 375 = 1,875 → on track.
    const before = await onboarding();
    expect(before).toMatchObject({ state: 'on-track', figures: { neededMinutes: 1500, marginMinutes: 375, freeMinutes: 2058 } });

    // Focus 0.6: 2,940 × 0.6 = 1,764 usable: 1,500 ≤ 1,764 < 1,875 → at risk (room for the work, not the margin).
    const put = await putWork({ ...defaults, focusFactor: 0.6 });
    expect(put.statusCode).toBe(200);
    expect((put.json() as WorkSettingsResponse).settings.focusFactor).toBe(0.6);
    expect(await onboarding()).toMatchObject({ state: 'at-risk', figures: { freeMinutes: 1764 } });

    // Focus 0.5: 2,940 × 0.5 = 1,470 usable < 1,500 needed → off track.
    await putWork({ ...defaults, focusFactor: 0.5 });
    expect(await onboarding()).toMatchObject({ state: 'off-track', figures: { freeMinutes: 1470 } });
  });

  it('goes back to the defaults on reset, and keeps nothing', async () => {
    await putWork({ ...defaults, focusFactor: 0.5, horizonDays: 30 });
    expect((await readWork()).updatedAt).toBe(NOW);
    const reset = await app.inject({ method: 'DELETE', url: '/api/settings/work', headers: auth });
    expect(reset.json()).toEqual({ settings: defaults, defaults });
    expect(await readWork()).toEqual({ settings: defaults, defaults });
    expect((await onboarding())?.state).toBe('on-track');
  });

  it('uses the default effort the user gives an item with no estimate of its own', async () => {
    const item = (await risks()).items.find((i) => i.effort.source === 'importance-default' && i.effort.minutes === 120);
    if (!item) throw new Error('the demo should have an item of normal importance without an estimate');
    // Normal importance at 3.5 h: 3.5 × 60 = 210 minutes.
    await putWork({ ...defaults, defaultEffortHours: { low: 1, normal: 3.5, high: 4 } });
    expect((await risks()).items.find((i) => i.id === item.id)?.effort.minutes).toBe(210);
  });

  it("keeps one person's preferences away from everyone else", async () => {
    await putWork({ ...defaults, focusFactor: 0.4, suggestionKinds: { ...defaults.suggestionKinds, 'heads-up': false } });
    expect((await readWork()).settings.focusFactor).toBe(0.4);
    expect(await readWork(otherAuth)).toEqual({ settings: defaults, defaults });
  });
});

describe('the preferences refuse what is not a preference', () => {
  it.each([
    { case: 'a number sent as text', body: { ...defaults, focusFactor: '0.6' }, field: 'focusFactor' },
    { case: 'a whole number of days sent as text', body: { ...defaults, horizonDays: '3' }, field: 'horizonDays' },
    { case: 'a switch sent as text', body: { ...defaults, suggestionKinds: { ...defaults.suggestionKinds, delivered: 'false' } }, field: 'delivered' },
    { case: 'a switch sent as a number', body: { ...defaults, suggestionKinds: { ...defaults.suggestionKinds, delivered: 0 } }, field: 'delivered' },
    { case: 'a focus factor above 1', body: { ...defaults, focusFactor: 1.5 }, field: 'focusFactor' },
    { case: 'a focus factor of 0', body: { ...defaults, focusFactor: 0 }, field: 'focusFactor' },
    { case: 'a negative margin', body: { ...defaults, marginRatio: -0.1 }, field: 'marginRatio' },
    { case: 'a horizon past 90 days', body: { ...defaults, horizonDays: 91 }, field: 'horizonDays' },
    { case: 'a horizon in part days', body: { ...defaults, horizonDays: 2.5 }, field: 'horizonDays' },
    { case: 'an effort of no time', body: { ...defaults, defaultEffortHours: { low: 0, normal: 2, high: 4 } }, field: 'low' },
    { case: 'a kind it does not know', body: { ...defaults, suggestionKinds: { ...defaults.suggestionKinds, 'weekly-digest': false } }, field: 'weekly-digest' },
    { case: 'a property name with a NUL in it', body: { ...defaults, 'focus\u0000Factor': 0.5 }, field: 'focus\u0000Factor' },
    { case: 'a missing section', body: { focusFactor: 0.5 }, field: 'tentativeWeight' },
  ])('refuses $case and names the field', async ({ body, field }) => {
    const res = await putWork(body);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json() as { code: string; detail: string };
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.detail).toContain(field);
    expect(await readWork()).toEqual({ settings: defaults, defaults });
  });
});

describe('the digest and the preferences', () => {
  it('writes the digest from the same assessment: a lower focus factor puts the onboarding checklist in it', async () => {
    const preview = async () => ((await app.inject({ url: '/api/digest/preview?locale=en-US', headers: auth })).json() as { text: string }).text;
    const before = await preview();
    expect(before).toContain('“Prepare the QBR deck for Northwind Traders”: at risk');
    expect(before).not.toContain('“Update the onboarding checklist”');
    // Focus 0.5: the checklist has 1,470 usable minutes for 1,500 needed (see above), so it is off track.
    await putWork({ ...defaults, focusFactor: 0.5 });
    const after = await preview();
    expect(after).toContain('“Update the onboarding checklist”: off track');
    expect(after).toContain('“Prepare the QBR deck for Northwind Traders”: off track');
  });
});

describe('suggestion kinds', () => {
  it('leaves out the kinds the user turned off, and only those', async () => {
    const list = async (headers = auth) => ((await app.inject({ url: '/api/suggestions', headers })).json() as SuggestionList).value.map((s) => s.kind);
    const all = await list();
    expect(all).toContain('meeting-brief');
    expect(all).toContain('heads-up');
    await putWork({ ...defaults, suggestionKinds: { ...defaults.suggestionKinds, 'meeting-brief': false } });
    const after = await list();
    expect(after).not.toContain('meeting-brief');
    expect(after.filter((k) => k === 'heads-up')).toHaveLength(all.filter((k) => k === 'heads-up').length);
    await putWork({ ...defaults });
    expect(await list()).toContain('meeting-brief');
  });
});

describe('the digest settings refuse control characters and text for numbers', () => {
  const digest = { enabled: true, audienceIds: ['jonas.weber@northwind.example'], weekday: 5, localTime: '16:00', timeZone: 'Europe/Berlin' };
  it.each([
    { case: 'a NUL in an address', body: { ...digest, audienceIds: ['jonas\u0000@northwind.example'] }, field: 'audienceIds' },
    { case: 'a line feed in an address', body: { ...digest, audienceIds: ['jonas@north\nwind.example'] }, field: 'audienceIds' },
    { case: 'a NUL in the zone', body: { ...digest, timeZone: 'Europe/Berlin\u0000' }, field: 'timeZone' },
    { case: 'a weekday sent as text', body: { ...digest, weekday: '5' }, field: 'weekday' },
  ])('refuses $case', async ({ body, field }) => {
    const res = await app.inject({ method: 'PUT', url: '/api/settings/digest', headers: auth, payload: body });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { detail: string }).detail).toContain(field);
  });

  it('saves a clean schedule', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/settings/digest', headers: auth, payload: digest });
    expect(res.statusCode).toBe(200);
    expect((res.json() as DigestSettingsResponse).settings).toEqual(digest);
  });
});
