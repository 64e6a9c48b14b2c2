import type { ItemRisk, RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from './support.js';

// Monday 24 March 2025, 01:00 in San Francisco: the demo has a task due on Qingming (4 April), a public
// holiday in China, for Wei Zhang in Shanghai.
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

const risks = async () => (await app.inject({ url: '/api/risks', headers: auth })).json() as RiskReport;
const holidayItem = (report: RiskReport): ItemRisk | undefined => report.items.find((i) => i.flags.some((f) => f.kind === 'non-working-day' && f.why === 'holiday'));

describe('effort overrides', () => {
  it("replaces the derived effort with the user's own and can be removed again", async () => {
    const before = (await risks()).items.find((i) => i.effort.source !== 'override');
    if (!before) throw new Error('the demo has no item');
    const put = await app.inject({ method: 'PUT', url: `/api/items/${encodeURIComponent(before.id)}/effort`, headers: auth, payload: { hours: 7.5 } });
    expect(put.statusCode).toBe(204);
    const overridden = (await risks()).items.find((i) => i.id === before.id);
    expect(overridden?.effort).toMatchObject({ minutes: 450, source: 'override' }); // 7.5 h × 60

    await app.inject({ method: 'DELETE', url: `/api/items/${encodeURIComponent(before.id)}/effort`, headers: auth });
    expect((await risks()).items.find((i) => i.id === before.id)?.effort).toEqual(before.effort);
  });

  it('refuses a negative estimate and says which field is wrong', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/items/x/effort', headers: auth, payload: { hours: -2 } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REQUEST_INVALID' });
    expect((res.json() as { detail: string }).detail).toContain('hours');
  });
});

describe('stakeholder preferences', () => {
  it("drops the holiday flag once the user marks that holiday as a working day for the stakeholder", async () => {
    const item = holidayItem(await risks());
    const flag = item?.flags.find((f) => f.kind === 'non-working-day');
    if (!item?.deadline || !flag?.stakeholderId) throw new Error('the demo should have a task due on a stakeholder holiday');
    const res = await app.inject({
      method: 'PUT',
      url: `/api/stakeholders/${encodeURIComponent(flag.stakeholderId)}/preferences`,
      headers: auth,
      payload: { workedHolidays: [item.deadline.dueOn] },
    });
    expect(res.statusCode).toBe(204);
    const after = (await risks()).items.find((i) => i.id === item.id);
    expect(after?.flags.some((f) => f.kind === 'non-working-day')).toBe(false);
    // The deadline is now on the due date itself, not the working day before it.
    expect(after?.deadline?.effectiveOn).toBe(item.deadline.dueOn);
  });

  it('reads a deadline style set by the user: start of business day is earlier than close of business', async () => {
    const item = (await risks()).items.find((i) => i.deadline?.stakeholderId && i.state !== 'overdue');
    const id = item?.deadline?.stakeholderId;
    if (!item?.deadline || !id) throw new Error('the demo has no item with a stakeholder');
    await app.inject({
      method: 'PUT',
      url: `/api/stakeholders/${encodeURIComponent(id)}/preferences`,
      headers: auth,
      payload: { deadlineStyle: { kind: 'start-of-business-day' }, workedHolidays: [] },
    });
    const after = (await risks()).items.find((i) => i.id === item.id);
    expect(Date.parse(after?.deadline?.at ?? '')).toBeLessThan(Date.parse(item.deadline.at));
  });

  it('keeps an exact-time deadline style with its time', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/stakeholders/lena%40example.com/preferences',
      headers: auth,
      payload: { deadlineStyle: { kind: 'exact-time', time: '15:00' }, workedHolidays: [] },
    });
    expect(res.statusCode).toBe(204);
    const saved = (await app.inject({ url: '/api/stakeholders/preferences', headers: auth })).json() as { value: { stakeholderId: string; deadlineStyle?: unknown }[] };
    expect(saved.value.find((p) => p.stakeholderId === 'lena@example.com')?.deadlineStyle).toEqual({ kind: 'exact-time', time: '15:00' });
  });

  it('keeps the tone set for a stakeholder next to their language, and refuses a tone it does not know', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: '/api/stakeholders/jonas%40example.com/preferences',
      headers: auth,
      payload: { language: 'de-DE', tone: 'diplomatic', workedHolidays: [] },
    });
    expect(put.statusCode).toBe(204);
    const saved = (await app.inject({ url: '/api/stakeholders/preferences', headers: auth })).json() as { value: { stakeholderId: string; tone?: string; language?: string }[] };
    expect(saved.value.find((p) => p.stakeholderId === 'jonas@example.com')).toMatchObject({ language: 'de-DE', tone: 'diplomatic' });
    const bad = await app.inject({ method: 'PUT', url: '/api/stakeholders/jonas%40example.com/preferences', headers: auth, payload: { tone: 'blunt', workedHolidays: [] } });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { detail: string }).detail).toContain('tone');
  });

  it('rejects properties the API does not know instead of dropping them', async () => {
    const res = await app.inject({ method: 'PUT', url: '/api/items/x/effort', headers: auth, payload: { hours: 2, minutes: 30 } });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { detail: string }).detail).toMatch(/additional|minutes/i);
  });

  it("keeps one person's settings away from everyone else", async () => {
    await app.inject({ method: 'PUT', url: '/api/stakeholders/lena%40example.com/preferences', headers: auth, payload: { language: 'de-DE', workedHolidays: [] } });
    const mine = (await app.inject({ url: '/api/stakeholders/preferences', headers: auth })).json() as { value: { stakeholderId: string }[] };
    const theirs = (await app.inject({ url: '/api/stakeholders/preferences', headers: otherAuth })).json() as { value: unknown[] };
    expect(mine.value.map((p) => p.stakeholderId)).toContain('lena@example.com');
    expect(theirs.value).toEqual([]);
  });

  it('rejects a deadline style it does not know', async () => {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/stakeholders/lena%40example.com/preferences',
      headers: auth,
      payload: { deadlineStyle: { kind: 'whenever' }, workedHolidays: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REQUEST_INVALID' });
  });
});
