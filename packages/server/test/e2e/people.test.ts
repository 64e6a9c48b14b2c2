import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { PeopleList, RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { openInTeamsHost } from './support/teams-host.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

/** The page's globals as code evaluated in the page sees them (the server's tsconfig has no DOM types). */
interface PageGlobals {
  document: { activeElement: { textContent: string | null; getAttribute(name: string): string | null } | null; querySelector(selector: string): unknown };
  location: { hash: string };
}

type DemoPeople = { value: { userPrincipalName: string; displayName: string }[] };

/** What the API tells this person, to compare with what the page shows. */
async function api<T>(userPrincipalName: string, url: string): Promise<T> {
  const token = await ssoTokenFor(sim, userPrincipalName);
  const res = await app.inject({ url, headers: { authorization: `Bearer ${token}` } });
  expect(res.statusCode).toBe(200);
  return res.json() as T;
}

describe('the People view in a browser', () => {
  it("shows the user's people, and a changed deadline style changes how the Risks view reads that item", async () => {
    const { value: users } = await simDemo<DemoPeople>(sim, '/demo/users');
    const user = users[0];
    if (!user) throw new Error('no demo people');
    const people = await api<PeopleList>(user.userPrincipalName, '/api/people?horizonDays=14&locale=en-GB');
    const before = await api<RiskReport>(user.userPrincipalName, '/api/risks?horizonDays=14&locale=en-GB');
    // A person on the default style (close of their business day) with an item due: moving their reading to the
    // start of their business day moves that deadline earlier, so its words change.
    const target = people.people.find((p) => p.preference.deadlineStyle === undefined && p.owed.some((o) => o.deadlineAt !== undefined));
    if (!target) throw new Error('the demo user should owe a dated item to someone on the default style');
    const owed = target.owed.find((o) => o.deadlineAt !== undefined)!;
    const theirsBefore = before.items.find((i) => i.id === owed.itemId)?.deadlines.find((d) => d.stakeholderId?.toLowerCase() === target.id);
    if (!theirsBefore) throw new Error('the risk report should hold that person’s deadline');

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await page.goto(base);
    const signIn = page.getByRole('button', { name: new RegExp(user.displayName) }).first();
    await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
    await signIn.click();
    await page.getByRole('tab', { name: 'People' }).click();
    const cards = page.getByTestId('person-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(people.people.length);

    // Each person's card says what the API says: their city, their overlap sentence, what is owed in their words.
    const card = page.locator(`[data-testid="person-card"][data-person-id="${target.id}"]`);
    expect(await card.getByTestId('person-local-time').innerText()).toContain(target.city);
    const summary = await card.getByTestId('overlap-summary').innerText();
    expect(summary).toMatch(target.strip.overlap.length > 0 ? /^You overlap .+ your time$/ : /do not overlap|do not work/);
    expect(await card.getByTestId('owed-item').count()).toBe(target.owed.length);
    expect(await card.locator(`[data-testid="owed-item"][data-item-id="${owed.itemId}"]`).getByTestId('owed-deadline').innerText()).toContain(owed.inTheirZone ?? '');
    await page.screenshot({ path: `${screenshots}/people.png`, fullPage: true });
    await page.screenshot({ path: `${screenshots}/people-top.png` });

    // Change the person's deadline style inline and save: the confirmation takes the focus and is announced.
    const first = target.displayName.split(' ')[0] ?? target.displayName;
    await card.getByRole('radio', { name: 'Start of their business day' }).check();
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('announce-polite').innerText(), { timeout: 15_000 }).toContain(`Saved your settings for ${first}`);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-testid'))).toBe('person-saved');
    expect(await card.getByTestId('person-style').innerText()).toBe('Due dates read at the start of their business day');

    // The API now reads that deadline at the start of their business day: earlier, in other words.
    const after = await api<RiskReport>(user.userPrincipalName, '/api/risks?horizonDays=14&locale=en-GB');
    const theirsAfter = after.items.find((i) => i.id === owed.itemId)?.deadlines.find((d) => d.stakeholderId?.toLowerCase() === target.id);
    expect(theirsAfter?.style).toEqual({ kind: 'start-of-business-day' });
    expect(Date.parse(theirsAfter?.at ?? '')).toBeLessThan(Date.parse(theirsBefore.at));
    expect(theirsAfter?.inStakeholderZone).not.toBe(theirsBefore.inStakeholderZone);

    // The Risks view shows the item's deadline for that person the new way.
    await page.getByRole('tab', { name: 'Risks' }).click();
    const item = page.locator(`[data-testid="risk-item"][data-item-id="${owed.itemId}"]`);
    await expect.poll(() => item.count(), { timeout: 30_000 }).toBe(1);
    const deadlines = await item.getByTestId('deadline').allInnerTexts();
    expect(deadlines.some((d) => d.includes(theirsAfter?.inStakeholderZone ?? '—'))).toBe(true);
    expect(deadlines.some((d) => d.includes(theirsBefore.inStakeholderZone))).toBe(false);
    await page.close();
  });

  it('shows a second user only their own people', async () => {
    const { value: users } = await simDemo<DemoPeople>(sim, '/demo/users');
    const second = users[1];
    if (!second) throw new Error('the demo has one person only');
    const people = await api<PeopleList>(second.userPrincipalName, '/api/people?horizonDays=14&locale=en-GB');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await page.goto(`${base}/#people`);
    const signIn = page.getByRole('button', { name: new RegExp(second.displayName) }).first();
    await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
    await signIn.click();
    const cards = page.getByTestId('person-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(people.people.length);
    const shown = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-person-id')));
    expect(shown).toEqual(people.people.map((p) => p.id));
    // Refresh reads Microsoft 365 again, keeps the list on screen and the focus on the button, and says so.
    const refresh = page.getByRole('button', { name: 'Refresh' });
    await refresh.click();
    await expect.poll(() => page.getByTestId('announce-polite').innerText(), { timeout: 30_000 }).toBe('Read your people again from Microsoft 365.');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.textContent)).toBe('Refresh');
    expect(await cards.count()).toBe(people.people.length);
    // "Draft an update" on an owed item opens that item's update in the Updates view.
    const owedItem = people.people.flatMap((p) => p.owed)[0];
    if (owedItem) {
      await page.locator(`[data-testid="owed-item"][data-item-id="${owedItem.itemId}"]`).first().getByRole('button', { name: /^Draft an update to / }).click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent((globalThis as unknown as PageGlobals).location.hash)), { timeout: 10_000 }).toBe(`#updates/item/${owedItem.itemId}`);
      await page.getByRole('tab', { name: 'People' }).click();
      await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(people.people.length);
    }
    // Narrow (a side panel's width): the same people, the settings under the facts.
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await cards.count()).toBe(people.people.length);
    await page.screenshot({ path: `${screenshots}/people-narrow.png` });
    await page.close();
  });

  it('opens one person from the address in Teams, puts the focus on their name, and passes axe in dark and high contrast', async () => {
    const { value: users } = await simDemo<DemoPeople>(sim, '/demo/users');
    const user = users[0];
    if (!user) throw new Error('no demo people');
    const people = await api<PeopleList>(user.userPrincipalName, '/api/people?horizonDays=14&locale=de-DE');
    const person = people.people[0];
    if (!person) throw new Error('the demo user has no stakeholders');
    const host = await openInTeamsHost(browser, base, {
      theme: 'dark',
      locale: 'de-de',
      tabPath: `/#people/${encodeURIComponent(person.id)}`,
      token: () => ssoTokenFor(sim, user.userPrincipalName),
    });
    await host.waitFor('appInitialization.success');
    const cards = host.tab.getByTestId('person-card');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(1);
    expect(await cards.first().getAttribute('data-person-id')).toBe(person.id);
    const frame: Frame | null = await (await host.page.waitForSelector('#tab')).contentFrame();
    if (frame === null) throw new Error('the host has no tab frame');
    // The person's name has the focus, and the German words are the catalogue's.
    await expect.poll(() => frame.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.textContent ?? ''), { timeout: 10_000 }).toBe(person.displayName);
    expect(await host.tab.getByRole('button', { name: 'Alle anzeigen' }).count()).toBe(1);
    expect(await cards.first().getByRole('heading', { name: /^Ihre Einstellungen für / }).count()).toBe(1);

    // The tab's CSP refuses injected script tags; evaluating the source (DevTools protocol) is not a page script.
    await frame.evaluate(readFileSync(axePath, 'utf8'));
    for (const theme of ['dark', 'contrast'] as const) {
      await host.setTheme(theme);
      await host.page.waitForTimeout(300); // the theme repaints on the next frame; this wait only settles the picture
      await host.page.screenshot({ path: `${screenshots}/people-${theme}.png`, fullPage: true });
      const violations = await frame.evaluate(async () => {
        type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
        const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
        // This view only: the shell's tab list is the shell's (and the a11y audit's) to check.
        const result = await axe.run((globalThis as unknown as PageGlobals).document.querySelector('[data-testid="people-view"]'), { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, theme).toEqual([]);
    }

    // "Alle anzeigen" goes back to everyone.
    await host.tab.getByRole('button', { name: 'Alle anzeigen' }).click();
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(people.people.length);
    await host.close();
  });
});
