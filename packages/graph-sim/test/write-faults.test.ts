import { fetch } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

// Test plan 46, 47, 52: writes whose outcome the client cannot see. Each test counts drafts by their key afterwards.
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
});

const KEY_ID = 'String {0b7e3a1c-2f4d-4e5a-9b6c-7d8e9f0a1b2c} Name UpfrontDraftKey';
const setFaults = (config: unknown) => f.call('/demo/faults', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(config) });
const draftBody = (key: string) => JSON.stringify({ subject: 'Weekly status', body: { contentType: 'HTML', content: '<p>ok</p>' },
  toRecipients: [{ emailAddress: { address: 'ethan.park@northwind.example' } }], singleValueExtendedProperties: [{ id: KEY_ID, value: key }] });
const createDraft = (key: string, path = '/v1.0/me/messages', headers = auth) => f.call(path, { method: 'POST', headers, body: draftBody(key) });
/** Raw fetch, so that a lost answer shows as the error the client sees. */
const createDraftRaw = (key: string, timeoutMs?: number) => fetch(`${f.sim.url}/v1.0/me/messages`, { method: 'POST', headers: auth, body: draftBody(key), dispatcher: f.dispatcher,
  ...(timeoutMs !== undefined ? { signal: AbortSignal.timeout(timeoutMs) } : {}) });
const draftsWithKey = async (key: string) => {
  const filter = encodeURIComponent(`singleValueExtendedProperties/Any(ep: ep/id eq '${KEY_ID}' and ep/value eq '${key}')`);
  const res = await f.call(`/v1.0/me/messages?$filter=${filter}&$select=id`, { headers: auth });
  expect(res.status).toBe(200);
  return (res.json() as { value: { id: string }[] }).value.length;
};

describe('a write that commits and loses its answer (dropAfterCommit)', () => {
  it('stores the draft, then closes the connection without a status line; a blind retry would make a second draft', async () => {
    await setFaults({ rules: [{ kind: 'dropAfterCommit', match: { method: 'POST', path: '/messages$' }, times: 1 }] });
    await expect(createDraftRaw('k-drop')).rejects.toThrow();
    // The draft is there although the client never heard of it: only a lookup by key can tell.
    expect(await draftsWithKey('k-drop')).toBe(1);
    // `times: 1` is used up: the next POST is answered, and a retry that did not look first duplicates the draft.
    expect((await createDraft('k-drop')).status).toBe(201);
    expect(await draftsWithKey('k-drop')).toBe(2);
  });

  it('matches by method, path and user: a GET, another mailbox and a failing write are left alone', async () => {
    await setFaults({ rules: [{ kind: 'dropAfterCommit', match: { method: 'POST', path: '/messages$', user: MAIN_UPN } }] });
    expect((await f.call('/v1.0/me/messages?$top=1', { headers: auth })).status).toBe(200);
    const ethan = { authorization: `Bearer ${await f.graphToken('ethan.park@northwind.example')}`, 'content-type': 'application/json' };
    expect((await createDraft('k-ethan', '/v1.0/me/messages', ethan)).status).toBe(201);
    // A write that fails commits nothing, so its error is answered as usual.
    const invalid = await f.call('/v1.0/me/messages', { method: 'POST', headers: auth, body: JSON.stringify({ singleValueExtendedProperties: [{ id: KEY_ID, value: 7 }] }) });
    expect(invalid.status).toBe(400);
    await expect(createDraftRaw('k-maya')).rejects.toThrow();
    expect(await draftsWithKey('k-maya')).toBe(1);
  });
});

describe('a write that commits and answers 5xx (failAfterCommit)', () => {
  it('answers 503 with Retry-After after storing the draft', async () => {
    await setFaults({ rules: [{ kind: 'failAfterCommit', match: { method: 'POST', path: '/messages$' }, times: 1, retryAfterSeconds: 4 }] });
    const res = await createDraft('k-503');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('4');
    expect((res.json() as { error: { code: string } }).error.code).toBe('serviceNotAvailable');
    expect(await draftsWithKey('k-503')).toBe(1);
  });

  it('answers 504 when asked to, after storing the draft, for the first `times` requests only', async () => {
    await setFaults({ rules: [{ kind: 'failAfterCommit', status: 504, match: { method: 'POST', path: '/messages$' }, times: 2 }] });
    expect((await createDraft('k-504')).status).toBe(504);
    expect((await createDraft('k-504')).status).toBe(504);
    expect((await createDraft('k-504')).status).toBe(201);
    expect(await draftsWithKey('k-504')).toBe(3);
  });
});

describe('timeouts on writes', () => {
  it('timeout hangs a POST before it commits: the client gives up and no draft exists', async () => {
    await setFaults({ rules: [{ kind: 'timeout', match: { method: 'POST', path: '/messages$' }, times: 1 }] });
    await expect(createDraftRaw('k-timeout', 300)).rejects.toThrow();
    expect(await draftsWithKey('k-timeout')).toBe(0);
  });

  it('hangAfterCommit hangs a POST after it commits: the client gives up and the draft exists', async () => {
    await setFaults({ rules: [{ kind: 'hangAfterCommit', match: { method: 'POST', path: '/messages$' }, times: 1 }] });
    await expect(createDraftRaw('k-hang', 300)).rejects.toThrow();
    expect(await draftsWithKey('k-hang')).toBe(1);
  });
});
