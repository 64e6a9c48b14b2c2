import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_CLIENT_ID, GRAPH_EXPLORER_CLIENT_ID } from '../src/index.js';
import { MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

// Test plan 41 (no sending), 55 (search lag), and PidTagDeferredSendTime on drafts.
let f: SimFixture;
let auth: Record<string, string>;
beforeAll(async () => {
  f = await startFixture();
  auth = { authorization: `Bearer ${await f.graphToken()}`, 'content-type': 'application/json' };
});
afterAll(async () => f.close());
beforeEach(async () => {
  await f.call('/demo/reset', { method: 'POST' });
  await f.call('/demo/faults', { method: 'DELETE' });
  await f.call('/demo/send-calls', { method: 'DELETE' });
});

const KEY_ID = 'String {0b7e3a1c-2f4d-4e5a-9b6c-7d8e9f0a1b2c} Name UpfrontDraftKey';
const DEFERRED = 'SystemTime 0x3FEF';
const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}`, ...json });
const tokenFor = async (body: unknown) => ((await f.call('/demo/graph-token', { method: 'POST', headers: json, body: JSON.stringify(body) })).json() as { token: string }).token;
const simNow = async () => Date.parse(((await f.call('/demo/clock', { method: 'POST', headers: json, body: '{"advanceMinutes":0}' })).json() as { now: string }).now);
const createDraft = async (props: { id: string; value: string }[], headers = auth) => {
  const res = await f.call('/v1.0/me/messages', { method: 'POST', headers, body: JSON.stringify({ subject: 'Weekly status', body: { contentType: 'Text', content: 'ok' },
    toRecipients: [{ emailAddress: { address: 'ethan.park@northwind.example' } }], singleValueExtendedProperties: props }) });
  expect(res.status).toBe(201);
  return (res.json() as { id: string }).id;
};
interface MailboxView { now: string; drafts: DemoMessage[]; outbox: DemoMessage[]; sent: DemoMessage[] }
interface DemoMessage { id: string; deferredSendAt: string | null; sentDateTime: string | null; singleValueExtendedProperties: { id: string; value: string }[] }
const mailbox = async () => (await f.call(`/demo/mailbox/${MAIN_UPN}`)).json() as MailboxView;
const sendCalls = async () => ((await f.call('/demo/send-calls')).json() as { value: Record<string, unknown>[] }).value;
const counts = (appId: string, c: Partial<Record<'send' | 'sendMail' | 'reply' | 'replyAll' | 'forward' | 'refused', number>>) =>
  ({ appId, send: 0, sendMail: 0, reply: 0, replyAll: 0, forward: 0, refused: 0, ...c });

describe('sending is refused to the Upfront app and every attempt is counted per app', () => {
  it('answers 403 to Upfront even with a token that claims Mail.Send, delegated or app-only, and counts each call', async () => {
    const upfront = bearer(await tokenFor({ userPrincipalName: MAIN_UPN, clientId: DEMO_APP_CLIENT_ID, scopes: ['Mail.ReadWrite', 'Mail.Send'] }));
    const id = await createDraft([{ id: KEY_ID, value: 'k1' }], upfront);
    const send = await f.call(`/v1.0/me/messages/${encodeURIComponent(id)}/send`, { method: 'POST', headers: upfront });
    expect(send.status).toBe(403);
    expect((send.json() as { error: { code: string } }).error.code).toBe('ErrorAccessDenied');
    const app = bearer(await tokenFor({ app: true }));
    const sendMail = await f.call(`/v1.0/users/${MAIN_UPN}/sendMail`, { method: 'POST', headers: app,
      body: JSON.stringify({ message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'ethan.park@northwind.example' } }] } }) });
    expect(sendMail.status).toBe(403);
    expect(await sendCalls()).toEqual([counts(DEMO_APP_CLIENT_ID, { send: 1, sendMail: 1, refused: 2 })]);
    expect((await mailbox()).drafts.map((m) => m.id)).toContain(id);
  });

  it('lets Graph Explorer send, counted under its own client id; the counts survive a reset and clear on DELETE', async () => {
    const id = await createDraft([]);
    expect((await f.call(`/v1.0/me/messages/${encodeURIComponent(id)}/send`, { method: 'POST', headers: { authorization: auth['authorization'] ?? '' } })).status).toBe(202);
    await f.call('/demo/reset', { method: 'POST' });
    expect(await sendCalls()).toEqual([counts(GRAPH_EXPLORER_CLIENT_ID, { send: 1 })]);
    await f.call('/demo/send-calls', { method: 'DELETE' });
    expect(await sendCalls()).toEqual([]);
  });
});

describe('replies and forwards send too', () => {
  it('counts reply, replyAll and forward per app, inside $batch as well, and refuses them to Upfront', async () => {
    const inbox = (await f.call('/v1.0/me/mailFolders/inbox/messages?$top=1&$select=id', { headers: auth })).json() as { value: { id: string }[] };
    const id = encodeURIComponent(inbox.value[0]?.id ?? '');
    expect((await f.call(`/v1.0/me/messages/${id}/reply`, { method: 'POST', headers: auth, body: JSON.stringify({ comment: 'Thanks' }) })).status).toBe(202);
    const batch = await f.call('/v1.0/$batch', { method: 'POST', headers: auth, body: JSON.stringify({ requests: [
      { id: '1', method: 'POST', url: `/me/messages/${id}/replyAll`, headers: { 'Content-Type': 'application/json' }, body: { comment: 'All' } },
      { id: '2', method: 'POST', url: `/me/messages/${id}/forward`, headers: { 'Content-Type': 'application/json' }, body: { comment: 'FYI', toRecipients: [{ emailAddress: { address: 'noa.levi@northwind.example' } }] } },
    ] }) });
    expect((batch.json() as { responses: { status: number }[] }).responses.map((r) => r.status)).toEqual([202, 202]);
    const upfront = bearer(await tokenFor({ userPrincipalName: MAIN_UPN, clientId: DEMO_APP_CLIENT_ID, scopes: ['Mail.ReadWrite', 'Mail.Send'] }));
    expect((await f.call(`/v1.0/me/messages/${id}/forward`, { method: 'POST', headers: upfront, body: JSON.stringify({ toRecipients: [{ emailAddress: { address: 'noa.levi@northwind.example' } }] }) })).status).toBe(403);
    expect(await sendCalls()).toEqual([counts(GRAPH_EXPLORER_CLIENT_ID, { reply: 1, replyAll: 1, forward: 1 }), counts(DEMO_APP_CLIENT_ID, { forward: 1, refused: 1 })]);
    const sent = (await mailbox()).sent.map((m) => (m as unknown as { subject: string }).subject);
    expect(sent.filter((subject) => /^(RE|FW): /.test(subject))).toHaveLength(3);
  });
});

describe('deferred send (PidTagDeferredSendTime, SystemTime 0x3FEF)', () => {
  it('shows a draft with its deferred send time and extended properties in the demo mailbox', async () => {
    const at = new Date((await simNow()) + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const id = await createDraft([{ id: KEY_ID, value: 'k2' }, { id: DEFERRED, value: at }]);
    const draft = (await mailbox()).drafts.find((m) => m.id === id);
    expect(draft?.deferredSendAt).toBe(at);
    expect(draft?.singleValueExtendedProperties).toEqual([{ id: KEY_ID, value: 'k2' }, { id: DEFERRED, value: at }]);
  });

  it('refuses a deferred send time that is not a date', async () => {
    const res = await f.call('/v1.0/me/messages', { method: 'POST', headers: auth, body: JSON.stringify({ subject: 'x', singleValueExtendedProperties: [{ id: DEFERRED, value: 'tomorrow' }] }) });
    expect(res.status).toBe(400);
    expect((res.json() as { error: { code: string } }).error.code).toBe('ErrorInvalidExtendedPropertyValue');
  });

  it('keeps a draft the person sends in Outlook in the Outbox until its time, then sends it at that time', async () => {
    // Deferred by 90 minutes on the simulator clock; advancing it 60 minutes is not enough, 31 more is.
    const at = new Date((await simNow()) + 90 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const id = await createDraft([{ id: DEFERRED, value: at }]);
    const sent = await f.call(`/demo/mailbox/${MAIN_UPN}/messages/${encodeURIComponent(id)}/send`, { method: 'POST' });
    expect(sent.json()).toMatchObject({ folder: 'outbox', deferredSendAt: at, sentDateTime: null });
    await f.call('/demo/clock', { method: 'POST', headers: json, body: '{"advanceMinutes":60}' });
    expect((await mailbox()).outbox.map((m) => m.id)).toEqual([id]);
    await f.call('/demo/clock', { method: 'POST', headers: json, body: '{"advanceMinutes":31}' });
    const after = await mailbox();
    expect(after.outbox).toEqual([]);
    expect(after.sent.find((m) => m.id === id)?.sentDateTime).toBe(at);
  });

  it('sends at once through Graph when the deferred time has passed', async () => {
    const at = new Date((await simNow()) - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const id = await createDraft([{ id: DEFERRED, value: at }]);
    expect((await f.call(`/v1.0/me/messages/${encodeURIComponent(id)}/send`, { method: 'POST', headers: { authorization: auth['authorization'] ?? '' } })).status).toBe(202);
    expect((await mailbox()).sent.map((m) => m.id)).toContain(id);
  });
});

describe('a person deleting a draft in Outlook (test plan 56)', () => {
  it('moves it to Deleted Items, where the mailbox view shows it and GET ~/messages no longer lists it', async () => {
    const id = await createDraft([{ id: KEY_ID, value: 'k-deleted' }]);
    expect((await f.call(`/demo/mailbox/${MAIN_UPN}/messages/${encodeURIComponent(id)}`, { method: 'DELETE' })).status).toBe(204);
    const view = (await f.call(`/demo/mailbox/${MAIN_UPN}`)).json() as { drafts: { id: string }[]; deleted: { id: string }[]; sentNotSaved: { id: string }[] };
    expect(view.drafts.map((m) => m.id)).not.toContain(id);
    expect(view.deleted.map((m) => m.id)).toEqual([id]);
    expect(view.sentNotSaved).toEqual([]);
    const listed = (await f.call('/v1.0/me/messages?$top=1000&$select=id', { headers: auth })).json() as { value: { id: string }[] };
    expect(listed.value.map((m) => m.id)).not.toContain(id);
    expect((await f.call(`/demo/mailbox/${MAIN_UPN}/messages/missing`, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('search lag (test plan 55)', () => {
  it('keeps a new draft out of the extended-property $filter while the lag lasts, though GET by id finds it', async () => {
    await f.call('/demo/faults', { method: 'PUT', headers: json, body: JSON.stringify({ searchLagMs: 600_000 }) });
    expect(((await f.call('/demo/faults')).json() as { searchLagMs?: number }).searchLagMs).toBe(600_000);
    const id = await createDraft([{ id: KEY_ID, value: 'k-lag' }]);
    const filter = `$filter=${encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${KEY_ID}' and ep/value eq 'k-lag')`)}&$select=id`;
    const found = async () => ((await f.call(`/v1.0/me/messages?${filter}`, { headers: auth })).json() as { value: { id: string }[] }).value.map((m) => m.id);
    expect(await found()).toEqual([]);
    expect((await f.call(`/v1.0/me/messages/${encodeURIComponent(id)}`, { headers: auth })).status).toBe(200);
    // The lag is judged when the query runs: without it the same draft is found.
    await f.call('/demo/faults', { method: 'PUT', headers: json, body: JSON.stringify({ searchLagMs: 0 }) });
    expect(await found()).toEqual([id]);
  });

  it('takes the lag from SimulatorOptions.faults too', async () => {
    const g = await startFixture({ faults: { searchLagMs: 600_000 } });
    try {
      expect(((await g.call('/demo/faults')).json() as { searchLagMs?: number }).searchLagMs).toBe(600_000);
    } finally {
      await g.close();
    }
  });
});

describe('mailbox concurrency (test plan 50)', () => {
  it('refuses a fifth request in flight for one app and mailbox with ApplicationThrottled, and counts the maximum', async () => {
    // Each request to /me waits 2 s inside the simulator, so five sent together overlap; only the count is asserted.
    await f.call('/demo/faults', { method: 'PUT', headers: json, body: JSON.stringify({ rules: [{ kind: 'latency', latencyMs: 2000, match: { path: '^/me$' } }] }) });
    await f.call('/demo/concurrency', { method: 'DELETE' });
    const app = bearer(await tokenFor({ app: true }));
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => f.call('/v1.0/me', { headers: auth })),
      // Another app reaching the same mailbox has slots of its own.
      f.call(`/v1.0/users/${MAIN_UPN}/mailboxSettings`, { headers: app }),
    ]);
    const statuses = results.slice(0, 5).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const refused = results.find((r) => r.status === 429);
    expect((refused?.json() as { error: { code: string } }).error.code).toBe('ApplicationThrottled');
    expect(results[5]?.status).toBe(200);
    const gauges = ((await f.call('/demo/concurrency')).json() as { limit: number; value: { appId: string; userPrincipalName: string; maxInFlight: number; rejected: number }[] });
    expect(gauges.limit).toBe(4);
    expect(gauges.value.find((g) => g.appId === GRAPH_EXPLORER_CLIENT_ID && g.userPrincipalName === MAIN_UPN)).toMatchObject({ maxInFlight: 4, rejected: 1 });
  });
});
