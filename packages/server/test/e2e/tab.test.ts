import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ItemRisk, RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

const screenshots = fileURLToPath(new URL('../../../../test-results', import.meta.url));

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
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  mkdirSync(screenshots, { recursive: true });
});
type DemoPeople = { value: { userPrincipalName: string; displayName: string }[] };

/** What the API tells this person, in the locale the browser page uses, to compare with what the page shows. */
async function reportFor(userPrincipalName: string, locale: string): Promise<RiskReport> {
  const token = await ssoTokenFor(sim, userPrincipalName);
  const res = await app.inject({ url: `/api/risks?horizonDays=14&locale=${locale}`, headers: { authorization: `Bearer ${token}` } });
  expect(res.statusCode).toBe(200);
  return res.json() as RiskReport;
}

/** The view's heading in the tab's locales (RISKS_TEXT's `heading`): the page is ready once it shows. */
const HEADING: Readonly<Record<string, string>> = { 'en-GB': 'Your commitments', 'en-US': 'Your commitments', 'de-DE': 'Ihre Zusagen' };

async function signedInPage(displayName: string, options: { locale: string; width?: number }) {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, locale: options.locale });
  await page.goto(base);
  const signIn = page.getByRole('button', { name: new RegExp(displayName) }).first();
  await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
  await signIn.click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: HEADING[options.locale] ?? 'Your commitments' }).count(), { timeout: 30_000 }).toBe(1);
  return page;
}

const inTrouble = (item: ItemRisk) => item.state === 'overdue' || item.state === 'off-track' || item.state === 'at-risk';

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

describe('the tab in a browser', () => {
  it("signs in as a demo person and tells each item's story: root causes, dates to promise, moved deadlines, later items", async () => {
    const { value: people } = await simDemo<DemoPeople>(sim, '/demo/users');
    const person = people[0];
    if (!person) throw new Error('no demo people');
    const report = await reportFor(person.userPrincipalName, 'en-GB');
    expect(report.locale).toBe('en-GB');

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await page.goto(base);
    const signIn = page.getByRole('button', { name: new RegExp(person.displayName) }).first();
    await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: `${screenshots}/sign-in.png` });
    await signIn.click();
    const items = page.getByTestId('risk-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBe(report.items.length);
    const card = (id: string) => page.locator(`[data-testid="risk-item"][data-item-id="${id}"]`);

    // Root cause first: the demo person has one task that pushes others off track. It is one group, the root
    // badged with the items under it, every consequence under a root, and none shown a second time elsewhere.
    // (An item two roots push is shown once, under the first; an overdue item is a problem of its own.)
    const roots = report.items.filter((i) => i.pushes.length > 0);
    expect(roots.length).toBeGreaterThan(0);
    const groups = page.getByTestId('root-group');
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    for (const root of roots) {
      for (const id of root.pushes.filter((p) => ['off-track', 'at-risk'].includes(report.items.find((i) => i.id === p)?.state ?? ''))) {
        expect(await groups.locator(`[data-item-id="${id}"]`).count()).toBe(1);
      }
      const group = groups.filter({ has: card(root.id) });
      if ((await group.count()) === 0) continue;
      const under = (await group.getByTestId('risk-item').count()) - 1;
      expect(await card(root.id).getByTestId('root-cause').innerText()).toMatch(new RegExp(`pushes ${under} other item`));
    }
    for (const item of report.items) expect(await card(item.id).count()).toBe(1);

    // The date to promise, on the card without opening the numbers, in the stakeholder's words.
    const promised = report.items.filter((i) => inTrouble(i) && i.promise?.kind === 'date');
    expect(promised.length).toBeGreaterThan(0);
    for (const item of promised) {
      if (item.promise?.kind !== 'date') continue;
      const text = await card(item.id).getByTestId('promise').innerText();
      expect(text).toContain(`You can promise: ${item.promise.deadline.inStakeholderZone}`);
    }
    expect(await page.getByTestId('promise').count()).toBe(report.items.filter((i) => inTrouble(i) && i.promise !== undefined).length);

    // A deadline moved off a stakeholder's weekend or holiday says so, with the new time.
    const moved = report.items.flatMap((i) => i.deadlines.filter((d) => d.moved !== undefined).map((d) => ({ item: i, deadline: d })));
    expect(moved.length).toBeGreaterThan(0);
    for (const { item, deadline } of moved) {
      const notes = await card(item.id).getByTestId('moved-deadline').allInnerTexts();
      expect(notes.some((note) => note.includes(`due ${deadline.inStakeholderZone}`))).toBe(true);
    }

    // Items due after the horizon are listed apart, after the judged ones, not judged.
    const later = report.items.filter((i) => i.state === 'later');
    if (later.length > 0) {
      const section = page.getByTestId('section-later');
      for (const item of later) expect(await section.locator(`[data-item-id="${item.id}"]`).count()).toBe(1);
      const order = await page.locator('section[data-testid^="section-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
      expect(order.indexOf('section-later')).toBeGreaterThan(Math.max(order.indexOf('section-attention'), order.indexOf('section-on-track')));
    }
    await page.screenshot({ path: `${screenshots}/tab-browser.png`, fullPage: true });

    // The numbers of a root item use the report's figures, and its chart ends on the marked deadline day.
    const root = roots[0]!;
    await card(root.id).getByRole('button', { name: /Show the numbers/ }).click();
    const numbers = await card(root.id).innerText();
    expect(numbers).toMatch(root.figures.spareMinutes < 0 ? /Short by/ : /To spare/);
    if (root.capacity.length > 0) expect(await card(root.id).getByTestId('deadline-bar').count()).toBe(1);

    // A narrow side panel (Outlook, meeting side panel) shows the same items.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: `${screenshots}/tab-narrow.png`, fullPage: false });
    expect(await items.count()).toBe(report.items.length);
    await page.close();
  });

  it('shows a second person their own items, not the first person’s', async () => {
    const { value: people } = await simDemo<DemoPeople>(sim, '/demo/users');
    const person = people[1];
    if (!person) throw new Error('the demo organisation has one person only');
    const expected = (await reportFor(person.userPrincipalName, 'en-GB')).items.map((i) => i.title);
    const page = await signedInPage(person.displayName, { locale: 'en-GB' });
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

  it("writes dates and times in the browser's locale: a 12-hour clock and month-day order in en-US", async () => {
    const { value: people } = await simDemo<DemoPeople>(sim, '/demo/users');
    const person = people[0];
    if (!person) throw new Error('no demo people');
    const us = await reportFor(person.userPrincipalName, 'en-US');
    const first = us.items.find((i) => i.deadline !== undefined);
    if (!first?.deadline) throw new Error('the demo person has no dated item');
    const page = await signedInPage(person.displayName, { locale: 'en-US' });
    const card = page.locator(`[data-testid="risk-item"][data-item-id="${first.id}"]`);
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
    const shown = await card.innerText();
    expect(shown).toContain(first.deadline.inStakeholderZone);
    expect(first.deadline.inStakeholderZone).toMatch(/\d{1,2}:\d{2} [AP]M/);
    // The tab's own line goes through the same formatter: "checked Tue, Dec 1, 9:26 AM".
    expect(await page.getByText(/checked /).first().innerText()).toMatch(/checked [A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}, \d{1,2}:\d{2} [AP]M/);
    await page.close();
  });

  it('lets the person set their own estimate in their locale and mark a stakeholder holiday as a working day', async () => {
    const { value: people } = await simDemo<DemoPeople>(sim, '/demo/users');
    const person = people[0];
    if (!person) throw new Error('no demo people');
    const report = await reportFor(person.userPrincipalName, 'de-DE');
    const page = await signedInPage(person.displayName, { locale: 'de-DE' });
    const items = page.getByTestId('risk-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const card = (id: string) => page.locator(`[data-testid="risk-item"][data-item-id="${id}"]`);

    // Effort: "Adjust" → "2,5" in German is 2.5 h (never 25) → the item says, in German, it is the person's own estimate.
    const first = report.items.find((i) => i.state !== 'later' && i.state !== 'no-due-date' && !report.items.some((r) => r.pushes.includes(i.id)));
    if (!first) throw new Error('no top-level item');
    // The tab's own words are German too (RISKS_TEXT de-DE).
    await card(first.id).getByRole('button', { name: /^Aufwand von „.+“ anpassen$/ }).click();
    await page.getByLabel('Verbleibende Stunden, Ihre Schätzung').fill('2,5');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => card(first.id).innerText(), { timeout: 30_000 }).toMatch(/2,5\sStd\., Ihre Schätzung/);

    // Holiday: the demo always has an item whose deadline moved off a stakeholder's public holiday.
    const holiday = report.items.find((i) => i.deadlines.some((d) => d.moved?.why === 'holiday'));
    if (!holiday) throw new Error('the demo has no deadline moved off a public holiday');
    await expect.poll(() => card(holiday.id).getByTestId('moved-deadline').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The move is told in the report's words, German here: "Fr., 25. Dez. ist für Lena ein Feiertag (…): fällig am …".
    expect(await card(holiday.id).getByTestId('moved-deadline').first().innerText()).toMatch(/ist für .+ ein Feiertag.*: fällig am /);
    const work = card(holiday.id).getByRole('button', { name: /^An dem Tag wird gearbeitet/ }).first();
    if ((await work.count()) === 0) await card(holiday.id).getByRole('button', { name: 'Details und Zahlen' }).click();
    await work.click();
    await expect.poll(() => card(holiday.id).getByTestId('moved-deadline').count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: `${screenshots}/tab-adjusted.png`, fullPage: false });
    await page.close();
  });
});
