import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

// The demo organisation's stories for suggestions, read over Graph as the client reads them.
// now = Wed 26 Mar 2025 21:30Z = 14:30 PDT in San Francisco (UTC−7 since 9 Mar); Europe is still on winter time (UTC+1).
let f: SimFixture;
let auth: Record<string, string>;
beforeAll(async () => {
  f = await startFixture();
  auth = { authorization: `Bearer ${await f.graphToken()}`, 'content-type': 'application/json' };
});
afterAll(async () => f.close());

const upn = (alias: string) => `${alias}@northwind.example`;
const get = async <T>(path: string, headers = auth) => {
  const res = await f.call(`/v1.0${path}`, { headers });
  expect(res.status).toBe(200);
  return res.json() as T;
};
const post = async <T>(path: string, body: unknown) => {
  const res = await f.call(`/v1.0${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return res.json() as T;
};
const idOf = async (alias: string) => (await get<{ id: string }>(`/users/${upn(alias)}`)).id;
interface PlannerTask { id: string; title: string; planId: string; percentComplete: number; completedDateTime: string | null; assignments: Record<string, { assignedDateTime: string }> }

describe('the demo storyline for suggestions', () => {
  it('has a new commitment from today: a flagged email from Lucía that arrived earlier today, as a To Do task made today', async () => {
    const lists = await get<{ value: { id: string; wellknownListName: string }[] }>('/me/todo/lists');
    const flagged = lists.value.find((l) => l.wellknownListName === 'flaggedEmails');
    const tasks = await get<{ value: { title: string; createdDateTime: string; linkedResources: { externalId: string }[] }[] }>(`/me/todo/lists/${flagged?.id}/tasks`);
    const task = tasks.value.find((t) => t.title === 'Sign off the release checklist');
    // Arrived 2 h before now (19:30Z = 12:30 PDT): the same day, 26 March, in San Francisco.
    expect(task?.createdDateTime).toMatch(/^2025-03-26T19:30:00/);
    const mail = await get<{ from: { emailAddress: { address: string } }; receivedDateTime: string; flag: { flagStatus: string } }>(`/me/messages/${encodeURIComponent(task?.linkedResources[0]?.externalId ?? '')}`);
    expect(mail).toMatchObject({ from: { emailAddress: { address: upn('lucia.fernandez') } }, flag: { flagStatus: 'flagged' } });
    expect(mail.receivedDateTime).toMatch(/^2025-03-26T19:30:00(\.000)?Z$/);
  });

  it('has a Planner task assigned to Maya today, and one she completed yesterday with Camille', async () => {
    const maya = await idOf('maya.brooks');
    const camille = await idOf('camille.martin');
    const tasks = (await get<{ value: PlannerTask[] }>('/me/planner/tasks')).value;
    expect(tasks.find((t) => t.title === 'Review the partner FAQ')?.assignments[maya]?.assignedDateTime).toMatch(/^2025-03-26T19:30:00/);
    const done = tasks.find((t) => t.title === 'Publish the beta feedback summary');
    // Yesterday 16:00 PDT = 25 March 23:00Z.
    expect(done?.percentComplete).toBe(100);
    expect(done?.completedDateTime).toMatch(/^2025-03-25T23:00:00(\.000)?Z$/);
    expect(Object.keys(done?.assignments ?? {}).sort()).toEqual([maya, camille].sort());
  });

  it('has a meeting on the next working day with Jonas and Priya as attendees, before Maya’s working hours', async () => {
    const view = await get<{ value: { subject: string; start: { dateTime: string }; attendees: { emailAddress: { address: string } }[] }[] }>(
      '/me/calendarView?startDateTime=2025-03-26T21:30:00Z&endDateTime=2025-03-29T07:00:00Z&$top=200');
    const meeting = view.value.find((e) => e.subject === 'Rate-limit rollout: partner go/no-go');
    // Thu 27 March 07:00 PDT = 14:00Z (16:00 in Berlin, 19:30 in Bangalore).
    expect(meeting?.start.dateTime).toBe('2025-03-27T14:00:00.0000000');
    expect(meeting?.attendees.map((a) => a.emailAddress.address).sort()).toEqual([upn('jonas.weber'), upn('priya.raman')]);
  });

  it('serves the members of a plan’s group, among them Camille, whose working hours this week are mostly free', async () => {
    const tasks = (await get<{ value: PlannerTask[] }>('/me/planner/tasks')).value;
    const atRisk = tasks.find((t) => t.title === 'Finalize pricing page copy');
    const plan = await get<{ container: { containerId: string } }>(`/planner/plans/${atRisk?.planId}`);
    const members = await get<{ value: { '@odata.type': string; userPrincipalName: string; displayName: string }[] }>(`/groups/${plan.container.containerId}/members`);
    expect(members.value.map((m) => m.userPrincipalName)).toEqual(expect.arrayContaining([MAIN_UPN, upn('camille.martin'), upn('ethan.park')]));
    expect(members.value.every((m) => m['@odata.type'] === '#microsoft.graph.user')).toBe(true);
    // Camille works 09:00–18:00 Paris (08:00–17:00Z). Busy Thursday: EMEA stand-up 08:30–08:45Z (1 slot), launch sync
    // 16:00–17:00Z (2 slots) → 18 − 3 = 15 free half hours. Friday: stand-up (1) and the pricing workshop 15:00–18:00Z
    // (08:00 PDT; 15:00–17:00Z inside her hours, 4 slots) → 18 − 5 = 13. 28 of 36 half hours free: 14 h.
    const day = async (on: string) => (await post<{ value: { availabilityView: string }[] }>('/me/calendar/getSchedule', { schedules: [upn('camille.martin')],
      startTime: { dateTime: `${on}T08:00:00`, timeZone: 'UTC' }, endTime: { dateTime: `${on}T17:00:00`, timeZone: 'UTC' }, availabilityViewInterval: 30 })).value[0]?.availabilityView ?? '';
    const free = (view: string) => [...view].filter((c) => c === '0').length;
    expect(free(await day('2025-03-27'))).toBe(15);
    expect(free(await day('2025-03-28'))).toBe(13);
  });

  it('answers group members with limited information without a user permission, 403 without a group one, 404 for an unknown group', async () => {
    const tasks = (await get<{ value: PlannerTask[] }>('/me/planner/tasks')).value;
    const plan = await get<{ container: { containerId: string } }>(`/planner/plans/${tasks[0]?.planId}`);
    const only = { authorization: `Bearer ${await f.graphToken(MAIN_UPN, ['GroupMember.Read.All'])}` };
    const limited = await get<{ value: Record<string, unknown>[] }>(`/groups/${plan.container.containerId}/members`, only);
    expect(limited.value[0]).toMatchObject({ '@odata.type': '#microsoft.graph.user', displayName: null, userPrincipalName: null });
    expect(typeof limited.value[0]?.['id']).toBe('string');
    const none = { authorization: `Bearer ${await f.graphToken(MAIN_UPN, ['User.Read'])}` };
    expect((await f.call(`/v1.0/groups/${plan.container.containerId}/members`, { headers: none })).status).toBe(403);
    expect((await f.call('/v1.0/groups/00000000-0000-4000-a000-000000000000/members', { headers: auth })).status).toBe(404);
  });

  it('has a stakeholder with scheduled automatic replies: Marcus, from Friday until Tuesday in New York', async () => {
    const tips = await post<{ value: { automaticReplies: { message: string; scheduledStartTime?: { dateTime: string }; scheduledEndTime?: { dateTime: string } } }[] }>(
      '/me/getMailTips', { EmailAddresses: [upn('marcus.green')], MailTipsOptions: 'automaticReplies' });
    // Two working days on from Wed 26 March is Fri 28 March, four is Tue 1 April; midnight EDT (UTC−4) = 04:00Z.
    expect(tips.value[0]?.automaticReplies.message).toContain('visiting customers');
    expect(tips.value[0]?.automaticReplies.scheduledStartTime?.dateTime).toBe('2025-03-28T04:00:00.0000000');
    expect(tips.value[0]?.automaticReplies.scheduledEndTime?.dateTime).toBe('2025-04-01T04:00:00.0000000');
  });

  it('keeps the risk stories: the overdue item from Jonas and the one whose deadline passed in Bangalore', async () => {
    const scenarios = ((await f.call('/demo/scenarios')).json() as { value: { key: string; title: string }[] }).value;
    expect(scenarios.find((s) => s.key === 'overdue')?.title).toBe('Send signed SOW to Jonas');
    expect(scenarios.find((s) => s.key === 'passed-in-bangalore')?.title).toBe('Send comments on the API rate-limit proposal');
    expect(scenarios.map((s) => s.key)).toEqual(expect.arrayContaining(['new-commitment', 'new-assignment', 'completed-yesterday', 'meeting-soon', 'colleague-free-time', 'stakeholder-away']));
  });
});
