import type { ComposedText, DraftResult, MeetingBrief, RiskReport, Suggestion, SuggestionList } from '@upfront/contracts';
import { TEMPLATE_VERSION, createMailMessages } from '@upfront/core';
import { DRAFT_KEY_PROPERTY_ID, createGraphGateway, createTrustingFetch } from '@upfront/graph';
import type { RunningSimulator } from '@upfront/graph-sim';
import { openStore, type Store } from '@upfront/store';
import type { FastifyInstance } from 'fastify';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { toDraftKey } from '../src/services/to-draft-key.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from './support.js';

// Monday 24 March 2025, 08:00Z (01:00 in San Francisco, where the demo user Maya works). The demo organisation
// (the simulator's `/demo/scenarios`) has an overdue SOW for Jonas (Berlin), comments for Priya (Bangalore) whose
// close of business has passed, a new commitment from Lucía (Madrid) and meetings with stakeholders.
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let upn: string;
let auth: { authorization: string };
let otherAuth: { authorization: string };
let user: { tenantId: string; userId: string };
const apps: FastifyInstance[] = [];
const stores: Store[] = [];

interface MailboxMessage {
  id: string;
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: { emailAddress: { address: string } }[];
  deferredSendAt: string | null;
  singleValueExtendedProperties: { id: string; value: string }[];
}
interface Mailbox {
  drafts: MailboxMessage[];
  outbox: MailboxMessage[];
  sent: MailboxMessage[];
  sentNotSaved: MailboxMessage[];
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as { tid: string; oid: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  upn = await mainDemoUser(sim);
  const token = await ssoTokenFor(sim, upn);
  auth = { authorization: `Bearer ${token}` };
  const claims = claimsOf(token);
  user = { tenantId: claims.tid, userId: claims.oid };
  const { value } = await simDemo<{ value: { userPrincipalName: string }[] }>(sim, '/demo/users');
  otherAuth = { authorization: `Bearer ${await ssoTokenFor(sim, value[1]?.userPrincipalName ?? '')}` };
});
beforeEach(async () => {
  await simDemo(sim, '/demo/reset', {});
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await putFaults({});
});
afterAll(async () => {
  await sim?.close();
});

/** A new server instance: its own caches and MSAL clients; its own in-memory store unless one is shared. */
async function newApp(store?: Store): Promise<FastifyInstance> {
  const app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false, ...(store ? { store } : {}) });
  apps.push(app);
  return app;
}
async function sharedStore(): Promise<Store> {
  const store = await openStore('sqlite::memory:');
  stores.push(store);
  return store;
}

async function putFaults(config: unknown): Promise<void> {
  const res = await undiciFetch(`${sim.url}/demo/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(config),
    dispatcher: new Agent({ connect: { ca: sim.caPem } }),
  });
  expect(res.status).toBe(200);
}

const mailbox = () => simDemo<Mailbox>(sim, `/demo/mailbox/${encodeURIComponent(upn)}`);
const keyOf = (m: MailboxMessage) => m.singleValueExtendedProperties.find((p) => p.id.toLowerCase() === DRAFT_KEY_PROPERTY_ID.toLowerCase())?.value;
const draftsWithKey = async (draftKey: string) => (await mailbox()).drafts.filter((m) => keyOf(m) === draftKey);

async function list(app: FastifyInstance, headers = auth): Promise<Suggestion[]> {
  const res = await app.inject({ url: '/api/suggestions', headers });
  expect(res.statusCode).toBe(200);
  return (res.json() as SuggestionList).value;
}
const draft = (app: FastifyInstance, id: string, payload: Record<string, unknown> = {}, headers = auth) =>
  app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(id)}/draft`, headers, payload });
const problemOf = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  return res.json() as { status: number; code: string; detail: string };
};

const SOW = 'Send signed SOW to Jonas';
const COMMENTS = 'Send comments on the API rate-limit proposal';
const headsUpFor = (suggestions: Suggestion[], email: string, title: string) =>
  suggestions.find((s) => s.kind === 'heads-up' && s.recipients.some((r) => r.id === email) && s.reason.kind === 'heads-up' && s.reason.items.some((i) => i.title === title));
const draftKeyOf = (s: Suggestion) => toDraftKey(user, { kind: s.kind, itemIds: s.itemIds, recipientIds: s.recipients.map((r) => r.id), period: s.period }, TEMPLATE_VERSION);

describe('GET /api/suggestions', () => {
  it('suggests what a person would expect: heads-ups to Jonas and Priya, and a brief for a meeting today', async () => {
    const app = await newApp();
    const suggestions = await list(app);
    const jonas = headsUpFor(suggestions, 'jonas.weber@northwind.example', SOW);
    expect(jonas).toMatchObject({ severity: 'overdue', language: 'de-DE', recipients: [expect.objectContaining({ language: 'de-DE', timeZone: 'Europe/Berlin' })] });
    // Greeted by the first name his profile gives (givenName), as a German colleague would write.
    expect(jonas?.text.split('\n')[0]).toBe('Hallo Jonas,');
    const priya = headsUpFor(suggestions, 'priya.raman@northwind.example', COMMENTS);
    expect(priya?.recipients).toEqual([expect.objectContaining({ displayName: 'Priya Raman', timeZone: 'Asia/Calcutta' })]);
    expect(suggestions.some((s) => s.kind === 'meeting-brief' && s.reason.kind === 'meeting-brief' && Date.parse(s.sendAt) < Date.parse(s.reason.startAt))).toBe(true);
    // A brief is Maya's own note: in her language (en-US), even for her 1:1 with Priya (en-GB) or a meeting with Jonas (de-DE).
    const briefs = suggestions.filter((s) => s.kind === 'meeting-brief');
    expect(briefs.some((b) => b.recipients.some((r) => r.language !== 'en-US'))).toBe(true);
    expect(new Set(briefs.map((b) => b.language))).toEqual(new Set(['en-US']));
    for (const s of suggestions) {
      expect(s.subject).not.toMatch(/[\r\n]/);
      expect(s.html.length).toBeGreaterThan(0);
      expect(s.text.length).toBeGreaterThan(0);
      expect(Date.parse(s.sendAt)).toBeGreaterThanOrEqual(Date.parse(NOW));
    }
  });

  it("writes a stakeholder's messages in the language the user sets for them", async () => {
    const app = await newApp();
    const before = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    const put = await app.inject({ method: 'PUT', url: '/api/stakeholders/jonas.weber%40northwind.example/preferences', headers: auth, payload: { language: 'es-ES', workedHolidays: [] } });
    expect(put.statusCode).toBe(204);
    const after = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    expect(before?.language).toBe('de-DE');
    expect(after).toMatchObject({ id: before?.id, language: 'es-ES', recipients: [expect.objectContaining({ language: 'es-ES' })] });
    expect(after?.subject).not.toBe(before?.subject);
    expect(after?.text).not.toBe(before?.text);
  });

  it('words a stakeholder’s messages in the tone the user sets for them', async () => {
    const app = await newApp();
    const direct = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    const put = await app.inject({ method: 'PUT', url: '/api/stakeholders/jonas.weber%40northwind.example/preferences', headers: auth, payload: { tone: 'diplomatic', workedHolidays: [] } });
    expect(put.statusCode).toBe(204);
    const diplomatic = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    expect(diplomatic).toMatchObject({ id: direct?.id, language: 'de-DE' });
    expect(diplomatic?.text).not.toBe(direct?.text);
  });

  it('keeps one user’s suggestions from another: their id answers 404 with a reason', async () => {
    const app = await newApp();
    const mine = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!mine) throw new Error('the demo user has no heads-up for Jonas');
    const res = await draft(app, mine.id, {}, otherAuth);
    expect(res.statusCode).toBe(404);
    expect(problemOf(res)).toMatchObject({ code: 'NOT_FOUND', detail: expect.stringMatching(/suggestion/) });
    expect((await mailbox()).drafts).toEqual([]);
  });

  it('hides a snoozed suggestion until its time and a dismissed one, and refuses a snooze into the past', async () => {
    const app = await newApp();
    const suggestions = await list(app);
    const [a, b] = suggestions.filter((s) => s.kind === 'heads-up');
    if (!a || !b) throw new Error('the demo user has fewer than two heads-ups');
    const snooze = await app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(a.id)}/snooze`, headers: auth, payload: { until: '2025-03-25T08:00:00Z' } });
    expect(snooze.statusCode).toBe(204);
    const dismiss = await app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(b.id)}/dismiss`, headers: auth });
    expect(dismiss.statusCode).toBe(204);
    const ids = (await list(app)).map((s) => s.id);
    expect(ids).not.toContain(a.id);
    expect(ids).not.toContain(b.id);
    expect(ids.length).toBe(suggestions.length - 2);
    const past = await app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(a.id)}/snooze`, headers: auth, payload: { until: '2025-03-24T07:00:00Z' } });
    expect(past.statusCode).toBe(400);
    expect(problemOf(past).detail).toContain('until');
  });
});

describe('POST /api/suggestions/{id}/draft', () => {
  it('creates the draft in Outlook with the user’s edits, returns its link, and sends nothing', async () => {
    const app = await newApp();
    const s = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!s) throw new Error('no heads-up for Jonas');
    const sentBefore = (await mailbox()).sent.length;
    const edited = { subject: 'SOW: a new date', text: 'Hallo Jonas, der SOW kommt am Dienstag. Maya', recipients: ['jonas.weber@northwind.example', 'priya.raman@northwind.example'] };
    const res = await draft(app, s.id, edited);
    expect(res.statusCode).toBe(201);
    const made = res.json() as DraftResult;
    expect(made).toMatchObject({ suggestionId: s.id, outcome: 'created', webLink: expect.stringMatching(/^https:\/\//) });
    const [message, ...more] = await draftsWithKey(draftKeyOf(s));
    expect(more).toEqual([]);
    expect(message).toMatchObject({ id: made.messageId, subject: edited.subject, body: { contentType: 'text', content: edited.text } });
    expect(message?.toRecipients.map((r) => r.emailAddress.address)).toEqual(edited.recipients);
    // The listing now links the draft.
    expect((await list(app)).find((x) => x.id === s.id)?.draft).toMatchObject({ messageId: made.messageId, webLink: made.webLink });
    const box = await mailbox();
    expect(box.outbox).toEqual([]);
    expect(box.sent).toHaveLength(sentBefore); // the demo's earlier mail, nothing new
    expect(box.sentNotSaved).toEqual([]);
  });

  it('defers delivery to the readers’ morning: Outlook holds the sent mail until Jonas starts work in Berlin', async () => {
    const app = await newApp();
    const s = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!s) throw new Error('no heads-up for Jonas');
    const res = await draft(app, s.id, { delivery: 'their-morning' });
    expect(res.statusCode).toBe(201);
    // Jonas works 08:00–16:30 Berlin time (his mailbox settings). Monday 08:00Z is 09:00 CET (UTC+1): his day has
    // begun, so his next morning is Tuesday 08:00 CET = 07:00Z.
    expect(res.json()).toMatchObject({ deferredUntil: '2025-03-25T07:00:00Z' });
    const [message] = await draftsWithKey(draftKeyOf(s));
    expect(message?.deferredSendAt).toBe('2025-03-25T07:00:00Z');
  });

  it('makes one draft of three concurrent clicks', async () => {
    const app = await newApp();
    const s = headsUpFor(await list(app), 'priya.raman@northwind.example', COMMENTS);
    if (!s) throw new Error('no heads-up for Priya');
    const answers = await Promise.all([draft(app, s.id), draft(app, s.id), draft(app, s.id)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    const ids = new Set(answers.map((a) => (a.json() as DraftResult).messageId));
    expect(ids.size).toBe(1);
    expect((await draftsWithKey(draftKeyOf(s))).map((m) => m.id)).toEqual([...ids]);
  });

  it.each([
    { kind: 'dropAfterCommit', what: 'the connection drops before any answer' },
    { kind: 'failAfterCommit', what: 'Graph answers 503 anyway' },
  ])('makes one draft when Graph commits it and then $what, and a retry finds it', async ({ kind }) => {
    const app = await newApp();
    const s = headsUpFor(await list(app), 'priya.raman@northwind.example', COMMENTS);
    if (!s) throw new Error('no heads-up for Priya');
    // The create commits, then the answer is lost; the mailbox search shows the draft only a second later.
    await putFaults({ rules: [{ kind, match: { method: 'POST', path: '/messages$' }, times: 1 }], searchLagMs: 1000 });
    const first = await draft(app, s.id);
    expect(first.statusCode).toBe(201);
    const retry = await draft(app, s.id);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ outcome: 'existing', messageId: (first.json() as DraftResult).messageId });
    expect(await draftsWithKey(draftKeyOf(s))).toHaveLength(1);
  });

  it('makes one draft when two server instances on one database get the same click', async () => {
    const store = await sharedStore();
    const [a, b] = [await newApp(store), await newApp(store)];
    const s = headsUpFor(await list(a), 'priya.raman@northwind.example', COMMENTS);
    if (!s) throw new Error('no heads-up for Priya');
    const answers = await Promise.all([draft(a, s.id), draft(b, s.id)]);
    // One instance wins the ledger and creates; the other sees the claim, and either finds the draft or says it is
    // being prepared (409): never a second draft, never a server error.
    expect(answers.map((r) => r.statusCode).sort()).toContain(201);
    for (const r of answers) expect([200, 201, 409]).toContain(r.statusCode);
    expect(await draftsWithKey(draftKeyOf(s))).toHaveLength(1);
    const again = await draft(b, s.id);
    expect(again.json()).toMatchObject({ outcome: 'existing' });
  });

  it('recovers from a crash between Graph’s answer and the ledger write without a second draft', async () => {
    const store = await sharedStore();
    const app = await newApp(store);
    const s = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!s) throw new Error('no heads-up for Jonas');
    const draftKey = draftKeyOf(s);
    // The crashed attempt: it claimed the key an hour ago (past the 2-minute lease) and Graph made the draft, but
    // the process died before recording it.
    expect((await store.drafts.claim(user, draftKey, '2025-03-24T07:00:00Z' as never)).won).toBe(true);
    const { token } = await simDemo<{ token: string }>(sim, '/demo/graph-token', { userPrincipalName: upn });
    const gateway = createGraphGateway({ baseUrl: `${sim.url}/v1.0`, fetch: createTrustingFetch(sim.caPem) });
    const made = await gateway.createDraftOnce({ accessToken: token, draftKey, subject: 'x', body: { contentType: 'text', content: 'x' }, toRecipients: [{ address: 'jonas.weber@northwind.example' }] });
    const res = await draft(app, s.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'existing', messageId: made.messageId });
    expect(await draftsWithKey(draftKey)).toHaveLength(1);
    expect(await store.drafts.get(user, draftKey)).toMatchObject({ state: 'created', messageId: made.messageId });
  });

  it('stores the key and the message id, never the text of the draft', async () => {
    const store = await sharedStore();
    const app = await newApp(store);
    const s = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!s) throw new Error('no heads-up for Jonas');
    const text = 'A sentence only the user wrote: purple elephants on Tuesday.';
    expect((await draft(app, s.id, { text })).statusCode).toBe(201);
    const stored = JSON.stringify(await store.account.exportUser(user));
    expect(stored).toContain(draftKeyOf(s));
    expect(stored).not.toContain('purple elephants');
    expect(stored).not.toContain(s.subject);
  });

  it('never reaches a send endpoint of Graph', async () => {
    const app = await newApp();
    const suggestions = await list(app);
    await Promise.all(suggestions.slice(0, 3).map((s) => draft(app, s.id)));
    const { value } = await simDemo<{ value: { appId: string; send: number; sendMail: number; reply: number; replyAll: number; forward: number }[] }>(sim, '/demo/send-calls');
    // Counted per app before anything is checked; no app (ours or another) called a send endpoint.
    expect(value.reduce((n, c) => n + c.send + c.sendMail + c.reply + c.replyAll + c.forward, 0)).toBe(0);
    expect((await mailbox()).drafts.length).toBeGreaterThanOrEqual(1);
  });
});

describe('POST /api/suggestions/{id}/compose', () => {
  const compose = (app: FastifyInstance, id: string, payload: Record<string, unknown>, headers = auth) =>
    app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(id)}/compose`, headers, payload });

  it('writes the heads-up to Jonas again in French and diplomatic, from the same facts, storing nothing', async () => {
    const app = await newApp();
    const s = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!s) throw new Error('no heads-up for Jonas');
    // Jonas reads German, in the direct tone (the default): the list wrote it with the German catalogue.
    const de = createMailMessages('de-DE');
    expect(s).toMatchObject({ language: 'de-DE', tone: 'direct' });
    expect(s.text).toContain(de.say('headsUpThanks', { tone: 'direct' }));
    const res = await compose(app, s.id, { language: 'fr-FR', tone: 'diplomatic' });
    expect(res.statusCode).toBe(200);
    const fr = res.json() as ComposedText;
    // The golden words of core's French catalogue, in the diplomatic tone; none of the German ones.
    const frWords = createMailMessages('fr-FR');
    expect(fr).toMatchObject({ suggestionId: s.id, language: 'fr-FR', tone: 'diplomatic' });
    expect(fr.text.split('\n')[0]).toBe(frWords.say('greeting', { name: 'Jonas', tone: 'diplomatic' }));
    expect(fr.text).toContain(frWords.say('headsUpThanks', { tone: 'diplomatic' }));
    expect(fr.text).not.toContain(de.say('headsUpThanks', { tone: 'direct' }));
    expect(fr.subject).not.toBe(s.subject);
    expect(fr.html).toContain('lang="fr-FR"');
    // Only the tone: still German, now diplomatic.
    const soft = (await compose(app, s.id, { tone: 'diplomatic' })).json() as ComposedText;
    expect(soft).toMatchObject({ language: 'de-DE', tone: 'diplomatic' });
    expect(soft.text).toContain(de.say('headsUpThanks', { tone: 'diplomatic' }));
    // Nothing stored: the list still writes to Jonas in German, direct.
    expect((await list(app)).find((x) => x.id === s.id)).toMatchObject({ language: 'de-DE', tone: 'direct', text: s.text });
  });

  it('drafts in the language chosen: the draft in Outlook is the French text, made once', async () => {
    const app = await newApp();
    const s = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!s) throw new Error('no heads-up for Jonas');
    const first = await draft(app, s.id, { language: 'fr-FR', tone: 'diplomatic' });
    expect(first.statusCode).toBe(201);
    const again = await draft(app, s.id, { language: 'fr-FR', tone: 'diplomatic' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ outcome: 'existing', messageId: (first.json() as DraftResult).messageId });
    const [message, ...more] = await draftsWithKey(draftKeyOf(s));
    expect(more).toEqual([]);
    expect(message?.body.content).toContain(createMailMessages('fr-FR').say('headsUpThanks', { tone: 'diplomatic' }));
  });

  it('refuses a language Upfront does not write and an unknown field, with the field in the detail', async () => {
    const app = await newApp();
    const s = headsUpFor(await list(app), 'jonas.weber@northwind.example', SOW);
    if (!s) throw new Error('no heads-up for Jonas');
    const klingon = await compose(app, s.id, { language: 'tlh' });
    expect(klingon.statusCode).toBe(400);
    expect(problemOf(klingon)).toMatchObject({ code: 'REQUEST_INVALID', detail: expect.stringContaining('language') });
    const extra = await compose(app, s.id, { tone: 'direct', mood: 'sunny' });
    expect(extra.statusCode).toBe(400);
    const other = await compose(app, s.id, { language: 'fr-FR' }, otherAuth);
    expect(other.statusCode).toBe(404);
  });
});

describe('undo: POST /api/suggestions/{id}/restore', () => {
  it('brings back a dismissed and a snoozed suggestion', async () => {
    const app = await newApp();
    const [a, b] = (await list(app)).filter((s) => s.kind === 'heads-up');
    if (!a || !b) throw new Error('the demo user has fewer than two heads-ups');
    await app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(a.id)}/dismiss`, headers: auth });
    await app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(b.id)}/snooze`, headers: auth, payload: { until: '2025-03-25T08:00:00Z' } });
    expect((await list(app)).map((s) => s.id)).not.toContain(a.id);
    for (const id of [a.id, b.id]) {
      const res = await app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(id)}/restore`, headers: auth });
      expect(res.statusCode).toBe(204);
    }
    const ids = (await list(app)).map((s) => s.id);
    expect(ids).toContain(a.id);
    expect(ids).toContain(b.id);
  });
});

describe('POST /api/items/{itemId}/update', () => {
  const forItem = (app: FastifyInstance, itemId: string, headers = auth) => app.inject({ method: 'POST', url: `/api/items/${encodeURIComponent(itemId)}/update`, headers });
  async function risks(app: FastifyInstance): Promise<RiskReport> {
    const res = await app.inject({ url: '/api/risks?horizonDays=14', headers: auth });
    expect(res.statusCode).toBe(200);
    return res.json() as RiskReport;
  }

  it('writes a heads-up for the overdue SOW to Jonas, in German, whatever the list holds', async () => {
    const app = await newApp();
    const sow = (await risks(app)).items.find((i) => i.title === SOW);
    if (!sow) throw new Error('the demo has no SOW item');
    const res = await forItem(app, sow.id);
    expect(res.statusCode).toBe(200);
    const s = res.json() as Suggestion;
    // Overdue: the news is bad, so a heads-up; to its one stakeholder, in his language; the period is today (Maya's
    // day in San Francisco: 24 March 08:00Z is 01:00 on Monday 24 March there).
    expect(s).toMatchObject({ kind: 'heads-up', severity: 'overdue', itemIds: [sow.id], language: 'de-DE', period: '2025-03-24' });
    expect(s.recipients.map((r) => r.id)).toEqual(sow.stakeholders.map((p) => p.id.toLowerCase()).sort());
    expect(s.text).toContain(createMailMessages('de-DE').say('headsUpThanks', { tone: 'direct' }));
  });

  it('writes an on-track note for an item that is not in trouble', async () => {
    const app = await newApp();
    const fine = (await risks(app)).items.find((i) => !['at-risk', 'off-track', 'overdue'].includes(i.state) && i.stakeholders.length > 0);
    if (!fine) throw new Error('the demo has no item out of trouble with a stakeholder');
    const res = await forItem(app, fine.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'on-track', severity: 'routine', itemIds: [fine.id] });
  });

  it('drafts the update asked for exactly once: a double click and a retry on another instance make one draft', async () => {
    const store = await sharedStore();
    const one = await newApp(store);
    const two = await newApp(store);
    const sow = (await risks(one)).items.find((i) => i.title === SOW);
    if (!sow) throw new Error('the demo has no SOW item');
    const asked = (await forItem(one, sow.id)).json() as Suggestion;
    // The same request gives the same update (a deterministic id): the draft key does not depend on the click.
    expect(((await forItem(two, sow.id)).json() as Suggestion).id).toBe(asked.id);
    const clicks = await Promise.all([draft(one, asked.id), draft(one, asked.id)]);
    expect(clicks.map((c) => c.statusCode).sort()).toEqual([200, 201]);
    const retry = await draft(two, asked.id);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ outcome: 'existing', messageId: (clicks.find((c) => c.statusCode === 201)?.json() as DraftResult).messageId });
    expect(await draftsWithKey(draftKeyOf(asked))).toHaveLength(1);
    // Asked again, it says it is drafted.
    expect(((await forItem(two, sow.id)).json() as Suggestion).draft?.messageId).toBe(retry.json<DraftResult>().messageId);
  });

  it('answers 404 for an item that is not the user’s, with a reason', async () => {
    const app = await newApp();
    const sow = (await risks(app)).items.find((i) => i.title === SOW);
    const res = await forItem(app, sow?.id ?? 'x', otherAuth);
    expect(res.statusCode).toBe(404);
    expect(problemOf(res)).toMatchObject({ code: 'NOT_FOUND', detail: expect.stringMatching(/item/) });
  });
});

describe('requests Upfront cannot take', () => {
  it.each([
    { case: 'a recipient that is not an address', payload: { recipients: ['jonas'] }, field: 'recipients' },
    { case: 'no recipient at all', payload: { recipients: [] }, field: 'recipients' },
    { case: 'a delivery it does not know', payload: { delivery: 'tomorrow' }, field: 'delivery' },
    { case: 'a property it does not know', payload: { bcc: ['x@example.com'] }, field: 'bcc' },
  ])('refuses a draft with $case and names the field', async ({ payload, field }) => {
    const app = await newApp();
    const res = await draft(app, 'heads-up:x:jonas.weber@northwind.example:2025-03-24', payload);
    expect(res.statusCode).toBe(400);
    expect(problemOf(res)).toMatchObject({ code: 'REQUEST_INVALID', detail: expect.stringContaining(field) });
    expect((await mailbox()).drafts).toEqual([]);
  });

  it('answers 401 without a token, before looking anything up', async () => {
    const app = await newApp();
    const res = await app.inject({ method: 'POST', url: '/api/suggestions/x/dismiss' });
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('AUTH_TOKEN_MISSING');
  });
});

describe('GET /api/meetings/{id}/brief', () => {
  it('briefs the go/no-go meeting: what the user owes Jonas and Priya, and their day', async () => {
    const app = await newApp();
    const { value: scenarios } = await simDemo<{ value: { key: string; itemId: string }[] }>(sim, '/demo/scenarios');
    const meetingId = scenarios.find((s) => s.key === 'meeting-soon')?.itemId ?? '-';
    const res = await app.inject({ url: `/api/meetings/${encodeURIComponent(meetingId)}/brief?locale=de-DE`, headers: auth });
    expect(res.statusCode).toBe(200);
    const brief = res.json() as MeetingBrief;
    expect(brief).toMatchObject({ meetingId, locale: 'de-DE' });
    expect(brief.attendees.map((a) => a.id).sort()).toEqual(['jonas.weber@northwind.example', 'priya.raman@northwind.example']);
    expect(brief.attendees.find((a) => a.id === 'jonas.weber@northwind.example')?.owed.map((o) => o.title)).toContain(SOW);
    expect(brief.attendees.every((a) => a.day.some((d) => d.kind === 'local-time'))).toBe(true);
    expect(brief.text.length).toBeGreaterThan(0);
  });

  it('answers 404 for a meeting that is not on the user’s calendar', async () => {
    const app = await newApp();
    const res = await app.inject({ url: '/api/meetings/not-a-meeting/brief', headers: auth });
    expect(res.statusCode).toBe(404);
    expect(problemOf(res)).toMatchObject({ code: 'NOT_FOUND', detail: expect.stringMatching(/meeting/) });
  });
});
