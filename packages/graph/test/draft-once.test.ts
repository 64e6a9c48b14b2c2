import type { Instant } from '@upfront/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphGateway, DRAFT_KEY_PROPERTY_ID } from '../src/index.js';
import { startSim } from './sim-support.js';

type Env = Awaited<ReturnType<typeof startSim>>;
let env: Env | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const KEY = '3f2a9c0d4e5b6a7f8091a2b3c4d5e6f7';

/** The simulator's fetch, recording every request that reaches the wire (method and path below /v1.0). */
function recording(e: Env) {
  const seen: string[] = [];
  const fetchFn = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    seen.push(`${(init?.method ?? 'GET').toUpperCase()} ${url.pathname.replace(/^\/v1\.0/, '')}`);
    return e.fetch(input, init);
  }) as typeof fetch;
  return { fetchFn, posts: () => seen.filter((s) => s.startsWith('POST ') && s.endsWith('/messages')).length, lookups: () => seen.filter((s) => s.startsWith('GET ') && s.endsWith('/messages')).length };
}

async function mailboxOf(e: Env, upn = e.mainUpn) {
  const res = await e.fetch(`${e.sim.url}/demo/mailbox/${encodeURIComponent(upn)}`);
  return (await res.json()) as {
    drafts: { id: string; subject: string; toRecipients: { emailAddress: { name?: string; address: string } }[]; deferredSendAt: string | null; singleValueExtendedProperties: { id: string; value: string }[] }[];
  };
}

const withKey = (drafts: Awaited<ReturnType<typeof mailboxOf>>['drafts'], key = KEY) =>
  drafts.filter((d) => d.singleValueExtendedProperties.some((p) => p.id === DRAFT_KEY_PROPERTY_ID && p.value === key));

const content = (over: Record<string, unknown> = {}) => ({
  draftKey: KEY,
  subject: 'Status: design review\r\nBcc: everyone@example.com',
  body: { contentType: 'text' as const, content: 'On track for Friday.' },
  toRecipients: [{ address: 'jonas.weber@northwind.example', name: 'Jonas\nWeber' }],
  ...over,
});

describe('draft exactly once (against the simulator)', () => {
  it('creates one draft with the key and the deferred send time, and finds it on the second call', async () => {
    env = await startSim();
    const rec = recording(env);
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: rec.fetchFn, sleep: async () => {} });
    const accessToken = await env.graphToken();
    const to = env.upn('jonas.weber');
    const first = await gateway.createDraftOnce({ accessToken, ...content({ toRecipients: [{ address: to, name: 'Jonas\nWeber' }] }), deferredSendAt: '2025-03-25T07:00:00.000Z' as Instant });
    const second = await gateway.createDraftOnce({ accessToken, ...content() });

    expect(first.outcome).toBe('created');
    expect(second).toEqual({ ...first, outcome: 'found' });
    expect(first.webLink).toMatch(/^https:\/\//);
    const drafts = withKey((await mailboxOf(env)).drafts);
    expect(drafts).toHaveLength(1);
    // The line break cannot start a header: subject and name are one line each.
    expect(drafts[0]).toMatchObject({ id: first.messageId, subject: 'Status: design review Bcc: everyone@example.com', deferredSendAt: '2025-03-25T07:00:00Z' });
    expect(drafts[0]?.toRecipients).toEqual([{ emailAddress: { name: 'Jonas Weber', address: to } }]);
    // look-up, create; look-up (found): two POSTs would be a duplicate.
    expect([rec.lookups(), rec.posts()]).toEqual([2, 1]);
    expect(await gateway.findDraftByKey({ accessToken, draftKey: KEY })).toEqual({ messageId: first.messageId, webLink: first.webLink });
    expect(await gateway.findDraftByKey({ accessToken, draftKey: 'ab'.repeat(16) })).toBeUndefined();
  });

  // Each fault hits the first POST only. Graph committed the draft in the first three; the last never reached it.
  it.each([
    { fault: 'the answer is lost after the commit', rule: { kind: 'dropAfterCommit' }, outcome: 'found', posts: 1 },
    { fault: 'a 503 after the commit', rule: { kind: 'failAfterCommit', status: 503 }, outcome: 'found', posts: 1 },
    { fault: 'a hang after the commit (timeout)', rule: { kind: 'hangAfterCommit' }, outcome: 'found', posts: 1 },
    { fault: 'a 503 before the commit', rule: { kind: 'unavailable', retryAfterSeconds: 0 }, outcome: 'created', posts: 2 },
  ] as const)('keeps one draft when $fault: never replays the POST, looks the key up first', async ({ rule, outcome, posts }) => {
    env = await startSim({ faults: { rules: [{ ...rule, match: { method: 'POST', path: '/messages$' }, times: 1 }] } } as never);
    const rec = recording(env);
    const waits: number[] = [];
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: rec.fetchFn, timeoutMs: 800, sleep: async (ms) => void waits.push(ms) });
    const result = await gateway.createDraftOnce({ accessToken: await env.graphToken(), ...content() });

    expect(result.outcome).toBe(outcome);
    expect(withKey((await mailboxOf(env)).drafts).map((d) => d.id)).toEqual([result.messageId]);
    expect(rec.posts()).toBe(posts);
    // Not found before the commit, the draft was created again only after 3 re-look-ups (0.5 + 1 + 2 s).
    if (outcome === 'created') expect(waits).toEqual([500, 1000, 2000]);
  });

  it('waits for a lagging search index instead of creating a second draft', async () => {
    // The index sees a new message 1.2 s after it is created; the answer to the POST is lost.
    env = await startSim({ faults: { searchLagMs: 1_200, rules: [{ kind: 'dropAfterCommit', match: { method: 'POST', path: '/messages$' }, times: 1 }] } } as never);
    const rec = recording(env);
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: rec.fetchFn, draftRelookupDelayMs: 400 });
    const result = await gateway.createDraftOnce({ accessToken: await env.graphToken(), ...content() });
    expect(result.outcome).toBe('found');
    expect(withKey((await mailboxOf(env)).drafts)).toHaveLength(1);
    expect(rec.posts()).toBe(1);
  });

  it('says GRAPH_DRAFT_UNCONFIRMED, having created nothing twice, when every create hangs unanswered', async () => {
    env = await startSim({ faults: { rules: [{ kind: 'timeout', match: { method: 'POST', path: '/messages$' } }] } } as never);
    const rec = recording(env);
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: rec.fetchFn, timeoutMs: 300, sleep: async () => {} });
    await expect(gateway.createDraftOnce({ accessToken: await env.graphToken(), ...content() })).rejects.toMatchObject({ code: 'GRAPH_DRAFT_UNCONFIRMED' });
    expect(withKey((await mailboxOf(env)).drafts)).toHaveLength(0);
    // 2 creates at most (default), each once: a replayed POST would show as 3 or 4.
    expect(rec.posts()).toBe(2);
  });

  it('does not create on a clear refusal (403) and never calls send or sendMail', async () => {
    env = await startSim();
    const rec = recording(env);
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: rec.fetchFn, sleep: async () => {} });
    const readOnly = (await (await env.fetch(`${env.sim.url}/demo/graph-token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userPrincipalName: env.mainUpn, scopes: ['Mail.Read'] }) })).json()) as { token: string };
    await expect(gateway.createDraftOnce({ accessToken: readOnly.token, ...content() })).rejects.toMatchObject({ code: 'GRAPH_FORBIDDEN' });
    expect(rec.posts()).toBe(1);
    const sendCalls = (await (await env.fetch(`${env.sim.url}/demo/send-calls`)).json()) as { value: unknown[] };
    expect(sendCalls.value).toEqual([]);
  });

  it.each([
    { case: 'an upper-case key', over: { draftKey: KEY.toUpperCase() } },
    { case: 'an address with a line break', over: { toRecipients: [{ address: 'a@b.example\r\nBcc: c@d.example' }] } },
  ])('refuses $case before any request', async ({ over }) => {
    env = await startSim();
    const rec = recording(env);
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: rec.fetchFn });
    await expect(gateway.createDraftOnce({ accessToken: await env.graphToken(), ...content(over) })).rejects.toMatchObject({ code: 'GRAPH_REQUEST_INVALID' });
    expect(rec.posts() + rec.lookups()).toBe(0);
  });
});
