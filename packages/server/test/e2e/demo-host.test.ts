import { mkdirSync } from 'node:fs';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, simDemo, startSimulator } from '../support.js';
import { describeFindings, seriousViolations } from './support/axe.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

// The demo "Teams preview" host as a person uses it: the page at /demo-host/ served by the real server, its
// controls filled from the demo relay, the real tab framed and run by the real teams-js against the page's answers.
let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let context: BrowserContext;
let base: string;
const SHOTS = process.env.UPFRONT_SHOTS_DIR;

interface DemoUser { userPrincipalName: string; displayName: string }
interface DemoMeeting { chatId: string; subject: string; attendees: { name: string; address: string }[] }
interface AttributedElement { getAttribute(name: string): string | null }
/** What code evaluated in a page sees (the server's tsconfig has no DOM types). */
interface PageGlobals {
  document: { querySelector(selector: string): object | null; documentElement: { scrollWidth: number } };
  getComputedStyle(element: object): { backgroundColor: string; color: string };
}

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Offline: nothing leaves this machine (Microsoft's CDN included).
  await context.route(/^https:\/\//, (route) => route.abort());
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await sim?.close();
});

async function tabFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#tab')).contentFrame();
  if (frame === null) throw new Error('the preview has no tab frame');
  return frame;
}

const paint = (frame: Frame) =>
  frame.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    const root = page.document.querySelector('.fui-FluentProvider');
    const style = root === null ? undefined : page.getComputedStyle(root);
    return `${style?.backgroundColor ?? ''} / ${style?.color ?? ''}`;
  });

describe('the demo Teams preview', () => {
  it("shows Maya's meeting side panel with its attendees, and follows a theme switched live", async () => {
    const { value: users } = await simDemo<{ value: DemoUser[] }>(sim, '/demo/users');
    const maya = users.find((u) => u.displayName === 'Maya Brooks');
    if (!maya) throw new Error('the demo organisation has no Maya Brooks');
    const { value: meetings } = await simDemo<{ value: DemoMeeting[] }>(sim, `/demo/meetings/${encodeURIComponent(maya.userPrincipalName)}`);
    const meeting = meetings.find((m) => m.subject === 'Rate-limit rollout: partner go/no-go') ?? meetings[0];
    if (!meeting) throw new Error('Maya has no Teams meeting in the next two weeks');

    const page = await context.newPage();
    const scriptErrors: string[] = [];
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    await page.goto(`${base}/demo-host/`);
    await page.locator(`#person option[value="${maya.userPrincipalName}"]`).waitFor({ state: 'attached' });
    await page.selectOption('#person', maya.userPrincipalName);
    await page.selectOption('#surface', 'sidePanel');
    await page.locator(`#meeting option[value="${meeting.chatId}"]`).waitFor({ state: 'attached' });
    await page.selectOption('#meeting', meeting.chatId);

    const hostFindings = await seriousViolations(page.mainFrame());
    expect(hostFindings, describeFindings(hostFindings)).toEqual([]);
    const frame = await tabFrame(page);
    const panel = frame.locator('[data-testid="meeting-panel"]');
    await expect.poll(() => panel.getAttribute('data-phase').catch(() => null), { timeout: 45_000 }).toBe('ready');
    await expect.poll(() => frame.locator('h1').textContent()).toBe(meeting.subject);
    const attendees = await frame.locator('[data-testid="meeting-attendee"]').evaluateAll((els: AttributedElement[]) => els.map((e) => e.getAttribute('data-attendee') ?? ''));
    expect(attendees.sort()).toEqual(meeting.attendees.map((a) => a.address.toLowerCase()).sort());
    // The side panel is Teams' 320 px (inside the frame's border), and nothing runs off its side.
    expect(await frame.evaluate(() => (globalThis as unknown as { innerWidth: number }).innerWidth)).toBe(320);
    expect(await frame.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/demo-host-side-panel.png` });
    // The address now names what is shown, so it can be shared or reloaded.
    const address = new URL(page.url()).searchParams;
    expect(Object.fromEntries(address)).toMatchObject({ person: maya.userPrincipalName, surface: 'sidePanel', meeting: meeting.chatId });

    // The theme switches live: no reload, the tab repaints.
    await expect.poll(() => paint(frame)).not.toBe(' / ');
    const light = await paint(frame);
    await page.selectOption('#theme', 'dark');
    await expect.poll(() => paint(frame)).not.toBe(light);
    const dark = await paint(frame);
    // Teams' dark theme: a dark background (every channel below the middle).
    expect(dark).toMatch(/^rgb\((\d{1,2}|1[01]\d), (\d{1,2}|1[01]\d), (\d{1,2}|1[01]\d)\)/);
    await page.selectOption('#theme', 'contrast');
    await expect.poll(() => paint(frame)).not.toBe(dark);
    // Still the same panel (a live switch, not a reload).
    expect(await panel.getAttribute('data-phase')).toBe('ready');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/demo-host-side-panel-contrast.png` });
    // The preview's own controls are labelled and readable, in high contrast as in light.
    const findings = await seriousViolations(page.mainFrame());
    expect(findings, describeFindings(findings)).toEqual([]);
    expect(scriptErrors).toEqual([]);
    await page.close();
  });

  it('opens the personal tab as Outlook shows it, in the host locale its address names', async () => {
    const page = await context.newPage();
    // A link names the surface and locale (the page writes its choices into its address).
    await page.goto(`${base}/demo-host/?surface=outlook&locale=fr-fr`);
    await page.locator('#person option').first().waitFor({ state: 'attached' });
    expect(await page.locator('#surface').inputValue()).toBe('outlook');
    const frame = await tabFrame(page);
    await expect.poll(() => frame.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang), { timeout: 30_000 }).toBe('fr-FR');
    // Signed in with the relay's token: Maya's open items, in French.
    await frame.locator('[data-testid="risk-item"]').first().waitFor({ timeout: 45_000 });
    expect(await frame.getByRole('tab', { name: 'Risques' }).count()).toBe(1);
    expect(await page.locator('#meeting').isDisabled()).toBe(true);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/demo-host-outlook-fr.png` });
    await page.close();
  });
});
