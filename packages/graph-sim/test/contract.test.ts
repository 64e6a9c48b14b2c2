import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../src/index.js';
import { annotationsOf, compareShape, type CompareOptions } from './compare-shape.js';
import { FIXED_NOW, MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

// Microsoft's documented examples live in the repository, beside the client's fixtures (sources and licence in its README).
const CONTRACT_DIR = fileURLToPath(new URL('../../graph/fixtures/graph-contract/', import.meta.url));

interface Example {
  endpoint: string;
  request: { method: string; url: string; headers: Record<string, string>; body: unknown };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

interface Issued {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Send the body as text (MIME). */
  text?: string;
}

const world = generateDemoWorld(FIXED_NOW);
const maya = world.people[0]!;
const ethan = world.people.find((p) => p.userPrincipalName.startsWith('ethan'))!;
const mayaMbx = world.mailboxes.get(maya.id)!;
const tasksList = mayaMbx.todoLists.find((l) => l.wellknownListName === 'defaultList')!;
const flaggedList = mayaMbx.todoLists.find((l) => l.wellknownListName === 'flaggedEmails')!;
const offTrack = world.scenarios.find((s) => s.key === 'off-track')!;
const atRisk = world.scenarios.find((s) => s.key === 'at-risk')!;
const oneOnOne = mayaMbx.events.find((e) => e.subject === 'Maya / Priya 1:1')!;
const WINDOW = 'startDateTime=2025-03-24T00:00:00-07:00&endDateTime=2025-03-29T00:00:00-07:00';

const pathOf = (url: string) => url.replace(/^https:\/\/graph\.microsoft\.com\/v1\.0/, '');
const mime = (lines: string[]) => Buffer.from(lines.join('\r\n')).toString('base64');

/** Examples for endpoints the simulator does not serve (yet), with the reason. */
const NOT_SERVED: Record<string, string> = {
  'errors.generic.1.json': 'upload sessions (PUT) are not simulated; the generic error body shape is checked by every error test',
  'presence.get.1.json': 'presence is not simulated',
  'presence.get.3.json': 'presence is not simulated',
  'subscriptions.create.1.json': 'change notifications are not used in v1 (delta instead)',
  'subscriptions.notification.1.json': 'a payload Graph sends to the app, not an endpoint',
  'supportedTimeZones.get.1.json': 'supportedTimeZones is not simulated',
};

type Plan = (f: SimFixture, ex: Example, token: string) => Promise<{ issued?: Issued; response?: Awaited<ReturnType<SimFixture['call']>>; compare?: CompareOptions }>;

const same: Plan = async (_f, ex) => ({ issued: { method: ex.request.method, path: pathOf(ex.request.url), headers: ex.request.headers, body: ex.request.body } });
const withPath = (path: string, extra: Partial<Issued> = {}): Plan => async (_f, ex) => ({ issued: { method: ex.request.method, path, headers: ex.request.headers, body: ex.request.body, ...extra } });

async function send(f: SimFixture, token: string, issued: Issued) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  for (const [k, v] of Object.entries(issued.headers ?? {})) if (!/^content-length$/i.test(k)) headers[k] = v;
  let body: string | undefined;
  if (issued.text !== undefined) body = issued.text;
  else if (typeof issued.body === 'string') body = issued.body;
  else if (issued.body !== null && issued.body !== undefined) body = JSON.stringify(issued.body);
  return f.call(issued.path.startsWith('https://') ? issued.path : `/v1.0${issued.path}`, { method: issued.method, headers, ...(body !== undefined ? { body } : {}) });
}

const deltaWindow = '/me/calendarView/delta?startdatetime=2025-03-20T00:00:00Z&enddatetime=2025-04-10T00:00:00Z';

async function lastDeltaPage(f: SimFixture, token: string, first: string, prefer = 'odata.maxpagesize=2') {
  let res = await f.call(`/v1.0${first}`, { headers: { authorization: `Bearer ${token}`, Prefer: prefer } });
  for (let i = 0; i < 200; i += 1) {
    const next = (res.json() as Record<string, string>)['@odata.nextLink'];
    if (!next) break;
    res = await f.call(next, { headers: { authorization: `Bearer ${token}`, Prefer: prefer } });
  }
  return res;
}

const PLANS: Record<string, Plan> = {
  'me.get.1.json': same,
  'user.get.1.json': withPath(`/users/${ethan.id}`),
  'mailboxSettings.get.1.json': same,
  'mailboxSettings.get.2.json': same,
  'mailboxSettings.get.4.json': same,
  'calendarView.list.1.json': withPath(`/me/calendarView?${WINDOW}`),
  'events.list.1.json': same,
  'events.create.1.json': same,
  'events.create.3.json': async (f, ex, t) => ({ ...(await same(f, ex, t)), compare: { ignorePaths: ['$.OnlineMeeting'] } }),
  'events.instances.1.json': withPath(`/me/events/${oneOnOne.id}/instances?${WINDOW}&$select=subject,bodyPreview,seriesMasterId,type,recurrence,start,end`),
  'calendarView.delta.1.json': withPath(deltaWindow),
  'calendarView.delta.2.json': withPath(deltaWindow),
  'calendarView.delta.4.json': async (f, _ex, token) => ({ response: await lastDeltaPage(f, token, deltaWindow) }),
  'calendarView.delta.5.json': async (f, _ex, token) => {
    const last = await lastDeltaPage(f, token, deltaWindow);
    const deltaLink = (last.json() as Record<string, string>)['@odata.deltaLink']!;
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const created = await f.call('/v1.0/me/events', { method: 'POST', headers: auth, body: JSON.stringify({
      subject: 'Attend service', start: { dateTime: '2025-03-27T06:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-03-27T07:30:00', timeZone: 'UTC' },
      location: { displayName: 'Chapel', address: { street: '900 Broadway', city: 'Seattle', state: 'WA', countryOrRegion: 'United States', postalCode: '' }, coordinates: { latitude: 47.6105, longitude: -122.321 } },
    }) }).then((r) => r.json() as { id: string });
    const single = await f.call(`/v1.0/me/events?$top=50`, { headers: auth }).then((r) => (r.json() as { value: { id: string; type: string; subject: string }[] }).value.find((e) => e.type === 'singleInstance' && e.id !== created.id && e.subject === 'Hiring panel'));
    await f.call(`/v1.0/me/events/${single?.id}`, { method: 'DELETE', headers: auth });
    return { response: await f.call(deltaLink, { headers: { authorization: `Bearer ${token}`, Prefer: 'odata.maxpagesize=2' } }) };
  },
  'getSchedule.post.1.json': async (_f, ex) => ({ issued: { method: 'POST', path: '/me/calendar/getSchedule', headers: ex.request.headers, body: {
    ...(ex.request.body as object), schedules: [MAIN_UPN, 'olivia.harris@northwind.example'],
    startTime: { dateTime: '2025-03-25T09:00:00', timeZone: 'Pacific Standard Time' }, endTime: { dateTime: '2025-03-25T18:00:00', timeZone: 'Pacific Standard Time' },
  } } }),
  // The concept page's own body (PascalCase names, interval "15"), aimed at Olivia, whose working hours are a customTimeZone as in the doc.
  'getSchedule.post.10.json': async (_f, ex) => ({ issued: { method: 'POST', path: '/me/calendar/getSchedule', headers: ex.request.headers, body: {
    ...(ex.request.body as object), Schedules: ['olivia.harris@northwind.example'],
    StartTime: { dateTime: '2025-03-24T15:00:00', timeZone: 'Pacific Standard Time' }, EndTime: { dateTime: '2025-03-25T00:00:00', timeZone: 'Pacific Standard Time' },
  } } }),
  // Maya's automatic replies are scheduled (the documented first recipient); Ethan has none (the second).
  'getMailTips.post.10.json': async (_f, ex) => ({ issued: { method: 'POST', path: '/me/getMailTips', headers: ex.request.headers, body: { ...(ex.request.body as object), EmailAddresses: [MAIN_UPN, ethan.userPrincipalName] } } }),
  'mailboxSettings.update.10.json': same,
  'mailboxSettings.update.11.json': same,
  'events.get.10.json': withPath(`/me/events/${oneOnOne.id}?$select=subject,body,bodyPreview,organizer,attendees,start,end,location,locations`),
  'messages.list.10.json': same,
  // Ethan has no postal code in the demo organisation: Graph answers null for it.
  'user.get.10.json': async (f, ex, t) => ({ ...(await withPath(`/users/${ethan.id}?$select=displayName,givenName,postalCode,identities`)(f, ex, t)), compare: { nullablePaths: ['$.postalCode'] } }),
  'todoTasks.create.10.json': withPath(`/me/todo/lists/${tasksList.id}/tasks`),
  // The doc writes the segment `checklistitems/` (lower case, trailing slash): both resolve.
  'todoChecklistItems.create.10.json': withPath(`/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}/checklistitems/`),
  'todoTask.update.10.json': withPath(`/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}`),
  'todoLists.list.1.json': same,
  'todoTasks.list.1.json': withPath(`/me/todo/lists/${flaggedList.id}/tasks`),
  'todoTask.get.1.json': withPath(`/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}`),
  'todoChecklistItems.list.1.json': withPath(`/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}/checklistitems`),
  'todoTasks.delta.1.json': async (f, _ex, token) => {
    const first = await lastDeltaPage(f, token, `/me/todo/lists/${tasksList.id}/tasks/delta`, 'odata.maxpagesize=10');
    const deltaLink = (first.json() as Record<string, string>)['@odata.deltaLink']!;
    await f.call(`/v1.0/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}`, { method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Write the data migration guide (v2)' }) });
    return { response: await f.call(deltaLink, { headers: { authorization: `Bearer ${token}` } }) };
  },
  'plannerTasks.listMine.1.json': async (f, ex, t) => ({ ...(await same(f, ex, t)), compare: { mapKeys: ['assignments'] } }),
  'plannerPlan.get.1.json': withPath(`/planner/plans/${world.plans[0]!.id}`),
  'plannerTask.get.10.json': async (f, ex, t) => ({ ...(await withPath(`/planner/tasks/${atRisk.itemId}`)(f, ex, t)), compare: { mapKeys: ['assignments'] } }),
  'plannerTaskDetails.get.1.json': async (f, ex, t) => ({ ...(await withPath(`/planner/tasks/${atRisk.itemId}/details`)(f, ex, t)), compare: { mapKeys: ['references', 'checklist'] } }),
  'people.list.1.json': same,
  'messages.create.1.json': same,
  'messages.create.3.json': withPath('/me/messages', { text: mime(['From: Maya Brooks <maya.brooks@northwind.example>', 'To: Megan Bowen <MeganB@contoso.com>', 'Subject: Internal Resume Submission: Sales Associate', 'Content-Type: text/plain', '', 'Hi, Megan. I have an interest in the Sales Associate position.']) }),
  'messages.create.error.1.json': withPath('/me/messages', { text: '' }),
  'messages.getExtendedProperty.1.json': async (f, _ex, token) => {
    const id = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color';
    const created = await f.call('/v1.0/me/messages', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({
      subject: 'RE: Talk about emergency prep', toRecipients: [{ emailAddress: { address: 'christine@contoso.com', name: 'Christine Irwin' } }], singleValueExtendedProperties: [{ id, value: 'Green' }],
    }) }).then((r) => r.json() as { id: string });
    return { issued: { method: 'GET', path: `/me/messages/${encodeURIComponent(created.id)}?$expand=singleValueExtendedProperties($filter=id%20eq%20'${encodeURIComponent(id)}')` } };
  },
  'messages.send.1.json': async (f, _ex, token) => {
    const created = await f.call('/v1.0/me/messages', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ subject: 'Hello', toRecipients: [{ emailAddress: { address: 'ethan.park@northwind.example' } }] }) }).then((r) => r.json() as { id: string });
    return { issued: { method: 'POST', path: `/me/messages/${encodeURIComponent(created.id)}/send`, headers: { 'content-length': '0' } } };
  },
  'sendMail.post.1.json': same,
  'sendMail.post.2.json': same,
  'sendMail.post.4.json': same,
  'throttling.429.1.json': async (f, ex, token) => {
    await f.call('/demo/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules: [{ kind: 'throttle', match: { path: '^/me/calendarView$' }, retryAfterSeconds: 2, times: 1 }] }) });
    const response = await send(f, token, { method: ex.request.method, path: `/me/calendarView?${WINDOW}` });
    await f.call('/demo/faults', { method: 'DELETE' });
    return { response };
  },
  'batch.post.1.json': async (_f, ex) => ({ issued: { method: 'POST', path: '/$batch', headers: ex.request.headers, body: { requests: [
    { id: '1', method: 'GET', url: '/me/messages?$top=1&$select=subject' },
    { id: '2', method: 'GET', url: '/me/planner/tasks' },
    { id: '3', method: 'GET', url: `/users/${ethan.id}` },
    { id: '4', url: '/me', method: 'POST', body: {}, headers: { 'Content-Type': 'application/json' } },
    { id: '5', url: 'me/people?$select=id,displayName,userPrincipalName&$count=true', method: 'GET', headers: { ConsistencyLevel: 'eventual' } },
  ] } },
  // Items 1 and 5 of the documented batch read /me/memberOf and /users (not simulated); the simulator answers served
  // collections in their place, so only the entity shapes inside those two `value` arrays are skipped.
  compare: { ignorePaths: ['$.responses[0].body.value[0]', '$.responses[4].body.value[0]'] } }),
};
/** The batch example's items hit routes with different permissions: a token with only these scopes reproduces 200/403/403/405/200. */
const TOKEN_SCOPES: Record<string, string[]> = { 'batch.post.1.json': ['User.Read', 'Mail.ReadWrite', 'People.Read'] };

const files = readdirSync(CONTRACT_DIR).filter((n) => n.endsWith('.json')).sort();

let f: SimFixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => f.close());

describe('documented Graph examples (packages/graph/fixtures/graph-contract)', () => {
  it('has a plan or a stated reason for every example file', () => {
    expect(files.filter((n) => !PLANS[n] && !NOT_SERVED[n])).toEqual([]);
  });

  for (const name of files.filter((n) => PLANS[n])) {
    it(`${name}: same status, property names/types and OData annotations`, async () => {
      const ex = JSON.parse(readFileSync(join(CONTRACT_DIR, name), 'utf8')) as Example;
      await f.call('/demo/reset', { method: 'POST' });
      const token = await f.graphToken(MAIN_UPN, TOKEN_SCOPES[name]);
      const plan = await PLANS[name]!(f, ex, token);
      const res = plan.response ?? (await send(f, token, plan.issued!));
      expect(res.status, res.text.slice(0, 500)).toBe(ex.response.status);
      expect(res.headers.get('request-id')).toBeTruthy();
      const docHeaders = Object.fromEntries(Object.entries(ex.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      if (docHeaders['preference-applied']) expect(res.headers.get('preference-applied')).toContain(docHeaders['preference-applied']);
      if (docHeaders['retry-after']) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      if (ex.response.body === null || ex.response.body === undefined) {
        expect(res.text).toBe('');
        return;
      }
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const actual = res.json();
      expect(compareShape(ex.response.body, actual, plan.compare)).toEqual([]);
      const missing = annotationsOf(ex.response.body).filter((a) => !annotationsOf(actual).includes(a));
      expect(missing).toEqual([]);
    });
  }
});
