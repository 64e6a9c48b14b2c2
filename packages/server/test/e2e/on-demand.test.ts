import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, simDemo, startSimulator } from '../support.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

// The Risks view's snooze menu and settings popovers load when first opened (they are kept out of the first load's
// JavaScript budget): a keyboard user still reaches them by the same button, lands inside, and Escape brings focus back.

/** Screenshots to look at (not committed): the repository's tmp folder. */
const shots = fileURLToPath(new URL('../../../../tmp/shots-budget', import.meta.url));

let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let base: string;
type DemoPeople = { value: { userPrincipalName: string; displayName: string }[] };
let person: DemoPeople['value'][number];

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  mkdirSync(shots, { recursive: true });
  const { value } = await simDemo<DemoPeople>(sim, '/demo/users');
  if (!value[0]) throw new Error('no demo people');
  person = value[0];
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

/** The page's globals read inside `evaluate` (the server's tsconfig has no DOM library). */
type PageGlobals = {
  document: { activeElement: { getAttribute(name: string): string | null; closest(selector: string): unknown } | null };
  performance: { getEntriesByType(type: string): { name: string }[] };
};

async function signIn(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(base);
  const button = page.getByRole('button', { name: new RegExp(person.displayName) }).first();
  await expect.poll(() => button.count(), { timeout: 30_000 }).toBe(1);
  await button.click();
  await expect.poll(() => page.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  // Out of the way: hovering a button would start loading its surface early (that is allowed, but not measured here).
  await page.mouse.move(0, 0);
  return page;
}

/** Script files the page has fetched whose name starts with `chunk-` (Vite's `<name>-<hash>.js`). */
const loaded = (page: Page, chunk: string) =>
  page.evaluate((name) => (globalThis as unknown as PageGlobals).performance.getEntriesByType('resource').some((e) => e.name.includes(`/assets/${name}-`)), chunk);
const isFocused = (button: Locator) => button.evaluate((el) => el === (globalThis as unknown as PageGlobals).document.activeElement);
const focusInside = (page: Page, selector: string) => page.evaluate((s) => (globalThis as unknown as PageGlobals).document.activeElement?.closest(s) != null, selector);

describe('surfaces that load on first use', () => {
  it('opens the snooze menu from the keyboard with focus on its first choice, and Escape puts focus back on Snooze', async () => {
    const page = await signIn();
    expect(await loaded(page, 'SnoozeMenu')).toBe(false);
    const snooze = page.getByTestId('risk-item').first().getByRole('button', { name: /^Snooze “.+”$/ });
    await snooze.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInside(page, '[role="menu"]'), { timeout: 10_000 }).toBe(true);
    expect(await loaded(page, 'SnoozeMenu')).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.screenshot({ path: `${shots}/snooze-menu.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => isFocused(snooze), { timeout: 5_000 }).toBe(true);
    // Loaded once, it is the menu's own trigger: a second Enter opens the menu again.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusInside(page, '[role="menu"]'), { timeout: 5_000 }).toBe(true);
    await page.close();
  });

  it('opens the effort and the stakeholder popovers from the keyboard with focus inside, and Escape goes back to each button', async () => {
    const page = await signIn();
    for (const [chunk, name] of [
      ['EffortAdjustPopover', /^Adjust the effort/],
      ['StakeholderSettingsPopover', /: how .+ reads a due date$/],
    ] as const) {
      expect(await loaded(page, chunk)).toBe(false);
      const button = page.getByTestId('risk-item').first().getByRole('button', { name }).first();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusInside(page, '[role="dialog"]'), { timeout: 10_000 }).toBe(true);
      expect(await loaded(page, chunk)).toBe(true);
      await page.screenshot({ path: `${shots}/${chunk}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => isFocused(button), { timeout: 5_000 }).toBe(true);
    }
    await page.close();
  });
});
