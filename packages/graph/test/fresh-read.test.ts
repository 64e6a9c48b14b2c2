import type { Instant } from '@upfront/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphGateway } from '../src/index.js';
import { startSim } from './sim-support.js';

const now = '2025-03-24T08:00:00Z' as Instant;
const horizon = { start: '2025-03-24T00:00:00Z' as Instant, end: '2025-04-07T00:00:00Z' as Instant };
let env: Awaited<ReturnType<typeof startSim>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

/** Graph requests that reached the simulator (a `$batch` counts each request inside it once, itself not). */
function countReads(sim: Awaited<ReturnType<typeof startSim>>['sim']) {
  const paths: string[] = [];
  sim.app.server.on('request', (req: { url?: string }) => {
    if (req.url?.startsWith('/v1.0/')) paths.push(req.url);
  });
  return paths;
}

describe('a fresh read', () => {
  it('still uses the delta links, and reads plans, people and checklists again in the same single round trip', async () => {
    env = await startSim();
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch, useBatch: false });
    const paths = countReads(env.sim);
    const accessToken = await env.graphToken();
    const first = await gateway.loadWorld({ accessToken, horizon, now });

    paths.length = 0;
    const plain = await gateway.loadWorld({ accessToken, horizon, now, sync: first.sync });
    const plainPaths = [...paths];
    paths.length = 0;
    const fresh = await gateway.loadWorld({ accessToken, horizon, now, sync: plain.sync, fresh: true });

    expect(plain.stats).toMatchObject({ mode: 'delta', roundTrips: 1 });
    expect(fresh.stats).toMatchObject({ mode: 'delta', roundTrips: 1 }); // everything it reads again is known: one wave
    const kinds = (list: string[]) => ({
      deltaLinks: list.filter((p) => /deltatoken|skiptoken|\$deltatoken/i.test(p)).length,
      plans: list.filter((p) => p.startsWith('/v1.0/planner/plans/')).length,
      users: list.filter((p) => p.startsWith('/v1.0/users/')).length,
      checklists: list.filter((p) => p.includes('/checklistItems')).length,
    });
    const before = kinds(plainPaths);
    const after = kinds(paths);
    expect(after.deltaLinks).toBe(before.deltaLinks);
    expect(after.deltaLinks).toBeGreaterThan(0);
    expect(before).toMatchObject({ plans: 0, users: 0, checklists: 0 });
    expect(after.plans).toBeGreaterThan(0);
    expect(after.users).toBeGreaterThan(0);
    expect(after.checklists).toBeGreaterThan(0);
    expect(fresh.world).toEqual(first.world);
  });
});

  it('sees a checklist step ticked since the last load, and a task changed in the same wave keeps its fresh checklist', async () => {
    env = await startSim();
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const accessToken = await env.graphToken();
    const first = await gateway.loadWorld({ accessToken, horizon, now });
    const withSteps = first.world.items.find((i) => i.source === 'todo' && i.checklist.total > 0);
    if (!withSteps) throw new Error('the demo has no To Do task with checklist steps');
    // Add a ticked step through Graph (the simulator also marks the task changed, so its delta reports it).
    const lists = (await (await env.fetch(`${env.graphBaseUrl}/me/todo/lists`, { headers: { Authorization: `Bearer ${accessToken}` } })).json()) as { value: { id: string }[] };
    let added = false;
    for (const list of lists.value) {
      const res = await env.fetch(`${env.graphBaseUrl}/me/todo/lists/${encodeURIComponent(list.id)}/tasks/${encodeURIComponent(withSteps.id)}/checklistItems`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ displayName: 'one more step', isChecked: true }),
      });
      await res.text();
      if (res.status === 201) added = true;
    }
    expect(added).toBe(true);
    const fresh = await gateway.loadWorld({ accessToken, horizon, now, sync: first.sync, fresh: true });
    const after = fresh.world.items.find((i) => i.id === withSteps.id);
    expect(after?.checklist).toEqual({ total: withSteps.checklist.total + 1, done: withSteps.checklist.done + 1 });
    expect(fresh.stats.roundTrips).toBe(1);
  });
