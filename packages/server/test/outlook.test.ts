import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutlookContext } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import { openStore } from '@upfront/store';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, ssoTokenFor, startSimulator } from './support.js';

// Monday 24 March 2025, 08:00Z: 09:00 in Berlin (CET, UTC+1 until 30 March), 04:00 in New York (EDT, UTC−4
// since 9 March), 13:30 in Bangalore. The demo user Maya owes Jonas (Berlin) an overdue SOW and Marcus (New York)
// the QBR deck; Marcus has automatic replies scheduled for two of his working days (the simulator's scenarios).
const NOW = '2025-03-24T08:00:00Z';
const JONAS = 'jonas.weber@northwind.example';
const MARCUS = 'marcus.green@northwind.example';
const STRANGER = 'someone@elsewhere.example';
let sim: RunningSimulator;
let app: FastifyInstance;
let auth: { authorization: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, await mainDemoUser(sim))}` };
  app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

const context = (payload: unknown, headers: Record<string, string> = auth) =>
  app.inject({ method: 'POST', url: '/api/outlook/context', headers, payload: payload as Record<string, unknown> });
const problemOf = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  return res.json() as { status: number; code: string; detail: string };
};

describe('POST /api/outlook/context', () => {
  it("gives each recipient of a mail being written what Maya owes them, their day now and their time away", async () => {
    const res = await context({ mode: 'compose', addresses: [JONAS, 'Marcus.Green@Northwind.example', STRANGER] });
    expect(res.statusCode).toBe(200);
    const body = res.json() as OutlookContext;
    expect(body.people.map((p) => p.address)).toEqual([JONAS, MARCUS, STRANGER]);
    const [jonas, marcus, stranger] = body.people;
    // The SOW was due Thu 20 March 16:30 Berlin (15:30Z); the date to promise is Tue 25 March, same time.
    expect(jonas).toMatchObject({ known: true, shortName: 'Jonas', timeZone: 'Europe/Berlin', dayPart: 'in-hours' });
    expect(jonas?.owed[0]).toMatchObject({ title: 'Send signed SOW to Jonas', state: 'overdue', deadlineAt: '2025-03-20T15:30:00Z', promiseOn: '2025-03-25' });
    // Gravest first: overdue before at-risk.
    expect(jonas?.owed.map((o) => o.state)).toEqual(['overdue', 'at-risk']);
    // 04:00 in New York is before his day; his replies run Wed 26 00:00 EDT (04:00Z) to Fri 28 00:00 EDT.
    expect(marcus).toMatchObject({ known: true, dayPart: 'before-hours', away: { start: '2025-03-26T04:00:00Z', end: '2025-03-28T04:00:00Z' } });
    expect(marcus?.owed).toEqual([expect.objectContaining({ title: 'Prepare the QBR deck for Northwind Traders', state: 'at-risk' })]);
    expect(stranger).toEqual({ address: STRANGER, known: false, name: STRANGER, shortName: STRANGER, owed: [] });
    // Next mornings: Marcus today 09:00 EDT = 13:00Z; Jonas's day has begun, so Tue 25 at 08:00 CET = 07:00Z.
    // Nobody gets it before their day begins: the later of the two.
    expect(marcus?.nextMorningAt).toBe('2025-03-24T13:00:00Z');
    expect(jonas?.nextMorningAt).toBe('2025-03-25T07:00:00Z');
    expect(body.deliverAt).toBe('2025-03-25T07:00:00Z');
  });

  it('composes the update to insert in the reader’s language and names only the people of the message', async () => {
    const body = (await context({ mode: 'compose', addresses: [JONAS] })).json() as OutlookContext;
    expect(body.update).toMatchObject({ locale: 'de-DE', recipients: [JONAS] });
    expect(body.update?.text.split('\n')[0]).toBe('Hallo Jonas,');
    expect(body.update?.html).toContain('Send signed SOW to Jonas');
    expect(body.update?.subject).not.toMatch(/[\r\n]/);
  });

  it('writes no update while reading, and none for people owed nothing', async () => {
    const reading = (await context({ mode: 'read', addresses: [JONAS] })).json() as OutlookContext;
    expect(reading.update).toBeUndefined();
    expect(reading.people[0]?.owed.length).toBeGreaterThan(0);
    const stranger = (await context({ mode: 'compose', addresses: [STRANGER] })).json() as OutlookContext;
    expect(stranger.update).toBeUndefined();
    expect(stranger.deliverAt).toBeUndefined();
  });

  it.each([
    { case: 'an address without @', payload: { mode: 'compose', addresses: ['jonas'] }, field: '/addresses/0' },
    { case: 'no address', payload: { mode: 'compose', addresses: [] }, field: '/addresses' },
    { case: 'an unknown mode', payload: { mode: 'forward', addresses: [JONAS] }, field: '/mode' },
    { case: 'an unknown property', payload: { mode: 'read', addresses: [JONAS], body: 'secret' }, field: '' },
  ])('refuses $case with a problem naming the field', async ({ payload, field }) => {
    const res = await context(payload);
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.code).toBe('REQUEST_INVALID');
    if (field !== '') expect(problem.detail).toContain(field.replace(/^\//, ''));
  });

  it('stores nothing about the message: no address of it is in the user’s data afterwards', async () => {
    const store = await openStore('sqlite::memory:');
    const own = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false, store });
    try {
      const res = await own.inject({ method: 'POST', url: '/api/outlook/context', headers: auth, payload: { mode: 'compose', addresses: [STRANGER, JONAS] } });
      expect(res.statusCode).toBe(200);
      const claims = JSON.parse(Buffer.from(auth.authorization.split('.')[1] ?? '', 'base64url').toString()) as { tid: string; oid: string };
      const exported = JSON.stringify(await store.account.exportUser({ tenantId: claims.tid, userId: claims.oid }));
      // The world load keeps its own records (the user's last visit, sync cursors); the message leaves no trace.
      expect(exported.length).toBeGreaterThan(2);
      expect(exported).not.toContain(STRANGER);
    } finally {
      await own.close();
      await store.close();
    }
  });

  it.each([
    // Jonas works 08:00–17:00 in Berlin (the demo's profile; CET is UTC+1 until 30 March, CEST UTC+2 after).
    { case: 'after his day: 18:30Z is 19:30 in Berlin', at: '2025-03-24T18:30:00Z', part: 'after-hours', holiday: undefined },
    { case: 'before his day: 06:30Z is 07:30 in Berlin', at: '2025-03-25T06:30:00Z', part: 'before-hours', holiday: undefined },
    { case: 'his weekend: Saturday 29 March', at: '2025-03-29T10:00:00Z', part: 'day-off', holiday: undefined },
    { case: 'a public holiday in Germany: Good Friday, 18 April', at: '2025-04-18T10:00:00Z', part: 'day-off', holiday: 'Good Friday' },
  ])("places Jonas's clock: $case", async ({ at, part, holiday }) => {
    const later = await buildApp(configFor(sim), { clock: fixedClock(at), logger: false });
    try {
      const res = await later.inject({ method: 'POST', url: '/api/outlook/context', headers: auth, payload: { mode: 'read', addresses: [JONAS] } });
      expect(res.statusCode).toBe(200);
      const [jonas] = (res.json() as OutlookContext).people;
      expect(jonas?.dayPart).toBe(part);
      expect(jonas?.holidayName).toBe(holiday);
    } finally {
      await later.close();
    }
  });

  it('answers 401 without a token', async () => {
    const res = await context({ mode: 'read', addresses: [JONAS] }, {});
    expect(res.statusCode).toBe(401);
    expect(problemOf(res).code).toBe('AUTH_TOKEN_MISSING');
  });
});

describe('the add-in page', () => {
  it('may load office.js from Microsoft’s CDN and be framed by Outlook; the tab’s pages may not load it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'upfront-addin-'));
    mkdirSync(join(root, 'addin'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>tab</title>');
    writeFileSync(join(root, 'addin', 'taskpane.html'), '<!doctype html><title>pane</title>');
    const web = await buildApp(configFor(sim, { WEB_ROOT: root }), { clock: fixedClock(NOW), logger: false });
    try {
      const csp = async (url: string) => {
        const res = await web.inject({ url, headers: { accept: 'text/html' } });
        expect(res.statusCode).toBe(200);
        const policy = String(res.headers['content-security-policy']);
        return Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
      };
      const pane = await csp('/addin/taskpane.html');
      expect(pane['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(pane['frame-ancestors']).toEqual(expect.arrayContaining(['https://outlook.office.com', 'https://outlook.live.com']));
      const tab = await csp('/');
      expect(tab['script-src']).toEqual(["'self'"]);
      expect(tab['frame-ancestors']).not.toContain('https://outlook.live.com');
    } finally {
      await web.close();
    }
  });
});
