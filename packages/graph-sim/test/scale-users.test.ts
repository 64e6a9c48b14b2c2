import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type SimFixture } from './sim-fixture.js';

// Generated users for digest benchmarks: reached app-only (client credentials), inside the access policy, throttled per mailbox.
let f: SimFixture;
let app: Record<string, string>;
beforeAll(async () => {
  f = await startFixture({ extraUsers: 40 });
  app = { authorization: `Bearer ${await f.appToken()}`, 'content-type': 'application/json' };
});
afterAll(async () => f.close());

interface DemoUser { id: string; userPrincipalName: string; city: string }
const users = async () => ((await f.call('/demo/users')).json() as { value: DemoUser[] }).value;

describe('extraUsers', () => {
  it('lists the generated users after the demo organisation', async () => {
    const list = await users();
    expect(list).toHaveLength(51);
    expect(list[11 + 17]).toMatchObject({ userPrincipalName: 'rosa.lopez18@northwind.example', city: 'London' });
  });

  it('serves a generated user’s world to the app: calendar, To Do, Planner, the plan’s group and their teammates’ schedules', async () => {
    const rosa = (await users())[11 + 17] as DemoUser;
    const base = `/v1.0/users/${rosa.userPrincipalName}`;
    const view = await f.call(`${base}/calendarView?startDateTime=2025-03-24T00:00:00Z&endDateTime=2025-03-29T00:00:00Z&$top=100`, { headers: app });
    expect(view.status).toBe(200);
    expect((view.json() as { value: { subject: string }[] }).value.filter((e) => e.subject === 'Team stand-up')).toHaveLength(5);
    const lists = (await f.call(`${base}/todo/lists`, { headers: app })).json() as { value: { id: string }[] };
    expect(lists.value).toHaveLength(2);
    const tasks = (await f.call(`${base}/planner/tasks`, { headers: app })).json() as { value: { planId: string }[] };
    const plan = (await f.call(`/v1.0/planner/plans/${tasks.value[0]?.planId}`, { headers: app })).json() as { container: { containerId: string } };
    const members = (await f.call(`/v1.0/groups/${plan.container.containerId}/members`, { headers: app })).json() as { value: { userPrincipalName: string }[] };
    expect(members.value).toHaveLength(8);
    const schedule = await f.call(`${base}/calendar/getSchedule`, { method: 'POST', headers: app, body: JSON.stringify({ schedules: members.value.map((m) => m.userPrincipalName).slice(0, 3),
      startTime: { dateTime: '2025-03-27T08:00:00', timeZone: 'UTC' }, endTime: { dateTime: '2025-03-27T17:00:00', timeZone: 'UTC' }, availabilityViewInterval: 60 }) });
    const value = (schedule.json() as { value: { availabilityView: string; error?: unknown }[] }).value;
    expect(value.map((v) => v.availabilityView.length)).toEqual([9, 9, 9]);
    expect(value.some((v) => v.error)).toBe(false);
  });

  it('keeps the per-app per-mailbox budget on for generated users: one mailbox over it, the next one still answered', async () => {
    await f.call('/demo/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ budget: { perUserPerApp: 2, windowMs: 60_000 } }) });
    try {
      const [a, b] = (await users()).slice(20, 22) as [DemoUser, DemoUser];
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await f.call(`/v1.0/users/${a.userPrincipalName}/mailboxSettings`, { headers: app })).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await f.call(`/v1.0/users/${b.userPrincipalName}/mailboxSettings`, { headers: app })).status).toBe(200);
      expect(((await f.call('/demo/concurrency')).json() as { limit: number }).limit).toBe(4);
    } finally {
      await f.call('/demo/faults', { method: 'DELETE' });
    }
  });
});
