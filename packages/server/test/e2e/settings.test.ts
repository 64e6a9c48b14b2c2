import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RiskReport, SuggestionList, WorkSettingsResponse } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { describeFindings, seriousViolations } from './support/axe.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

const screenshots = process.env.UPFRONT_SHOTS ?? fileURLToPath(new URL('../../../../test-results', import.meta.url));

let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let upn: string;
let auth: { authorization: string };

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  upn = await mainDemoUser(sim);
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, upn)}` };
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

beforeEach(async () => {
  await app.inject({ method: 'DELETE', url: '/api/settings/work', headers: auth });
});

/** Signs in as the main demo user in a plain browser and opens one view of the personal tab. */
async function openView(view: 'risks' | 'updates' | 'settings', locale: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale, timezoneId: 'America/Los_Angeles' });
  await page.goto(base);
  const { value: people } = await simDemo<{ value: { userPrincipalName: string; displayName: string }[] }>(sim, '/demo/users');
  const me = people.find((p) => p.userPrincipalName === upn);
  if (!me) throw new Error('the main demo user is missing');
  const signIn = page.getByRole('button', { name: new RegExp(me.displayName) }).first();
  await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
  await signIn.click();
  await expect.poll(() => page.getByTestId(`view-tab-${view}`).count(), { timeout: 30_000 }).toBe(1);
  await page.getByTestId(`view-tab-${view}`).click();
  return page;
}

/** The page's globals the tests read (the server's tsconfig has no DOM library). */
interface PageElement {
  readonly type?: string;
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
}
interface PageGlobals {
  document: { activeElement: PageElement | null; documentElement: { scrollWidth: number } };
}

/** The test id of the focused element, or of the nearest element around it that has one. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => {
    const active = (globalThis as unknown as PageGlobals).document.activeElement;
    return active?.getAttribute('data-testid') ?? active?.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
  });

// Fluent's Slider puts its props on the range input itself (its primary slot).
const focusSlider = (page: Page) => page.locator('input[type="range"][data-testid="work-focusFactor"]');

describe('the Settings view in a browser', () => {
  it('lowers the focus factor with the keyboard, and Risks shows an on-track item at risk or worse', async () => {
    // The demo world is built relative to today: find an on-track item and the focus factor that takes it off track.
    const report = (await app.inject({ url: '/api/risks', headers: auth })).json() as RiskReport;
    const item = report.items.find((i) => i.state === 'on-track' && i.figures.freeMinutes > 0);
    if (!item) throw new Error('the demo should have an on-track item');
    const { neededMinutes, marginMinutes, freeMinutes } = item.figures;
    // Usable minutes scale with the focus factor: free at f = free at 0.7 × f / 0.7. On track needs needed + margin.
    let steps = 1;
    while (steps < 12 && (freeMinutes * (0.7 - steps * 0.05)) / 0.7 >= neededMinutes + marginMinutes) steps += 1;

    const page = await openView('settings', 'de-DE');
    const slider = focusSlider(page);
    await expect.poll(() => slider.count(), { timeout: 30_000 }).toBe(1);
    // German numbers: 0,7 (the default), with a decimal comma.
    expect(await page.getByTestId('work-focusFactor-value').textContent()).toContain('0,7');
    await slider.focus();
    for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowLeft');
    const chosen = Math.round((0.7 - steps * 0.05) * 100) / 100;
    expect(await page.getByTestId('work-focusFactor-value').textContent()).toContain(String(chosen).replace('.', ','));
    expect(await page.getByTestId('work-unsaved').count()).toBe(1);
    await page.screenshot({ path: `${screenshots}/settings-de.png`, fullPage: true });

    // Save by keyboard: Tab to the button is long, so Enter in the form submits it; focus lands on Save.
    await page.getByTestId('work-save').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('announce-polite').textContent(), { timeout: 15_000 }).toContain('gespeichert');
    expect(await focusedTestId(page)).toBe('work-save');
    const saved = (await app.inject({ url: '/api/settings/work', headers: auth })).json() as WorkSettingsResponse;
    expect(saved.settings.focusFactor).toBe(chosen);

    await page.getByTestId('view-tab-risks').click();
    const row = page.locator(`[data-testid="risk-item"][data-item-id="${CSS_escape(item.id)}"]`);
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).not.toBe('on-track');
    await page.close();
  });

  it('turns meeting briefs off, and they leave Updates; Reset brings them back', async () => {
    const before = (await app.inject({ url: '/api/suggestions', headers: auth })).json() as SuggestionList;
    const briefs = before.value.filter((s) => s.kind === 'meeting-brief').length;
    expect(briefs).toBeGreaterThan(0);

    const page = await openView('settings', 'en-US');
    const toggle = page.getByRole('switch', { name: 'Brief before a meeting' });
    await expect.poll(() => toggle.count(), { timeout: 30_000 }).toBe(1);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('announce-polite').textContent(), { timeout: 15_000 }).toContain('saved');

    await page.getByTestId('view-tab-updates').click();
    const cards = page.getByTestId('suggestion');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(before.value.length - briefs);
    expect(await page.locator('[data-testid="suggestion"][data-kind="meeting-brief"]').count()).toBe(0);

    await page.getByTestId('view-tab-settings').click();
    const reset = page.getByRole('button', { name: 'Reset to defaults' });
    await expect.poll(() => reset.count(), { timeout: 30_000 }).toBe(1);
    await reset.click();
    await expect.poll(() => page.getByTestId('announce-polite').textContent(), { timeout: 15_000 }).toContain('back to the defaults');
    // Focus goes to the first preference, the focus factor.
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.type)).toBe('range');
    expect(await page.getByRole('switch', { name: 'Brief before a meeting' }).isChecked()).toBe(true);
    await page.close();
  });

  it('refuses a default effort typed out of range, says why, and saves nothing', async () => {
    const page = await openView('settings', 'fr-FR');
    const low = page.locator('[data-testid="work-low"] input, input[data-testid="work-low"]').first();
    await expect.poll(() => low.count(), { timeout: 30_000 }).toBe(1);
    await low.fill('99');
    await low.press('Tab');
    await expect.poll(() => page.getByText('Saisissez entre 0,25 et 40 heures.').count()).toBe(1);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.getByTestId('announce-assertive').textContent()).toContain('Une valeur doit être corrigée');
    expect(await focusedTestId(page)).toBe('work-low');
    expect(((await app.inject({ url: '/api/settings/work', headers: auth })).json() as WorkSettingsResponse).updatedAt).toBeUndefined();
    // A French decimal comma is read as such: 2,5 hours.
    await low.fill('2,5');
    await low.press('Tab');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(async () => ((await app.inject({ url: '/api/settings/work', headers: auth })).json() as WorkSettingsResponse).settings.defaultEffortHours.low, { timeout: 15_000 }).toBe(2.5);
    await page.close();
  });

  it('previews the weekly digest from Settings', async () => {
    const page = await openView('settings', 'en-US');
    const digest = page.getByTestId('digest');
    const button = digest.getByRole('button', { name: 'Preview the next digest' });
    await expect.poll(() => button.count(), { timeout: 30_000 }).toBe(1);
    await button.click();
    await expect.poll(() => digest.getByTestId('digest-preview').count(), { timeout: 30_000 }).toBe(1);
    expect((await digest.getByTestId('digest-preview').textContent())?.length ?? 0).toBeGreaterThan(40);
    // Focus moves to the preview, which is announced.
    expect(await focusedTestId(page)).toBe('digest-preview');
    await page.screenshot({ path: `${screenshots}/settings-en.png`, fullPage: true });
    // Every control is named by its label, and axe finds nothing serious.
    expect(await page.getByRole('slider', { name: 'Focus factor' }).count()).toBe(1);
    expect(await page.getByRole('spinbutton', { name: 'High importance' }).count()).toBe(1);
    const findings = await seriousViolations(page.mainFrame());
    expect(findings, describeFindings(findings)).toEqual([]);
    // Narrow (a Teams window pushed aside): every field still fits, nothing scrolls sideways.
    await page.setViewportSize({ width: 380, height: 900 });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await page.screenshot({ path: `${screenshots}/settings-narrow.png`, fullPage: true });
    await page.close();
  });
});

/** CSS.escape for attribute values in a selector (ids from Graph carry `=` and `-`). */
function CSS_escape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
