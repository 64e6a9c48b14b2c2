import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

let f: SimFixture;
let token: string;
let auth: Record<string, string>;
beforeAll(async () => {
  f = await startFixture();
  token = await f.graphToken();
  auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
});
afterAll(async () => f.close());
beforeEach(async () => {
  await f.call('/demo/reset', { method: 'POST' });
  await f.call('/demo/faults', { method: 'DELETE' });
});

const get = (path: string, headers: Record<string, string> = {}) => f.call(`/v1.0${path}`, { headers: { ...auth, ...headers } });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => f.call(`/v1.0${path}`, { method: 'POST', headers: { ...auth, ...headers }, body: JSON.stringify(body) });
const WINDOW = 'startDateTime=2025-03-24T00:00:00Z&endDateTime=2025-04-05T00:00:00Z';

describe('calendar', () => {
  it('honours Prefer: outlook.timezone with Preference-Applied and keeps UTC otherwise', async () => {
    const utc = (await get(`/me/calendarView?${WINDOW}&$top=1`)).json() as { value: { start: { timeZone: string } }[] };
    expect(utc.value[0]?.start.timeZone).toBe('UTC');
    const res = await get(`/me/calendarView?${WINDOW}&$top=1`, { Prefer: 'outlook.timezone="Pacific Standard Time"' });
    expect(res.headers.get('preference-applied')).toBe('outlook.timezone="Pacific Standard Time"');
    expect((res.json() as { value: { start: { timeZone: string } }[] }).value[0]?.start.timeZone).toBe('Pacific Standard Time');
  });

  it('expands series in their own zone: the Berlin sync moves for San Francisco across the US/EU DST gap', async () => {
    const all = (await get(`/me/calendarView?startDateTime=2025-03-01T00:00:00Z&endDateTime=2025-04-10T00:00:00Z&$top=1000`)).json() as { value: { subject: string; start: { dateTime: string } }[] };
    const sync = all.value.filter((e) => e.subject === 'Launch team sync').map((e) => e.start.dateTime.slice(11, 16));
    expect(new Set(sync)).toEqual(new Set(['16:00', '15:00']));
    expect(all.value.some((e) => e.subject === 'Out of office – partner offsite')).toBe(true);
  });

  it('shows showAs, isCancelled, categories and attendee responses', async () => {
    const all = (await get(`/me/calendarView?${WINDOW}&$top=1000`)).json() as { value: Record<string, unknown>[] };
    expect(all.value.some((e) => e['isCancelled'] === true)).toBe(true);
    expect(all.value.some((e) => e['isAllDay'] === true && e['showAs'] === 'oof')).toBe(true);
    expect(all.value.some((e) => (e['categories'] as string[]).includes('Focus time'))).toBe(true);
    expect(all.value.some((e) => e['showAs'] === 'tentative')).toBe(true);
  });

  it('answers getSchedule with availability digits per interval and working hours', async () => {
    const res = await post('/me/calendar/getSchedule', { schedules: [MAIN_UPN, 'nobody@elsewhere.example'], startTime: { dateTime: '2025-03-25T09:00:00', timeZone: 'Pacific Standard Time' },
      endTime: { dateTime: '2025-03-25T17:00:00', timeZone: 'Pacific Standard Time' }, availabilityViewInterval: 60 });
    const body = res.json() as { value: { availabilityView: string; workingHours?: { timeZone: { name: string } }; error?: unknown }[] };
    expect(body.value[0]?.availabilityView).toMatch(/^[0-4]{8}$/);
    expect(body.value[0]?.availabilityView[0]).toBe('2');
    expect(body.value[0]?.workingHours?.timeZone.name).toBe('Pacific Standard Time');
    expect(body.value[1]?.error).toBeTruthy();
  });

  it('runs a delta round with maxpagesize, reports deletions next round, and answers 410 after expiry', async () => {
    const first = await get('/me/calendarView/delta?startDateTime=2025-03-24T00:00:00Z&endDateTime=2025-03-29T00:00:00Z', { Prefer: 'odata.maxpagesize=5' });
    expect(first.headers.get('preference-applied')).toBe('odata.maxpagesize=5');
    let page = first.json() as Record<string, unknown>;
    let count = (page['value'] as unknown[]).length;
    while (page['@odata.nextLink']) {
      expect(String(page['@odata.nextLink'])).toContain('$skiptoken=');
      page = (await f.call(String(page['@odata.nextLink']), { headers: { ...auth, Prefer: 'odata.maxpagesize=5' } })).json() as Record<string, unknown>;
      count += (page['value'] as unknown[]).length;
    }
    expect(count).toBeGreaterThan(10);
    const deltaLink = String(page['@odata.deltaLink']);
    expect(deltaLink).toContain('$deltatoken=');
    const unchanged = (await f.call(deltaLink, { headers: auth })).json() as { value: unknown[] };
    expect(unchanged.value).toEqual([]);
    const events = (await get('/me/events?$top=100')).json() as { value: { id: string; subject: string }[] };
    const panel = events.value.find((e) => e.subject === 'Hiring panel');
    expect((await f.call(`/v1.0/me/events/${panel?.id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    const next = (await f.call(deltaLink, { headers: auth })).json() as { value: { id: string; '@removed'?: unknown }[] };
    expect(next.value).toEqual([{ '@odata.type': '#microsoft.graph.event', id: panel?.id, '@removed': { reason: 'deleted' } }]);
    await f.call('/demo/faults/expire-delta-tokens', { method: 'POST' });
    const gone = await f.call(deltaLink, { headers: auth });
    expect(gone.status).toBe(410);
    expect((gone.json() as { error: { code: string } }).error.code).toBe('resyncRequired');
  });
});

describe('tasks', () => {
  it('serves To Do tasks with UTC-midnight due dates, waitingOnOthers, linked flagged mail and checklist items', async () => {
    const lists = (await get('/me/todo/lists')).json() as { value: { id: string; wellknownListName: string }[] };
    const flagged = lists.value.find((l) => l.wellknownListName === 'flaggedEmails');
    const tasks = (await get(`/me/todo/lists/${flagged?.id}/tasks?$expand=checklistItems`)).json() as { value: { status: string; dueDateTime?: { dateTime: string; timeZone: string }; linkedResources: { externalId: string }[] }[] };
    expect(tasks.value.some((t) => t.status === 'waitingOnOthers')).toBe(true);
    expect(tasks.value[0]?.dueDateTime?.dateTime).toMatch(/T00:00:00\.0000000$/);
    expect(tasks.value[0]?.dueDateTime?.timeZone).toBe('UTC');
    const message = await get(`/me/messages/${encodeURIComponent(tasks.value[0]?.linkedResources[0]?.externalId ?? '')}`);
    expect((message.json() as { from: { emailAddress: { address: string } } }).from.emailAddress.address).toBe('jonas.weber@northwind.example');
  });

  it('serves Planner tasks with several assignees and refuses a stale If-Match with 412', async () => {
    const tasks = (await get('/me/planner/tasks')).json() as { value: { id: string; '@odata.etag': string; assignments: object; dueDateTime: string | null }[] };
    expect(tasks.value.some((t) => Object.keys(t.assignments).length >= 3)).toBe(true);
    expect(tasks.value.find((t) => t.dueDateTime)?.dueDateTime).toMatch(/Z$/);
    const t = tasks.value[0]!;
    const ok = await f.call(`/v1.0/planner/tasks/${t.id}`, { method: 'PATCH', headers: { ...auth, 'If-Match': t['@odata.etag'] }, body: JSON.stringify({ percentComplete: 50 }) });
    expect(ok.status).toBe(204);
    const stale = await f.call(`/v1.0/planner/tasks/${t.id}`, { method: 'PATCH', headers: { ...auth, 'If-Match': t['@odata.etag'] }, body: JSON.stringify({ percentComplete: 75 }) });
    expect(stale.status).toBe(412);
  });
});

describe('mail', () => {
  it('finds the last message sent to a person with the gateway $filter/$orderby/$top form', async () => {
    const q = `$filter=${encodeURIComponent("toRecipients/any(r:r/emailAddress/address eq 'priya.raman@northwind.example')")}&$orderby=sentDateTime desc&$top=1&$select=sentDateTime`;
    const body = (await get(`/me/mailFolders/sentitems/messages?${q}`)).json() as { value: { sentDateTime: string }[]; '@odata.nextLink'?: string };
    expect(body.value).toHaveLength(1);
    expect(body.value[0]?.sentDateTime.slice(0, 10)).toBe('2025-03-24');
    expect(body['@odata.nextLink']).toMatch(/^https:\/\//);
  });

  it('creates a draft with an extended property, finds it by $filter, sends it, and shows it in the demo mailbox', async () => {
    const ep = 'String {0b7e3a1c-2f4d-4e5a-9b6c-7d8e9f0a1b2c} Name UpfrontDraftKey';
    const created = await post('/me/messages', { subject: 'Status', body: { contentType: 'HTML', content: '<p>ok</p>' }, toRecipients: [{ emailAddress: { address: 'ethan.park@northwind.example' } }], singleValueExtendedProperties: [{ id: ep, value: 'abc123' }] });
    expect(created.status).toBe(201);
    const draft = created.json() as { id: string; isDraft: boolean; singleValueExtendedProperties?: unknown };
    expect(draft.isDraft).toBe(true);
    expect(draft.singleValueExtendedProperties).toBeUndefined();
    const found = (await get(`/me/messages?$filter=${encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${ep}' and ep/value eq 'ABC123')`)}&$select=id`)).json() as { value: { id: string }[] };
    expect(found.value.map((m) => m.id)).toEqual([draft.id]);
    expect((await f.call(`/v1.0/me/messages/${encodeURIComponent(draft.id)}/send`, { method: 'POST', headers: { authorization: auth['authorization']! } })).status).toBe(202);
    const mailbox = (await f.call(`/demo/mailbox/${MAIN_UPN}`)).json() as { sent: { id: string }[]; drafts: unknown[] };
    expect(mailbox.sent.some((m) => m.id === draft.id)).toBe(true);
  });

  it('answers getMailTips with scheduled automatic replies', async () => {
    const tips = (await post('/me/getMailTips', { EmailAddresses: [MAIN_UPN], MailTipsOptions: 'automaticReplies' })).json() as { value: { automaticReplies: { message: string; scheduledStartTime?: unknown } }[] };
    expect(tips.value[0]?.automaticReplies.message).toContain('offsite');
    expect(tips.value[0]?.automaticReplies.scheduledStartTime).toBeTruthy();
  });
});

describe('$batch and faults', () => {
  it('rejects more than 20 requests and fails dependents with 424', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    expect((await post('/$batch', { requests: many })).status).toBe(400);
    const res = await post('/$batch', { requests: [
      { id: '1', method: 'GET', url: '/me/todo/lists/missing' },
      { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
      { id: '3', method: 'GET', url: '/me/mailboxSettings/timeZone' },
    ] });
    const body = res.json() as { responses: { id: string; status: number; body: { value?: string } }[] };
    expect(body.responses.map((r) => [r.id, r.status])).toEqual([['1', 404], ['2', 424], ['3', 200]]);
    expect(body.responses[2]?.body.value).toBe('Pacific Standard Time');
  });

  it('throttles single items inside a batch (per-item 429 with Retry-After) while the batch answers 200', async () => {
    await f.call('/demo/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules: [{ kind: 'batchItemFailure', match: { path: 'planner' }, retryAfterSeconds: 7 }] }) });
    const res = await post('/$batch', { requests: [{ id: 'a', method: 'GET', url: '/me/planner/tasks' }, { id: 'b', method: 'GET', url: '/me' }] });
    expect(res.status).toBe(200);
    const body = res.json() as { responses: { id: string; status: number; headers: Record<string, string> }[] };
    expect(body.responses.find((r) => r.id === 'a')).toMatchObject({ status: 429, headers: { 'Retry-After': '7' } });
    expect(body.responses.find((r) => r.id === 'b')?.status).toBe(200);
  });

  it('injects 503, malformed bodies, and enforces a per-user throttling budget', async () => {
    await f.call('/demo/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({
      rules: [{ kind: 'unavailable', match: { path: '^/me$' }, times: 1 }, { kind: 'malformed', match: { path: 'todo/lists$' }, times: 1 }],
      budget: { perUserPerApp: 3, windowMs: 60_000 },
    }) });
    const unavailable = await get('/me');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBeTruthy();
    const malformed = await get('/me/todo/lists');
    expect(() => JSON.parse(malformed.text)).toThrow();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get('/me/mailboxSettings')).status);
    expect(statuses).toContain(429);
  });

  it('hangs a request under the timeout fault until the client gives up', async () => {
    await f.call('/demo/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rules: [{ kind: 'timeout', match: { path: '^/me$' }, times: 1 }] }) });
    await expect(fetchWithAbort(`${f.sim.url}/v1.0/me`, 300)).rejects.toThrow();
    expect((await get('/me')).status).toBe(200);
  });
});

async function fetchWithAbort(url: string, ms: number) {
  const { fetch } = await import('undici');
  return fetch(url, { headers: auth, dispatcher: f.dispatcher, signal: AbortSignal.timeout(ms) });
}
