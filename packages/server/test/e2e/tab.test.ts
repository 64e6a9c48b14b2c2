import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, simDemo, ssoTokenFor, startSimulator } from '../support.js';

const webRoot = fileURLToPath(new URL('../../../web/dist', import.meta.url));
const screenshots = fileURLToPath(new URL('../../../../test-results', import.meta.url));
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  mkdirSync(screenshots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

describe('the tab in a browser', () => {
  it("signs in as a demo person and shows that person's commitments", async () => {
    const { value: people } = await simDemo<{ value: { userPrincipalName: string; displayName: string }[] }>(sim, '/demo/users');
    const person = people[0];
    if (!person) throw new Error('no demo people');
    // What the API says this person owes, to compare with what the page shows.
    const token = await ssoTokenFor(sim, person.userPrincipalName);
    const res = await app.inject({ url: '/api/risks', headers: { authorization: `Bearer ${token}` } });
    const expected = (res.json() as RiskReport).items.map((i) => i.title);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    const signIn = page.getByRole('button', { name: new RegExp(person.displayName) }).first();
    await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: `${screenshots}/sign-in.png` });
    await signIn.click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Your commitments' }).count(), { timeout: 30_000 }).toBe(1);
    const items = page.getByTestId('risk-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(expected.length);
    const shown = await items.allInnerTexts();
    for (const title of expected) expect(shown.some((text) => text.includes(title))).toBe(true);
    await page.screenshot({ path: `${screenshots}/tab-browser.png`, fullPage: true });

    // A narrow side panel (Outlook, meeting side panel) shows the same items.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${screenshots}/tab-narrow.png`, fullPage: false });
    expect(await items.count()).toBe(expected.length);
    await page.close();
  });

  it('shows a second person their own items, not the first person’s', async () => {
    const { value: people } = await simDemo<{ value: { userPrincipalName: string; displayName: string }[] }>(sim, '/demo/users');
    const person = people[1];
    if (!person) throw new Error('the demo organisation has one person only');
    const token = await ssoTokenFor(sim, person.userPrincipalName);
    const expected = ((await app.inject({ url: '/api/risks', headers: { authorization: `Bearer ${token}` } })).json() as RiskReport).items.map((i) => i.title);
    const page = await browser.newPage();
    await page.goto(base);
    await page.getByRole('button', { name: new RegExp(person.displayName) }).first().click();
    const items = page.getByTestId('risk-item');
    if (expected.length === 0) {
      await expect.poll(() => page.getByText(/nothing|no open/i).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    } else {
      await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(expected.length);
      const shown = await items.allInnerTexts();
      for (const title of expected) expect(shown.some((text) => text.includes(title))).toBe(true);
    }
    await page.close();
  });

  it('lets the person set their own estimate and mark a stakeholder holiday as a working day', async () => {
    const { value: people } = await simDemo<{ value: { userPrincipalName: string; displayName: string }[] }>(sim, '/demo/users');
    const person = people[0];
    if (!person) throw new Error('no demo people');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    await page.getByRole('button', { name: new RegExp(person.displayName) }).first().click();
    const items = page.getByTestId('risk-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(0);

    // Effort: "Adjust" → 6.5 h → the item says it is the person's own estimate.
    const first = items.first();
    await first.getByRole('button', { name: /^Adjust the effort of/ }).click();
    await page.getByLabel('Hours left, your estimate').fill('6.5');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => first.innerText(), { timeout: 30_000 }).toMatch(/6\.5 h, your estimate/);

    // Holiday: the demo always has one item due on a stakeholder's public holiday.
    const holiday = items.filter({ hasText: /Due on a public holiday/ }).first();
    await expect.poll(() => holiday.count(), { timeout: 10_000 }).toBe(1);
    const titleId = (await holiday.getAttribute('aria-labelledby')) ?? '';
    const title = await page.locator(`[id="${titleId}"]`).innerText();
    await holiday.getByRole('button', { name: /^They work that day/ }).click();
    const same = items.filter({ hasText: title });
    await expect.poll(() => same.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => same.innerText(), { timeout: 30_000 }).not.toMatch(/Due on a public holiday/);
    await page.screenshot({ path: `${screenshots}/tab-adjusted.png`, fullPage: false });
    await page.close();
  });
});
