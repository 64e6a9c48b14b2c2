import { describe, expect, it } from 'vitest';
import type { Instant } from '@upfront/core';
import { createGraphGateway } from './create-graph-gateway.js';
import { createFakeGraphFetch } from '../testing/fake-graph-fetch.js';

const horizon = { start: '2016-12-01T00:00:00Z' as Instant, end: '2016-12-30T00:00:00Z' as Instant };
const now = '2016-12-01T08:00:00Z' as Instant;

function gatewayWith(fake: ReturnType<typeof createFakeGraphFetch>, extra: Parameters<typeof createGraphGateway>[0] extends infer O ? Partial<O> : never = {}) {
  const waits: number[] = [];
  const gateway = createGraphGateway({ baseUrl: `${fake.origin}/v1.0`, fetch: fake.fetch, sleep: async (ms) => void waits.push(ms), ...extra });
  return { gateway, waits };
}

describe('loadWorld against a scripted Graph (fetch seam)', () => {
  it('reads a complete world in at most 4 sequential round trips (3 without colleagues)', async () => {
    const fake = createFakeGraphFetch();
    const { gateway } = gatewayWith(fake);
    const { world, stats, sync } = await gateway.loadWorld({ accessToken: 't', horizon, now });
    const without = await gateway.loadWorld({ accessToken: 't', horizon, now, colleagues: false });

    // 1 /me, lists, Planner, calendar, flagged mail → 2 tasks, plan, details, people → 3 schedules, last contact,
    // mail tips, the plan group's members → 4 the colleagues' busy times.
    expect(stats.roundTrips).toBe(4);
    expect(without.stats.roundTrips).toBe(3);
    // The plan's group (its container) holds the user, Megan and Alex; Graph has no schedule for Alex: Megan only.
    expect(world.colleagues?.map((c) => [c.id, c.timeZone, c.planIds, c.busy])).toEqual([['meganb@contoso.onmicrosoft.com', 'America/Los_Angeles', ['xqQg5FS2LkCp935s-FIFm2QAFkHM'], []]]);
    // Adele's mail tip has the documented scheduled replies (7 Aug 2018 02:00Z – 9 Aug 02:00Z, still ahead in 2016).
    expect(world.stakeholders.filter((s) => s.away).map((s) => [s.id, s.away])).toEqual([['adelev@contoso.onmicrosoft.com', { start: '2018-08-07T02:00:00Z', end: '2018-08-09T02:00:00Z' }]]);
    expect(world.user).toMatchObject({ email: 'adelev@contoso.com', timeZone: 'Etc/UTC', holidayRegion: { country: 'US' } });
    expect(world.calendar.map((e) => e.id)).toEqual(['AAMkADNVxRAAA=', 'AAMkADVxSAAA=', 'AAMkADj1HuAAA=']);
    const todo = world.items.find((i) => i.source === 'todo');
    expect(todo).toMatchObject({ due: { on: '2020-08-25' }, stakeholderIds: ['samanthab@contoso.onmicrosoft.com'], checklist: { total: 2, done: 0 } });
    const planner = world.items.find((i) => i.source === 'planner');
    // Due 2020-08-28T07:00:00Z, created by Adele, whose getSchedule hours are in Pacific time: 00:00 Fri 28 Aug for
    // her (PDT, UTC−7) and 07:00 Fri 28 Aug for the user (UTC): one date, set by Adele. Megan, the co-assignee, is a
    // stakeholder as well as a contributor.
    expect(planner).toMatchObject({
      due: { on: '2020-08-28', setBy: 'adelev@contoso.onmicrosoft.com' },
      stakeholderIds: ['adelev@contoso.onmicrosoft.com', 'meganb@contoso.onmicrosoft.com'],
      contributorIds: ['meganb@contoso.onmicrosoft.com'],
      listName: 'title-value',
    });
    expect(world.stakeholders.map((s) => [s.id, s.timeZone, s.lastContactAt, s.holidayRegion?.country])).toEqual([
      ['adelev@contoso.onmicrosoft.com', 'America/Los_Angeles', '2020-08-20T09:00:00Z', 'DE'],
      // Megan's hours are a customTimeZone with US daylight rules: Pacific time, not a fixed UTC−8.
      ['meganb@contoso.onmicrosoft.com', 'America/Los_Angeles', '2020-08-20T09:00:00Z', undefined],
      // No schedule for Samantha: the user's own hours stand in.
      ['samanthab@contoso.onmicrosoft.com', 'America/Los_Angeles', '2020-08-20T09:00:00Z', undefined],
    ]);
    expect(JSON.stringify(sync)).not.toMatch(/Plan shopping list|Shop for dinner|Linked entity/);
    expect(fake.seen.some((s) => s.startsWith('/me/calendarView/delta?startDateTime='))).toBe(true);
  });

  it('refreshes with stored delta links in one round trip when nothing changed', async () => {
    const fake = createFakeGraphFetch();
    const { gateway } = gatewayWith(fake);
    const first = await gateway.loadWorld({ accessToken: 't', horizon, now });
    const again = await gateway.loadWorld({ accessToken: 't', horizon, now, sync: first.sync });
    expect(again.stats).toMatchObject({ roundTrips: 1, mode: 'delta' });
    expect(again.world).toEqual(first.world);
  });

  it('falls back to a full read when a delta link expired (410 syncStateNotFound)', async () => {
    const fake = createFakeGraphFetch({
      faults: (path, n) => (path === '/me/calendarView/delta' && n === 3 ? { status: 410, body: { error: { code: 'syncStateNotFound', message: 'gone' } } } : undefined),
    });
    const { gateway } = gatewayWith(fake);
    const first = await gateway.loadWorld({ accessToken: 't', horizon, now });
    const again = await gateway.loadWorld({ accessToken: 't', horizon, now, sync: first.sync });
    expect(again.stats.mode).toBe('full');
    expect(again.world).toEqual(first.world);
  });

  it.each([
    // The task was listed (delta page / /me/planner/tasks), then deleted before the next wave read its parts.
    { case: 'a To Do task whose checklist answers 404', path: /\/checklistItems$/, status: 404, gone: 'todo' },
    { case: 'a Planner task whose details answer 404', path: /^\/planner\/tasks\/[^/]+\/details$/, status: 404, gone: 'planner' },
    { case: 'a Planner task whose details answer 410', path: /^\/planner\/tasks\/[^/]+\/details$/, status: 410, gone: 'planner' },
  ] as const)('drops $case (deleted while read) and keeps the rest of the world', async ({ path, status, gone }) => {
    const notFound = { status, body: { error: { code: 'ResourceNotFound', message: 'The requested item is not found.' } } };
    const fake = createFakeGraphFetch({ faults: (p) => (path.test(p) ? notFound : undefined) });
    const { world } = await gatewayWith(fake).gateway.loadWorld({ accessToken: 't', horizon, now });
    expect(world.items.map((i) => i.source)).toEqual([gone === 'todo' ? 'planner' : 'todo']);
    expect(world.calendar).toHaveLength(3);
    // Stakeholders are only those of the items left: Samantha (the flagged mail's sender) goes with the To Do task.
    expect(world.stakeholders.some((s) => s.id === 'samanthab@contoso.onmicrosoft.com')).toBe(gone !== 'todo');
  });

  it('keeps a Planner task whose plan answers 404, without the plan name', async () => {
    const fake = createFakeGraphFetch({ faults: (p) => (p.startsWith('/planner/plans/') ? { status: 404, body: { error: { code: '', message: 'The requested item is not found.' } } } : undefined) });
    const { world } = await gatewayWith(fake).gateway.loadWorld({ accessToken: 't', horizon, now });
    const planner = world.items.find((i) => i.source === 'planner');
    expect(planner).toMatchObject({ title: 'title-value' });
    expect(planner?.listName).toBeUndefined();
  });

  it('retries a throttled batch item after its fractional Retry-After, then returns complete data', async () => {
    const fake = createFakeGraphFetch({
      faults: (path, n) => (path === '/me/planner/tasks' && n === 1 ? { status: 429, headers: { 'Retry-After': '2.128' }, body: { error: { code: 'TooManyRequests', message: 'Please retry again later.' } } } : undefined),
    });
    const { gateway, waits } = gatewayWith(fake);
    const { world } = await gateway.loadWorld({ accessToken: 't', horizon, now });
    expect(waits).toContain(2128);
    expect(world.items.filter((i) => i.source === 'planner')).toHaveLength(1);
  });

  it('gives a typed GRAPH_THROTTLED error naming what is stale after a 429 storm, never a partial world', async () => {
    const fake = createFakeGraphFetch({
      faults: (path) => (path === '/me/todo/lists' ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } } : undefined),
    });
    const { gateway } = gatewayWith(fake, { maxRetries: 2 });
    await expect(gateway.loadWorld({ accessToken: 't', horizon, now })).rejects.toMatchObject({ code: 'GRAPH_THROTTLED', details: { stale: ['todo'] } });
  });

  it('retries a 503 burst on the batch itself and a malformed page, then succeeds', async () => {
    const fake = createFakeGraphFetch({
      faults: (path, n) => {
        if (path === '/$batch' && n <= 2) return { status: 503, headers: { 'Retry-After': '0.5' }, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } };
        if (path === '/$batch' && n === 3) return { status: 200, raw: '{"responses": [ {"id": "1", "sta' };
        return undefined;
      },
    });
    const { gateway, waits } = gatewayWith(fake);
    const { world } = await gateway.loadWorld({ accessToken: 't', horizon, now });
    expect(waits.slice(0, 2)).toEqual([500, 500]);
    expect(world.calendar).toHaveLength(3);
  });

  it('turns a page that stays malformed into GRAPH_BAD_RESPONSE', async () => {
    const fake = createFakeGraphFetch({ faults: (path) => (path === '/$batch' ? { status: 200, raw: '<html>oops' } : undefined) });
    const { gateway } = gatewayWith(fake, { maxRetries: 1 });
    await expect(gateway.loadWorld({ accessToken: 't', horizon, now })).rejects.toMatchObject({ code: 'GRAPH_BAD_RESPONSE' });
  });

  it('maps 401 to AUTH_TOKEN_REJECTED and 403 to GRAPH_FORBIDDEN', async () => {
    const fake401 = createFakeGraphFetch({ faults: (path) => (path === '/me' ? { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'expired' } } } : undefined) });
    await expect(gatewayWith(fake401).gateway.loadWorld({ accessToken: 't', horizon, now })).rejects.toMatchObject({ name: 'AuthError', code: 'AUTH_TOKEN_REJECTED' });
    const fake403 = createFakeGraphFetch({ faults: (path) => (path === '/me/planner/tasks' ? { status: 403, body: { error: { code: '', message: 'You do not have the required permissions to access this item.' } } } : undefined) });
    await expect(gatewayWith(fake403).gateway.loadWorld({ accessToken: 't', horizon, now })).rejects.toMatchObject({ code: 'GRAPH_FORBIDDEN', details: { stale: ['planner'] } });
  });

  it('fails at once, saying when to retry, when Retry-After is beyond the cap', async () => {
    const fake = createFakeGraphFetch({ faults: (path) => (path === '/me' ? { status: 429, headers: { 'Retry-After': '120' }, body: { error: { code: 'TooManyRequests', message: 'x' } } } : undefined) });
    const { gateway, waits } = gatewayWith(fake);
    await expect(gateway.loadWorld({ accessToken: 't', horizon, now })).rejects.toMatchObject({ code: 'GRAPH_THROTTLED', details: { retryAfterSeconds: 120, stale: ['profile'] } });
    expect(waits).toEqual([]);
  });
});
