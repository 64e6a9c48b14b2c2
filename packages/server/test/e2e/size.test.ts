import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ssoTokenFor } from '../support.js';
import { openInTeamsHost } from './support/teams-host.js';
import { demoPeople, FIRST_VIEW, firstView, nextDemoMeeting, startTabWorld, tabFrame, type FirstView, type TabWorld } from './support/tab-world.js';
import { webRoot } from './support/web-root.js';

/** The budget: JavaScript on the wire (compressed) before the first view is on screen. */
const BUDGET_BYTES = 150 * 1024;

/**
 * Inside a host the budget is not met yet: 210.7 KB before the first risk in Teams and Outlook, 201.5 KB before the
 * meeting panel (brotli, measured 2026-12-02). What every surface loads before any view is about 163 KB by itself
 * (react-dom, tabster and Fluent's core components, teams-js, the ICU parser and every locale's words), so no change
 * to one view brings it under 150 KB; docs/benchmarks.md ("Tab") says what can. Until then this ceiling keeps it
 * from growing; lower it with every cut, down to BUDGET_BYTES.
 */
const HOSTED_CEILING_BYTES = 215 * 1024;

let world: TabWorld;
beforeAll(async () => {
  world = await startTabWorld();
});
afterAll(async () => {
  await world?.close();
});

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A GET over real HTTP that keeps the body as sent (fetch would decompress it). */
function rawGet(path: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, world.base), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The tab page's own module script (`/assets/main-<hash>.js`), as the build wrote it into index.html. */
function entryScriptPath(): string {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const src = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (src === undefined) throw new Error('index.html has no module script');
  return src;
}

const decode = (res: RawResponse): Buffer =>
  res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body) : res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body;

describe('the built tab over HTTP', () => {
  it('sends each file brotli or gzip compressed as the request accepts, or as it is, always the same bytes once decoded', async () => {
    const script = entryScriptPath();
    const original = readFileSync(join(webRoot, script));
    for (const [accept, encoding] of [
      ['br, gzip, deflate', 'br'],
      ['gzip, deflate', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const res = await rawGet(script, { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
      expect(decode(res).equals(original)).toBe(true);
      if (encoding !== undefined) expect(res.body.length).toBeLessThan(original.length / 2);
    }
    // A request that names no encoding at all gets the file as it is.
    const plain = await rawGet(script, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    // The site's root is its index page, compressed too, whatever the client accepts (not only a browser's text/html).
    const root = await rawGet('/', { 'accept-encoding': 'br, gzip', accept: '*/*' });
    expect(root.status).toBe(200);
    expect(root.headers['content-encoding']).toBe('br');
    expect(decode(root).equals(readFileSync(join(webRoot, 'index.html')))).toBe(true);
  });

  it('lets browsers keep hashed assets a year and revalidate every page', async () => {
    const asset = await rawGet(entryScriptPath(), { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/auth-start.html']) {
      const page = await rawGet(path, { 'accept-encoding': 'br', accept: 'text/html' });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    // A deep link the tab owns gets the tab's page the same way: compressed, never cached long.
    const deep = await rawGet('/updates/some-suggestion', { 'accept-encoding': 'br', accept: 'text/html' });
    expect(deep.status).toBe(200);
    expect(deep.headers['cache-control']).toBe('no-cache');
    expect(decode(deep).toString('utf8')).toContain('<div id="root">');
    // A missing file is a problem, not the page, and is not cached.
    const missing = await rawGet('/assets/nothing-here.js', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const listed = (view: FirstView) => view.scripts.map((s) => `${s.path} ${kb(s.wireBytes)} (${kb(s.bytes)} decoded)`).join('\n');

/** Checks one surface's first view against the budget and that every script came compressed. */
function expectWithinBudget(view: FirstView, where: string, budget = BUDGET_BYTES) {
  expect(view.scripts.length, `no JavaScript was recorded ${where}`).toBeGreaterThan(0);
  // The build leaves files under 512 bytes as they are (a compressed copy would save less than a packet).
  expect(view.scripts.filter((s) => s.wireBytes >= s.bytes && s.bytes >= 512).map((s) => s.path), 'scripts sent uncompressed').toEqual([]);
  expect(view.wireBytes, `JavaScript ${where}:\n${listed(view)}`).toBeLessThanOrEqual(budget);
}

describe('JavaScript before the first view', () => {
  it('a plain browser gets the sign-in with at most 150 KB of compressed JavaScript, and no teams-js', async () => {
    const [person] = await demoPeople(world.sim);
    if (!person) throw new Error('no demo people');
    const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(world.base);
    // The first view outside a host: the demo sign-in, one button per demo person.
    await page.getByRole('button', { name: new RegExp(person.displayName) }).first().waitFor({ timeout: 30_000 });
    const view = await firstView(page.mainFrame(), 'main button');
    expectWithinBudget(view, 'before the sign-in');
    expect(view.scripts.filter((s) => /teams-js/.test(s.path)).map((s) => s.path), 'teams-js loaded in a plain browser').toEqual([]);
    await page.close();
  });

  for (const hostName of ['Teams', 'Outlook'] as const) {
    it(`a personal tab in ${hostName} shows its first risk within the hosted ceiling of 215 KB of compressed JavaScript (the goal is 150 KB)`, async () => {
      const [person] = await demoPeople(world.sim);
      if (!person) throw new Error('no demo people');
      const host = await openInTeamsHost(world.browser, world.base, { hostName, token: () => ssoTokenFor(world.sim, person.userPrincipalName) });
      const view = await firstView(await tabFrame(host.page), FIRST_VIEW.risks);
      expect(view.scripts.some((s) => /teams-js/.test(s.path)), listed(view)).toBe(true);
      expectWithinBudget(view, `before the first risk in ${hostName}`, HOSTED_CEILING_BYTES);
      // The other views are not part of it: they load when opened.
      expect(view.scripts.filter((s) => /\/(Updates|People|Settings)Page-/.test(s.path)).map((s) => s.path)).toEqual([]);
      await host.close();
    });
  }

  it('a meeting side panel shows its first view within the hosted ceiling of 215 KB of compressed JavaScript (the goal is 150 KB)', async () => {
    const [person] = await demoPeople(world.sim);
    if (!person) throw new Error('no demo people');
    const meeting = await nextDemoMeeting(world.sim, person.userPrincipalName);
    if (meeting === undefined) throw new Error(`the simulator lists no meeting for ${person.userPrincipalName}`);
    const host = await openInTeamsHost(world.browser, world.base, {
      frameContext: 'sidePanel',
      viewport: { width: 320, height: 800 },
      context: { chatId: meeting.chatId, meetingId: 'meeting-1' },
      token: () => ssoTokenFor(world.sim, person.userPrincipalName),
    });
    const view = await firstView(await tabFrame(host.page), FIRST_VIEW.meetingPanel);
    expectWithinBudget(view, 'before the meeting panel', HOSTED_CEILING_BYTES);
    await host.close();
  });
});
