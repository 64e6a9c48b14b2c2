import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutlookContext } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import { build } from 'esbuild';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import type { OfficeMockOptions, OfficeMockRecord } from './support/office-host.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

// The Outlook add-in pane as Outlook shows it: the built addin/taskpane.html, served by the real server against
// the simulator; the office.js it asks Microsoft's CDN for is answered by Playwright's router with an Office
// built from office-addin-mock (support/office-host.ts, bundled for the browser with esbuild here).
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const shots = fileURLToPath(new URL('../../../../tmp/shots-outlook', import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
const JONAS = { displayName: 'Jonas Weber', emailAddress: 'jonas.weber@northwind.example' };
const MARCUS = { displayName: 'Marcus Green', emailAddress: 'marcus.green@northwind.example' };

/** The few DOM names the page functions use (the server's TypeScript has no DOM library). */
interface Dom {
  document: { activeElement: { id: string } | null; body: unknown; querySelector(selector: string): unknown };
  getComputedStyle(element: unknown): { backgroundColor: string };
}

let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let upn: string;
let token: string;
let officeBundle: string;

/** office-addin-mock and our mock builder as one browser script; `office-addin-manifest` (Node-only) is cut down to its `OfficeApp` enum file. */
async function bundleOfficeMock(): Promise<string> {
  const manifestMain = createRequire(require.resolve('office-addin-mock')).resolve('office-addin-manifest');
  const result = await build({
    stdin: {
      contents: `import { createOfficeMock } from './office-host.ts';
        const { office, record } = createOfficeMock(globalThis.__officeMockOptions);
        globalThis.Office = office;
        globalThis.__officeRecord = record;`,
      resolveDir: fileURLToPath(new URL('./support', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    alias: { 'office-addin-manifest': join(dirname(manifestMain), 'officeApp.js') },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  upn = await mainDemoUser(sim);
  token = await ssoTokenFor(sim, upn);
  officeBundle = await bundleOfficeMock();
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

/** What the server says for these people, to compare with what the pane did. */
async function contextFor(mode: 'read' | 'compose', addresses: string[]): Promise<OutlookContext> {
  const res = await app.inject({ method: 'POST', url: '/api/outlook/context', headers: { authorization: `Bearer ${token}` }, payload: { mode, addresses } });
  expect(res.statusCode).toBe(200);
  return res.json() as OutlookContext;
}

/** Opens the task pane at Outlook's width with this Office around it. */
async function openPane(options: OfficeMockOptions, locale = 'en-US'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 340, height: 900 }, locale, timezoneId: 'America/Los_Angeles' });
  await page.route(/^https:\/\//, (route) =>
    route.request().url() === OFFICE_JS
      ? route.fulfill({ contentType: 'text/javascript', body: `globalThis.__officeMockOptions = ${JSON.stringify(options)};\n${officeBundle}` })
      : route.abort(),
  );
  await page.goto(`${base}/addin/taskpane.html`);
  return page;
}

async function signInAsDemoUser(page: Page): Promise<void> {
  const { value: people } = await simDemo<{ value: { userPrincipalName: string; displayName: string }[] }>(sim, '/demo/users');
  const me = people.find((p) => p.userPrincipalName === upn);
  if (!me) throw new Error('the main demo user is missing');
  const button = page.getByRole('button', { name: me.displayName });
  await expect.poll(() => button.count(), { timeout: 30_000 }).toBe(1);
  await button.click();
}

const record = (page: Page) => page.evaluate(() => (globalThis as unknown as { __officeRecord: OfficeMockRecord }).__officeRecord);
const personCard = (page: Page, address: string) => page.locator(`[data-testid="outlook-person"][data-address="${address}"]`);

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as { document: unknown; axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

describe('the Outlook add-in pane', () => {
  it('shows the recipients’ items and Marcus’s time away, inserts the composed update at the cursor and holds delivery until their morning', async () => {
    const expected = await contextFor('compose', [JONAS.emailAddress, MARCUS.emailAddress]);
    const page = await openPane({ mode: 'compose', to: [JONAS], cc: [MARCUS], supports: { Mailbox: '1.13' } });
    await signInAsDemoUser(page);

    const jonas = personCard(page, JONAS.emailAddress);
    await expect.poll(() => jonas.count(), { timeout: 30_000 }).toBe(1);
    // The demo's story: the SOW for Jonas is overdue; it reads so in colour and in words.
    await expect.poll(() => jonas.innerText()).toContain('Send signed SOW to Jonas');
    expect(await jonas.innerText()).toContain('Overdue');
    expect(await jonas.getByTestId('promise').first().innerText()).toMatch(/^Promise /);
    // After the sign-in the focus is on the pane's heading, not lost on the body.
    expect(await page.evaluate(() => (globalThis as unknown as Dom).document.activeElement?.id)).toBe('outlook-heading');
    expect(await personCard(page, MARCUS.emailAddress).innerText()).toContain('Prepare the QBR deck for Northwind Traders');
    // Marcus's automatic replies (getMailTips through the server) are scheduled for two of his working days.
    expect(await page.getByTestId('recipient-warnings').innerText()).toMatch(/Marcus is out of office (from .+ )?until .+\./);

    await page.getByRole('button', { name: 'Insert update' }).click();
    await expect.poll(async () => (await record(page)).inserted.length).toBe(1);
    const [inserted] = (await record(page)).inserted;
    // Exactly the update the server wrote for Jonas, in German, as HTML.
    expect(expected.update?.locale).toBe('de-DE');
    expect(inserted).toEqual({ data: expected.update?.html, coercionType: 'html' });
    expect(inserted?.data).toContain('Hallo Jonas,');
    // A new message had no subject yet: it gets the update's.
    expect((await record(page)).subject).toBe(expected.update?.subject);
    await expect.poll(() => page.getByTestId('announce-polite').innerText()).toBe('Update inserted at your cursor, and its subject added.');

    await page.getByRole('button', { name: 'Deliver in their morning' }).click();
    await expect.poll(async () => (await record(page)).delayDeliveryTime).toBe(new Date(expected.deliverAt ?? '').toISOString());
    expect(await page.getByTestId('deliver-outcome').innerText()).toMatch(/^Outlook will deliver the message at /);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'compose.png'), fullPage: true });
    await page.close();
  });

  it("signs in with Office's SSO when Outlook offers it, and leaves out “Deliver in their morning” without Mailbox 1.13", async () => {
    const page = await openPane({ mode: 'compose', to: [JONAS], subject: 'Re: SOW', supports: { Mailbox: '1.12', IdentityAPI: '1.3' }, sso: { token } });
    const jonas = personCard(page, JONAS.emailAddress);
    await expect.poll(() => jonas.count(), { timeout: 30_000 }).toBe(1);
    // No demo sign-in: Office gave the token.
    expect(await page.getByText('Sign in as a person of the demo organisation').count()).toBe(0);
    expect((await record(page)).tokenRequests).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Deliver in their morning' }).count()).toBe(0);
    // By keyboard alone: Tab reaches "Insert update" (after Refresh), Enter inserts.
    let focused = '';
    for (let presses = 0; presses < 6 && focused !== 'Insert update'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => ((globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent ?? '').trim());
    }
    expect(focused).toBe('Insert update');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await record(page)).inserted.length).toBe(1);
    // The person adds Marcus to Cc: Outlook says the recipients changed, and the pane reads them again.
    await page.evaluate((marcus) => {
      const g = globalThis as unknown as { __officeMockOptions: OfficeMockOptions; __officeRecord: OfficeMockRecord };
      g.__officeMockOptions.cc = [marcus];
      g.__officeRecord.recipientsChanged?.();
    }, MARCUS);
    await expect.poll(() => personCard(page, MARCUS.emailAddress).count(), { timeout: 30_000 }).toBe(1);
    // The subject the person wrote stays theirs.
    expect((await record(page)).subject).toBe('Re: SOW');
    await expect.poll(() => page.getByTestId('announce-polite').innerText()).toBe('Update inserted at your cursor.');
    expect(await page.getByTestId('deliver-unsupported').innerText()).toContain('Mailbox 1.13');
    await page.close();
  });

  it('follows Outlook’s dark theme and passes axe there', async () => {
    const page = await openPane({ mode: 'compose', to: [JONAS, MARCUS], supports: { Mailbox: '1.13' }, bodyBackgroundColor: '#1f1f1f' });
    const signIn = page.getByText('Sign in as a person of the demo organisation');
    await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
    await page.waitForSelector('[aria-busy="true"]', { state: 'detached' });
    await page.screenshot({ path: join(shots, 'sign-in-dark.png'), fullPage: true });
    await signInAsDemoUser(page);
    await expect.poll(() => personCard(page, JONAS.emailAddress).count(), { timeout: 30_000 }).toBe(1);
    // Fluent's dark tokens: the page behind the cards is near black, not the light theme's grey.
    const background = await page.evaluate(() => {
      const { document, getComputedStyle } = globalThis as unknown as Dom;
      return getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body).backgroundColor;
    });
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(Math.max(r, g, b)).toBeLessThan(64);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'compose-dark.png'), fullPage: true });
    await page.close();
  });

  it('shows what the user owes the sender of a message being read, in the language Outlook is set to', async () => {
    const page = await openPane({ mode: 'read', from: JONAS, to: [{ displayName: 'Maya', emailAddress: upn }], supports: { IdentityAPI: '1.3' }, sso: { token }, displayLanguage: 'de-DE' }, 'de-DE');
    const jonas = personCard(page, JONAS.emailAddress);
    await expect.poll(() => jonas.count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Was du dem Absender schuldest');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).toBe('de-DE');
    expect(await jonas.innerText()).toContain('Überfällig');
    expect(await page.getByRole('button', { name: 'Update einfügen' }).count()).toBe(0);
    await page.screenshot({ path: join(shots, 'read-de.png'), fullPage: true });
    await page.close();
  });
});
