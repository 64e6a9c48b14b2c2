import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ItemRisk, RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { tabFrame } from './support/tab-world.js';
import { openInTeamsHost } from './support/teams-host.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

/** Screenshots to look at (not committed): the repository's tmp folder. */
const shots = fileURLToPath(new URL('../../../../tmp/shots-risks', import.meta.url));

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

/** What the API tells the person, as the tab asks for it. */
async function report(locale = 'en-GB'): Promise<RiskReport> {
  const token = await ssoTokenFor(sim, person.userPrincipalName);
  const res = await app.inject({ url: `/api/risks?horizonDays=14&locale=${locale}`, headers: { authorization: `Bearer ${token}` } });
  expect(res.statusCode).toBe(200);
  return res.json() as RiskReport;
}

async function signIn(locale: string, heading: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale });
  await page.goto(base);
  const button = page.getByRole('button', { name: new RegExp(person.displayName) }).first();
  await expect.poll(() => button.count(), { timeout: 30_000 }).toBe(1);
  await button.click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: heading }).count(), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  return page;
}

const card = (page: Page, id: string) => page.locator(`main [data-testid="risk-item"][data-item-id="${id}"], [data-testid="risk-item"][data-item-id="${id}"]`).first();
const polite = (page: Page) => page.getByTestId('announce-polite').innerText();
/** The page's globals this file reads inside `evaluate` (the server's tsconfig has no DOM library). */
type PageGlobals = {
  document: { activeElement: { getAttribute(name: string): string | null } | null };
  getComputedStyle(element: unknown): { backgroundColor: string; color: string; borderColor: string };
};
const focusedHeadingOf = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as PageGlobals).document.activeElement;
    return active?.getAttribute('data-item-heading') ?? active?.getAttribute('data-testid') ?? '';
  });
const isTopLevel = (items: readonly ItemRisk[]) => (item: ItemRisk) => !items.some((other) => other.pushes.includes(item.id));

describe('the Risks view', () => {
  it('explains the four states on a first visit, remembers the dismissal, and opens an item’s chart', async () => {
    const page = await signIn('en-GB', 'Your commitments');
    const intro = page.getByTestId('states-intro');
    expect(await intro.innerText()).toMatch(/Overdue:.*\n?.*Off track:.*\n?.*At risk:.*\n?.*On track:/s);
    await page.screenshot({ path: `${shots}/first-visit.png` });
    await intro.getByRole('button', { name: 'Got it' }).click();
    expect(await intro.count()).toBe(0);
    // Focus goes to the view's heading, not to the page's start.
    expect(await focusedHeadingOf(page)).toBe('risks-heading');
    await page.reload();
    await expect.poll(() => page.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('states-intro').count()).toBe(0);

    const items = (await report()).items;
    const judged = items.find((i) => i.capacity.length > 0 && isTopLevel(items)(i));
    if (!judged) throw new Error('the demo person has no judged item');
    await card(page, judged.id).getByRole('button', { name: /Show the numbers/ }).click();
    const chart = card(page, judged.id).getByRole('figure');
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.innerText()).toContain('Your working hours per day until the deadline');
    expect(await card(page, judged.id).getByTestId('deadline-bar').count()).toBe(1);
    await card(page, judged.id).screenshot({ path: `${shots}/item-chart.png` });

    // Refresh: focus stays on the button while it reads afresh, and the result is announced.
    const refresh = page.getByRole('button', { name: 'Refresh', exact: true });
    await refresh.click();
    await expect.poll(() => polite(page), { timeout: 30_000 }).toMatch(/^Commitments read\. (Nothing needs|\d+ needs?) your attention\.$/);
    expect(await refresh.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await page.close();
  });

  it('shows overdue, off track and at risk apart, and flags by how grave they are', async () => {
    const page = await signIn('en-GB', 'Your commitments');
    const items = (await report()).items;
    const look = async (state: string) =>
      page
        .locator(`[data-testid="risk-item"][data-state="${state}"] [data-testid="state-badge"]`)
        .first()
        .evaluate((el) => {
          const css = (globalThis as unknown as PageGlobals).getComputedStyle(el);
          return `${css.backgroundColor}|${css.color}|${css.borderColor}|${el.textContent}`;
        });
    const states = [...new Set(items.map((i) => i.state))].filter((s) => ['overdue', 'off-track', 'at-risk', 'on-track'].includes(s));
    expect(states.length).toBeGreaterThan(1);
    const looks = await Promise.all(states.map(look));
    // Every serious state has its own fill, colour and word.
    expect(new Set(looks).size).toBe(states.length);
    expect(new Set(looks.map((l) => l.split('|')[0])).size).toBe(states.length);
    // A flag says its severity in a word; the time-zone cliff is "Critical", on a fill no mild flag shares.
    const flags = page.getByTestId('flag');
    expect(await flags.count()).toBeGreaterThan(0);
    for (const text of await flags.allInnerTexts()) expect(text).toMatch(/^(Critical|Important|Note):/);
    const cliff = items.find((i) => i.flags.some((f) => f.kind === 'time-zone-cliff'));
    if (cliff) {
      const grave = card(page, cliff.id).locator('[data-testid="flag"][data-severity="grave"]');
      expect(await grave.innerText()).toMatch(/^Critical:/);
      await card(page, cliff.id).screenshot({ path: `${shots}/cliff-card.png` });
      const mild = page.locator('[data-testid="flag"][data-severity="mild"]');
      if ((await mild.count()) > 0) {
        const fill = (l: typeof mild) => l.first().evaluate((el) => (globalThis as unknown as PageGlobals).getComputedStyle(el).backgroundColor);
        expect(await fill(grave)).not.toBe(await fill(mild));
      }
    }
    await page.screenshot({ path: `${shots}/severity.png`, fullPage: true });
    await page.close();
  });

  it('filters by a count pressed as a toggle, and shows all again', async () => {
    const page = await signIn('en-GB', 'Your commitments');
    const items = (await report()).items;
    const filters = page.getByTestId('state-filters');
    const state = items.some((i) => i.state === 'on-track') ? 'on-track' : items[0]!.state;
    const toggle = filters.locator(`[data-state="${state}"]`);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await filters.getByTestId('show-all').getAttribute('aria-pressed')).toBe('false');
    // Every card shown is in the state, or in a group whose root or consequence is (a cause is never cut off).
    const shown = await page.getByTestId('risk-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')));
    const byId = new Map(items.map((i) => [i.id, i]));
    const groupOf = (id: string) => items.filter((i) => i.id === id || i.pushes.includes(id) || byId.get(id)?.pushes.includes(i.id));
    for (const id of shown) expect(groupOf(id!).some((i) => i.state === state)).toBe(true);
    expect(shown.length).toBeLessThan(items.length);
    await expect.poll(() => polite(page)).toMatch(/commitments? shown\./);
    await page.screenshot({ path: `${shots}/filtered.png` });
    await filters.getByTestId('show-all').click();
    expect(await page.getByTestId('risk-item').count()).toBe(items.length);
    await expect.poll(() => polite(page)).toBe('All commitments shown.');
    await page.close();
  });

  it('snoozes an item until tomorrow morning: it leaves the list, focus moves on, and Undo brings it back', async () => {
    const page = await signIn('en-GB', 'Your commitments');
    const items = (await report()).items;
    const item = items.find(isTopLevel(items))!;
    await card(page, item.id).getByRole('button', { name: `Snooze “${item.title}”` }).click();
    await page.getByRole('menuitem', { name: /^Tomorrow morning/ }).click();
    await expect.poll(() => page.locator(`[data-testid="risk-item"][data-item-id="${item.id}"]`).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => polite(page)).toMatch(new RegExp(`“${item.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” is snoozed until .+08:00`));
    // Focus is on the next item's heading (or the marked section when it was the last one).
    const focused = await focusedHeadingOf(page);
    expect(focused === 'marked-toggle' || items.some((i) => i.id === focused && i.id !== item.id)).toBe(true);
    // The server keeps it: the report carries the snooze.
    expect((await report()).items.find((i) => i.id === item.id)?.mark?.kind).toBe('snoozed');

    const toggle = page.getByTestId('marked-toggle');
    expect(await toggle.innerText()).toBe('Snoozed and done for now (1)');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const row = page.locator(`[data-testid="marked-item"][data-item-id="${item.id}"]`);
    expect(await row.innerText()).toMatch(/Snoozed until .+08:00/);
    await page.screenshot({ path: `${shots}/snoozed.png` });
    await row.getByRole('button', { name: `Undo: put “${item.title}” back in the list` }).click();
    await expect.poll(() => page.locator(`[data-testid="risk-item"][data-item-id="${item.id}"]`).count()).toBe(1);
    await expect.poll(() => focusedHeadingOf(page)).toBe(item.id);
    await expect.poll(() => polite(page)).toBe(`“${item.title}” is back in the list.`);
    expect((await report()).items.find((i) => i.id === item.id)?.mark).toBeUndefined();
    await page.close();
  });

  it('snoozes until the morning of a chosen day; closing the day picker puts focus back on Snooze', async () => {
    const page = await signIn('en-GB', 'Your commitments');
    const items = (await report()).items;
    const item = items.filter(isTopLevel(items))[2] ?? items[0]!;
    const snooze = card(page, item.id).getByRole('button', { name: `Snooze “${item.title}”` });
    await snooze.click();
    await page.getByRole('menuitem', { name: 'Pick a date…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Snooze until the morning of a day' });
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => snooze.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);

    // Three days on (UTC): after today wherever the user is; the snooze ends at 08:00 on their clock that day.
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await snooze.click();
    await page.getByRole('menuitem', { name: 'Pick a date…' }).click();
    await page.getByTestId('snooze-day').fill(day);
    await dialog.getByRole('button', { name: 'Snooze' }).click();
    await expect.poll(() => page.locator(`[data-testid="risk-item"][data-item-id="${item.id}"]`).count(), { timeout: 10_000 }).toBe(0);
    const mark = (await report()).items.find((i) => i.id === item.id)?.mark;
    expect(mark?.kind).toBe('snoozed');
    const hoursFromDayStart = (Date.parse(mark?.kind === 'snoozed' ? mark.until : '') - Date.parse(`${day}T00:00:00Z`)) / 3_600_000;
    // 08:00 somewhere between UTC−12 and UTC+14 is between 18:00 the day before and 20:00 that day, in UTC.
    expect(hoursFromDayStart).toBeGreaterThanOrEqual(-6);
    expect(hoursFromDayStart).toBeLessThanOrEqual(20);
    await page.getByTestId('marked-toggle').click();
    await page.locator(`[data-testid="marked-item"][data-item-id="${item.id}"]`).getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.locator(`[data-testid="risk-item"][data-item-id="${item.id}"]`).count()).toBe(1);
    await page.close();
  });

  it('marks an item done for now: it stays in the done-for-now section across a reload until Undo', async () => {
    const page = await signIn('en-GB', 'Your commitments');
    const items = (await report()).items;
    const item = items.filter(isTopLevel(items))[1] ?? items[0]!;
    // Keyboard: focus the button and press Enter.
    await card(page, item.id).getByRole('button', { name: new RegExp(`^Done for now: “`) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`[data-testid="risk-item"][data-item-id="${item.id}"]`).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => polite(page)).toBe(`“${item.title}” is done for now.`);
    await page.reload();
    await expect.poll(() => page.getByTestId('marked-toggle').count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('marked-toggle').click();
    const row = page.locator(`[data-testid="marked-item"][data-item-id="${item.id}"]`);
    expect(await row.innerText()).toContain('Done for now: back when its state or its date to promise changes');
    await row.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(() => page.locator(`[data-testid="risk-item"][data-item-id="${item.id}"]`).count()).toBe(1);
    expect(await page.getByTestId('section-marked').count()).toBe(0);
    await page.close();
  });

  it('keeps the states apart in Teams dark and high contrast, switched live', async () => {
    const host = await openInTeamsHost(browser, base, { token: () => ssoTokenFor(sim, person.userPrincipalName) });
    const frame = await tabFrame(host.page);
    await frame.getByTestId('risk-item').first().waitFor({ timeout: 30_000 });
    const items = (await report()).items;
    const states = [...new Set(items.map((i) => i.state))].filter((s) => ['overdue', 'off-track', 'at-risk', 'on-track'].includes(s));
    for (const theme of ['dark', 'contrast'] as const) {
      await host.setTheme(theme);
      // Colours are read once Fluent's theme transition has finished.
      await frame.waitForFunction(
        () => (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document.getAnimations().every((a) => a.playState !== 'running'),
        undefined,
        { timeout: 10_000 },
      );
      const looks = await Promise.all(
        states.map((state) =>
          frame
            .locator(`[data-testid="risk-item"][data-state="${state}"] [data-testid="state-badge"]`)
            .first()
            .evaluate((el) => {
              const css = (globalThis as unknown as PageGlobals).getComputedStyle(el);
              return `${css.backgroundColor}|${css.color}|${css.borderColor}|${el.textContent}`;
            }),
        ),
      );
      // The word differs always; in dark the fills differ too (high contrast may map them to one system colour).
      expect(new Set(looks).size).toBe(states.length);
      await host.page.screenshot({ path: `${shots}/teams-${theme}.png` });
    }
    await host.close();
  });

  it('speaks German on a de-DE browser: heading, states, counts and actions', async () => {
    const page = await signIn('de-DE', 'Ihre Zusagen');
    const items = (await report('de-DE')).items;
    expect(await page.getByTestId('states-intro').innerText()).toContain('Was die vier Zustände bedeuten');
    const filters = await page.getByTestId('state-filters').innerText();
    expect(filters).toContain('Alle zeigen');
    if (items.some((i) => i.state === 'on-track')) expect(filters).toMatch(/\d+ im Plan/);
    const item = items.find(isTopLevel(items))!;
    const actions = card(page, item.id).getByTestId('item-actions');
    expect(await actions.getByRole('button', { name: `„${item.title}“ zurückstellen` }).count()).toBe(1);
    expect(await actions.innerText()).toMatch(/Update entwerfen[\s\S]*Zurückstellen[\s\S]*Vorerst erledigt/);
    const badges = await page.getByTestId('state-badge').allInnerTexts();
    expect(badges.every((b) => ['Überfällig', 'Nicht zu schaffen', 'Gefährdet', 'Im Plan', 'Später', 'Ohne Fälligkeit'].includes(b.trim()))).toBe(true);
    await page.screenshot({ path: `${shots}/german.png` });
    await page.close();
  });
});
