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

describe('something deleted since the last load never breaks the report', () => {
  it('drops a deleted Planner task, To Do task, To Do list and event on the next (delta) refresh', async () => {
    env = await startSim();
    const e = env;
    const token = await e.graphToken();
    // A list of Maya's own, with one task due Fri 28 Mar, made through Graph before the first load.
    const list = await e.call(token, 'POST', '/me/todo/lists', { displayName: 'Offsite prep' });
    const listId = String(list.body.id);
    const inList = await e.call(token, 'POST', `/me/todo/lists/${encodeURIComponent(listId)}/tasks`, { title: 'Book the offsite room', dueDateTime: { dateTime: '2025-03-28T00:00:00', timeZone: 'Pacific Standard Time' } });
    expect([list.status, inList.status]).toEqual([201, 201]);

    const gateway = createGraphGateway({ baseUrl: e.graphBaseUrl, fetch: e.fetch });
    const first = await gateway.loadWorld({ accessToken: token, horizon, now });
    const planner = first.world.items.find((i) => i.source === 'planner' && i.status !== 'completed');
    const todo = first.world.items.find((i) => i.source === 'todo' && i.listName !== 'Offsite prep');
    expect(first.world.items.some((i) => i.id === inList.body.id)).toBe(true);

    // Planner: DELETE needs the task's etag in If-Match (Graph answers 204).
    const plannerTask = await e.call(token, 'GET', `/planner/tasks/${encodeURIComponent(planner?.id ?? '')}`);
    const deletedPlanner = await e.call(token, 'DELETE', `/planner/tasks/${encodeURIComponent(planner?.id ?? '')}`, undefined, { 'If-Match': String(plannerTask.body['@odata.etag']) });
    // To Do: the task's list is found through Graph, as a client would.
    const lists = (await e.call(token, 'GET', '/me/todo/lists')).body.value ?? [];
    let todoListId = '';
    for (const l of lists) {
      const tasks = (await e.call(token, 'GET', `/me/todo/lists/${encodeURIComponent(String(l.id))}/tasks?$top=100`)).body.value ?? [];
      if (tasks.some((t) => t.id === todo?.id)) todoListId = String(l.id);
    }
    const deletedTodo = await e.call(token, 'DELETE', `/me/todo/lists/${encodeURIComponent(todoListId)}/tasks/${encodeURIComponent(todo?.id ?? '')}`);
    const deletedList = await e.call(token, 'DELETE', `/me/todo/lists/${encodeURIComponent(listId)}`);
    // Calendar: a single (non-recurring) event of the first load.
    const events = (await e.call(token, 'GET', '/me/events?$select=id,subject,type&$top=100')).body.value ?? [];
    const event = events.find((x) => x.type === 'singleInstance' && first.world.calendar.some((c) => c.id === x.id));
    const deletedEvent = await e.call(token, 'DELETE', `/me/events/${encodeURIComponent(String(event?.id))}`);
    expect([deletedPlanner.status, deletedTodo.status, deletedList.status, deletedEvent.status]).toEqual([204, 204, 204, 204]);

    // The refresh reads the deleted task's details (404) and the deleted list's delta link (404): both are dropped.
    const again = await gateway.loadWorld({ accessToken: token, horizon, now, sync: first.sync });
    expect(again.stats.mode).toBe('delta');
    const gone = new Set([planner?.id, todo?.id, String(inList.body.id)]);
    expect(again.world.items.filter((i) => gone.has(i.id))).toEqual([]);
    expect(again.world.items).toHaveLength(first.world.items.length - 3);
    expect(again.world.calendar.map((c) => c.id)).not.toContain(event?.id);
    expect(again.world.calendar).toHaveLength(first.world.calendar.length - 1);
    expect(Object.keys(again.sync.todoDeltaLinks)).not.toContain(listId);

    // And a full read (no sync) agrees with the refresh.
    const fresh = await createGraphGateway({ baseUrl: e.graphBaseUrl, fetch: e.fetch }).loadWorld({ accessToken: token, horizon, now });
    expect(fresh.world).toEqual(again.world);
  }, 60_000);

  it('keeps refreshing with delta links after two Planner tasks are deleted (no error that lasts until the cache expires)', async () => {
    env = await startSim();
    const e = env;
    const token = await e.graphToken();
    const gateway = createGraphGateway({ baseUrl: e.graphBaseUrl, fetch: e.fetch });
    const first = await gateway.loadWorld({ accessToken: token, horizon, now });
    const [a, b] = first.world.items.filter((i) => i.source === 'planner');
    for (const id of [a?.id, b?.id]) {
      const task = await e.call(token, 'GET', `/planner/tasks/${encodeURIComponent(id ?? '')}`);
      expect((await e.call(token, 'DELETE', `/planner/tasks/${encodeURIComponent(id ?? '')}`, undefined, { 'If-Match': String(task.body['@odata.etag']) })).status).toBe(204);
    }
    const second = await gateway.loadWorld({ accessToken: token, horizon, now, sync: first.sync });
    const third = await gateway.loadWorld({ accessToken: token, horizon, now, sync: second.sync });
    expect([second.stats.mode, third.stats.mode]).toEqual(['delta', 'delta']);
    expect(third.world.items.map((i) => i.id)).not.toContain(a?.id);
    expect(third.world.items).toHaveLength(first.world.items.length - 2);
  }, 60_000);
});
