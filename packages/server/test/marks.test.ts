import type { ItemRisk, RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { Clock, Instant } from '@upfront/core';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from './support.js';

// Monday 24 March 2025, 08:00 UTC. The clock can be moved on, to watch a snooze end.
const NOW = '2025-03-24T08:00:00Z';
let now = NOW;
const clock: Clock = { now: () => now as Instant };
let sim: RunningSimulator;
let app: FastifyInstance;
let auth: { authorization: string };
let otherAuth: { authorization: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim), { clock, logger: false, maxItemMarks: 3 });
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, await mainDemoUser(sim))}` };
  const { value } = await simDemo<{ value: { userPrincipalName: string }[] }>(sim, '/demo/users');
  otherAuth = { authorization: `Bearer ${await ssoTokenFor(sim, value[1]?.userPrincipalName ?? '')}` };
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

const risks = async (headers = auth) => (await app.inject({ url: '/api/risks', headers })).json() as RiskReport;
const markUrl = (item: Pick<ItemRisk, 'id'>) => `/api/items/${encodeURIComponent(item.id)}/mark`;
const put = (item: Pick<ItemRisk, 'id'>, payload: unknown, headers = auth) => app.inject({ method: 'PUT', url: markUrl(item), headers, payload: payload as object });
const unmark = (item: Pick<ItemRisk, 'id'>, headers = auth) => app.inject({ method: 'DELETE', url: markUrl(item), headers });
const problemOf = (res: { headers: Record<string, unknown>; json(): unknown }) => {
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  return res.json() as { code: string; detail: string; status: number };
};

describe('item marks', () => {
  it('snoozes an item until a moment: the report carries the mark until then, and none from that moment on', async () => {
    now = NOW;
    const [item] = (await risks()).items;
    if (!item) throw new Error('the demo has no item');
    const res = await put(item, { kind: 'snoozed', until: '2025-03-25T07:00:00Z' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ kind: 'snoozed', until: '2025-03-25T07:00:00Z', markedAt: NOW });
    expect((await risks()).items.find((i) => i.id === item.id)?.mark).toEqual({ kind: 'snoozed', until: '2025-03-25T07:00:00Z', markedAt: NOW });

    now = '2025-03-25T07:00:00Z'; // the snooze's own instant: the item is back
    expect((await risks()).items.find((i) => i.id === item.id)?.mark).toBeUndefined();
    now = NOW;
    await unmark(item);
  });

  it('marks an item done for now, and Undo (DELETE) takes the mark away', async () => {
    now = NOW;
    const item = (await risks()).items[1];
    if (!item) throw new Error('the demo has fewer than two items');
    expect((await put(item, { kind: 'done-for-now' })).statusCode).toBe(200);
    expect((await risks()).items.find((i) => i.id === item.id)?.mark).toEqual({ kind: 'done-for-now', markedAt: NOW });
    const del = await unmark(item);
    expect(del.statusCode).toBe(204);
    expect((await risks()).items.find((i) => i.id === item.id)?.mark).toBeUndefined();
  });

  it('lets done for now lapse when the item changes: a bigger effort moves its date to promise or its state', async () => {
    now = NOW;
    const item = (await risks()).items.find((i) => i.state === 'at-risk' || i.state === 'off-track' || i.state === 'on-track');
    if (!item) throw new Error('the demo has no judged item');
    expect((await put(item, { kind: 'done-for-now' })).statusCode).toBe(200);
    // 200 hours of work fit nowhere in two weeks: the item turns off track with no date in sight.
    await app.inject({ method: 'PUT', url: `/api/items/${encodeURIComponent(item.id)}/effort`, headers: auth, payload: { hours: 200 } });
    const changed = (await risks()).items.find((i) => i.id === item.id);
    expect(changed?.state === item.state && JSON.stringify(changed?.promise) === JSON.stringify(item.promise)).toBe(false);
    expect(changed?.mark).toBeUndefined();
    await app.inject({ method: 'DELETE', url: `/api/items/${encodeURIComponent(item.id)}/effort`, headers: auth });
    await unmark(item);
  });

  it("keeps one user's marks from another: the other's report has none, and their DELETE leaves it", async () => {
    now = NOW;
    const item = (await risks()).items[0];
    if (!item) throw new Error('the demo has no item');
    await put(item, { kind: 'done-for-now' });
    expect((await risks(otherAuth)).items.some((i) => i.mark !== undefined)).toBe(false);
    // The other user cannot mark an item that is not theirs either.
    const foreign = await put(item, { kind: 'done-for-now' }, otherAuth);
    expect((await risks(otherAuth)).items.some((i) => i.id === item.id)).toBe(false);
    expect(problemOf(foreign)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    await unmark(item, otherAuth);
    expect((await risks()).items.find((i) => i.id === item.id)?.mark?.kind).toBe('done-for-now');
    await unmark(item);
  });

  it.each([
    { case: 'a snooze into the past', body: { kind: 'snoozed', until: '2025-03-24T07:59:00Z' }, field: 'until' },
    { case: 'a snooze with no offset', body: { kind: 'snoozed', until: '2025-03-25T07:00:00' }, field: 'until' },
    { case: 'a snooze more than a year ahead', body: { kind: 'snoozed', until: '2026-06-01T00:00:00Z' }, field: 'until' },
    { case: 'a snooze with no end', body: { kind: 'snoozed' }, field: 'until' },
    { case: 'an unknown kind', body: { kind: 'forever' }, field: 'kind' },
  ])('refuses $case with a problem naming the field', async ({ body, field }) => {
    now = NOW;
    const [item] = (await risks()).items;
    const res = await put(item!, body);
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.code).toBe('REQUEST_INVALID');
    expect(problem.detail).toContain(field);
  });

  it('answers 404 with a problem for an item the user does not have', async () => {
    const res = await put({ id: 'todo:no-such-task' }, { kind: 'done-for-now' });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res).code).toBe('NOT_FOUND');
  });

  it('caps the marks a user keeps (3 here) and says what to do', async () => {
    now = NOW;
    const items = (await risks()).items;
    if (items.length < 4) throw new Error('the demo has fewer than four items');
    for (const item of items.slice(0, 3)) expect((await put(item, { kind: 'done-for-now' })).statusCode).toBe(200);
    // Marking a marked item again replaces its mark: still three.
    expect((await put(items[0]!, { kind: 'snoozed', until: '2025-03-31T07:00:00Z' })).statusCode).toBe(200);
    const res = await put(items[3]!, { kind: 'done-for-now' });
    expect(res.statusCode).toBe(409);
    expect(problemOf(res)).toMatchObject({ code: 'MARK_LIMIT_REACHED' });
    expect(problemOf(res).detail).toMatch(/Undo/);
    for (const item of items.slice(0, 3)) await unmark(item);
  });
});
