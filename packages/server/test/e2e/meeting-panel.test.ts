import { mkdirSync } from 'node:fs';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { describeFindings, seriousViolations } from './support/axe.js';
import { openInTeamsHost, type TeamsHost } from './support/teams-host.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

// The meeting side panel as Teams shows it: the real tab, run by the real teams-js in a Teams-like host with frame
// context `sidePanel`, 320 px wide, for a real demo meeting of the simulator (its chat id from /demo/meetings).
let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let upn: string;
const hosts: TeamsHost[] = [];
const SHOTS = process.env.UPFRONT_SHOTS_DIR;

interface DemoMeeting { eventId: string; chatId: string; subject: string; start: string; attendees: { name: string; address: string }[] }
/** What code evaluated in the tab's page sees (the server's tsconfig has no DOM types). */
interface PageGlobals {
  document: { documentElement: { scrollWidth: number }; activeElement: { getAttribute(name: string): string | null } | null };
  getComputedStyle(el: unknown): { color: string; backgroundColor: string };
}
interface AttributedElement { getAttribute(name: string): string | null; textContent: string | null }
const STATE_WORDS: Readonly<Record<string, string>> = { overdue: 'Overdue', 'off-track': 'Off track', 'at-risk': 'At risk', 'on-track': 'On track', later: 'Later', 'no-due-date': 'No due date' };

interface Mailbox { drafts: { id: string; subject: string; toRecipients: { emailAddress: { address: string } }[] }[] }

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  upn = await mainDemoUser(sim);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await browser?.close();
  await app?.close();
  await sim?.close();
});

const goNoGo = async (): Promise<DemoMeeting> => {
  const { value } = await simDemo<{ value: DemoMeeting[] }>(sim, `/demo/meetings/${encodeURIComponent(upn)}`);
  const meeting = value.find((m) => m.subject === 'Rate-limit rollout: partner go/no-go');
  if (!meeting) throw new Error('the demo has no go/no-go meeting in the next two weeks');
  return meeting;
};

async function openPanel(chatId: string | undefined, options: { locale?: string; theme?: 'default' | 'dark' | 'contrast' } = {}): Promise<{ host: TeamsHost; frame: Frame }> {
  const host = await openInTeamsHost(browser, base, {
    frameContext: 'sidePanel',
    hostName: 'TeamsModern',
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.theme ? { theme: options.theme } : {}),
    context: chatId === undefined ? {} : { chatId, meetingId: `meeting-${chatId}`, userPrincipalName: upn },
    token: () => ssoTokenFor(sim, upn),
    viewport: { width: 320, height: 800 },
  });
  hosts.push(host);
  const handle = await host.page.waitForSelector('#tab');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('the host has no tab frame');
  return { host, frame };
}

const phaseOf = (frame: Frame) => frame.locator('[data-testid="meeting-panel"]').getAttribute('data-phase').catch(() => null);

describe('the meeting side panel in Teams', () => {
  it("shows a real meeting's attendees with what is owed, and saves a heads-up to Outlook drafts in one click", async () => {
    const meeting = await goNoGo();
    const { host, frame } = await openPanel(meeting.chatId, { locale: 'en-us' });
    await host.waitFor('appInitialization.success', 30_000);
    await expect.poll(() => phaseOf(frame), { timeout: 45_000 }).toBe('ready');
    await expect.poll(() => frame.locator('h1').textContent()).toBe(meeting.subject);
    // Every attendee of the meeting has a card; at 320 px nothing runs off the side.
    const attendees = await frame.locator('[data-testid="meeting-attendee"]').evaluateAll((els: AttributedElement[]) => els.map((e) => e.getAttribute('data-attendee') ?? ''));
    expect(attendees.sort()).toEqual(meeting.attendees.map((a) => a.address.toLowerCase()).sort());
    expect(await frame.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // What Maya owes them shows with its state in a word.
    const owed = frame.locator('[data-testid="meeting-owed"]');
    expect(await owed.count()).toBeGreaterThan(0);
    const states = await owed.evaluateAll((els: AttributedElement[]) => els.map((e) => ({ state: e.getAttribute('data-state') ?? '', said: e.textContent ?? '' })));
    for (const { state, said } of states) expect(said).toContain(STATE_WORDS[state] ?? `a word for ${state}`);
    expect(await frame.locator('[data-testid="talking-points"] li').count()).toBeGreaterThan(0);
    const findings = await seriousViolations(frame);
    expect(findings, describeFindings(findings)).toEqual([]);
    if (SHOTS) await host.page.screenshot({ path: `${SHOTS}/meeting-panel.png`, fullPage: true });

    // One click: the heads-up is saved to Outlook drafts, its link shown and focused, the result announced.
    const card = frame.locator('[data-testid="meeting-attendee"]', { has: frame.locator('[data-testid="heads-up"]') }).first();
    const attendee = await card.getAttribute('data-attendee');
    await card.getByRole('button', { name: 'Draft heads-up' }).click();
    const link = card.getByTestId('draft-link');
    await link.waitFor({ timeout: 30_000 });
    await expect.poll(() => frame.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-testid') ?? '')).toBe('draft-link');
    await expect.poll(() => frame.getByTestId('announce-polite').textContent()).toContain('saved in your Outlook drafts');
    const mailbox = await simDemo<Mailbox>(sim, `/demo/mailbox/${encodeURIComponent(upn)}`);
    const drafts = mailbox.drafts.filter((d) => d.toRecipients.some((r) => r.emailAddress.address.toLowerCase() === attendee));
    expect(drafts).toHaveLength(1);
    if (SHOTS) await host.page.screenshot({ path: `${SHOTS}/meeting-panel-drafted.png`, fullPage: true });

    // Opened again, the panel knows the draft: the link, not a second draft.
    const again = await openPanel(meeting.chatId, { locale: 'en-us' });
    await expect.poll(() => phaseOf(again.frame), { timeout: 45_000 }).toBe('ready');
    await again.frame.locator(`[data-attendee="${attendee}"] [data-testid="draft-link"]`).waitFor();
    expect((await simDemo<Mailbox>(sim, `/demo/mailbox/${encodeURIComponent(upn)}`)).drafts.filter((d) => d.toRecipients.some((r) => r.emailAddress.address.toLowerCase() === attendee))).toHaveLength(1);
  });

  it('writes in the host language and follows dark and high-contrast themes without serious accessibility violations', async () => {
    const meeting = await goNoGo();
    const { host, frame } = await openPanel(meeting.chatId, { locale: 'de-de', theme: 'dark' });
    await expect.poll(() => phaseOf(frame), { timeout: 45_000 }).toBe('ready');
    await expect.poll(() => frame.getByRole('button', { name: 'Aktualisieren' }).count()).toBe(1);
    const findings = await seriousViolations(frame);
    expect(findings, describeFindings(findings)).toEqual([]);
    if (SHOTS) await host.page.screenshot({ path: `${SHOTS}/meeting-panel-de-dark.png`, fullPage: true });
    // Teams' high contrast, switched live as a person does in Teams' settings.
    const paint = () => frame.locator('.fui-FluentProvider').first().evaluate((el) => {
      const style = (globalThis as unknown as PageGlobals).getComputedStyle(el);
      return `${style.backgroundColor} / ${style.color}`;
    });
    const darkPaint = await paint();
    await host.setTheme('contrast');
    await expect.poll(paint, { timeout: 10_000 }).not.toBe(darkPaint);
    const contrast = await seriousViolations(frame);
    expect(contrast, describeFindings(contrast)).toEqual([]);
    if (SHOTS) await host.page.screenshot({ path: `${SHOTS}/meeting-panel-contrast.png`, fullPage: true });
  });

  it('says what to do in a chat that is not a meeting, and outside any chat', async () => {
    const { groupChatId } = await simDemo<{ groupChatId: string }>(sim, `/demo/meetings/${encodeURIComponent(upn)}`);
    const group = await openPanel(groupChatId, { locale: 'en-us' });
    await expect.poll(() => phaseOf(group.frame), { timeout: 45_000 }).toBe('failed');
    const bar = group.frame.locator('[data-problem-code="MEETING_CHAT_NOT_A_MEETING"]');
    await expect.poll(() => bar.textContent()).toContain('side panel of a meeting');
    expect(await bar.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    if (SHOTS) await group.host.page.screenshot({ path: `${SHOTS}/meeting-panel-not-a-meeting.png` });
    const none = await openPanel(undefined, { locale: 'en-us' });
    await expect.poll(() => phaseOf(none.frame), { timeout: 45_000 }).toBe('no-chat');
    expect(await none.frame.getByText('Open Upfront in a meeting').count()).toBe(1);
  });
});
