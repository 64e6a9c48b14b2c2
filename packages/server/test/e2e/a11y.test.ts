import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ssoTokenFor } from '../support.js';
import { describeFindings, seriousViolations, type AxeFinding } from './support/axe.js';
import { demoPeople, nextDemoMeeting, startTabWorld, tabFrame, type TabWorld } from './support/tab-world.js';
import { openInTeamsHost } from './support/teams-host.js';

// axe-core on every view of the tab, in a plain browser and in the Teams host, in each theme: no serious or
// critical violation. Every finding is also written to test-results/a11y.json, for whoever fixes it.
const results = fileURLToPath(new URL('../../../../test-results', import.meta.url));
const found: { surface: string; view: string; theme: string; findings: AxeFinding[] }[] = [];

let world: TabWorld;
beforeAll(async () => {
  world = await startTabWorld();
});
afterAll(async () => {
  mkdirSync(results, { recursive: true });
  writeFileSync(`${results}/a11y.json`, JSON.stringify(found, null, 2));
  await world?.close();
});

const THEMES = ['default', 'dark', 'contrast'] as const;

/** Waits until the frame shows a view with no spinner left (Fluent's Spinner is a progressbar). */
async function settled(frame: Frame): Promise<void> {
  await expect.poll(() => frame.locator('[role="progressbar"]').count(), { timeout: 30_000 }).toBe(0);
  await frame.locator('main').first().waitFor();
  // Colours are read once Fluent's transitions (a theme switch, a tab's indicator) have finished.
  await frame.waitForFunction(
    () => (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document.getAnimations().every((a) => a.playState !== 'running'),
    undefined,
    { timeout: 10_000 },
  );
}

/** Every view of the personal tab (one per tab of its tab list), each checked with axe; returns what it found per view. */
async function auditViews(frame: Frame, surface: string, theme: string): Promise<void> {
  const tabs = frame.getByRole('tablist').first().getByRole('tab');
  await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBeGreaterThan(0);
  const count = await tabs.count();
  for (let i = 0; i < count; i += 1) {
    const tab = tabs.nth(i);
    const view = (await tab.innerText()).trim();
    await tab.click();
    await settled(frame);
    found.push({ surface, view, theme, findings: await seriousViolations(frame) });
  }
}

const failuresOf = (surface: string, theme: string) =>
  found
    .filter((f) => f.surface === surface && f.theme === theme && f.findings.length > 0)
    .map((f) => `${f.view}:\n${describeFindings(f.findings)}`)
    .join('\n\n');

async function signedInBrowserPage(theme: string, colorScheme: 'light' | 'dark', forcedColors: 'none' | 'active'): Promise<Page> {
  const [person] = await demoPeople(world.sim);
  if (!person) throw new Error('no demo people');
  const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme, forcedColors });
  await page.goto(world.base);
  const signIn = page.getByRole('button', { name: new RegExp(person.displayName) }).first();
  await signIn.waitFor({ timeout: 30_000 });
  found.push({ surface: 'browser', view: 'sign-in', theme, findings: await seriousViolations(page.mainFrame()) });
  await signIn.click();
  await page.getByTestId('risk-item').first().waitFor({ timeout: 30_000 });
  return page;
}

describe('axe-core finds no serious or critical violation', () => {
  for (const [theme, colorScheme, forcedColors] of [
    ['light', 'light', 'none'],
    ['dark', 'dark', 'none'],
    ['forced colours', 'light', 'active'],
  ] as const) {
    it(`in a plain browser (${theme}): the sign-in and every view`, async () => {
      const page = await signedInBrowserPage(theme, colorScheme, forcedColors);
      await auditViews(page.mainFrame(), 'browser', theme);
      await page.close();
      expect(failuresOf('browser', theme)).toBe('');
    });
  }

  it('in a Teams personal tab, in light, dark and high contrast switched live', async () => {
    const [person] = await demoPeople(world.sim);
    if (!person) throw new Error('no demo people');
    const host = await openInTeamsHost(world.browser, world.base, { token: () => ssoTokenFor(world.sim, person.userPrincipalName) });
    const frame = await tabFrame(host.page);
    await frame.getByTestId('risk-item').first().waitFor({ timeout: 30_000 });
    for (const theme of THEMES) {
      await host.setTheme(theme);
      await settled(frame);
      await auditViews(frame, 'Teams', theme);
    }
    await host.close();
    expect(THEMES.map((t) => failuresOf('Teams', t)).join('')).toBe('');
  });

  it('in a meeting side panel, in light, dark and high contrast', async () => {
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
    await host.waitFor('appInitialization.success');
    const frame = await tabFrame(host.page);
    await settled(frame);
    for (const theme of THEMES) {
      await host.setTheme(theme);
      await settled(frame);
      found.push({ surface: 'meeting panel', view: 'meeting', theme, findings: await seriousViolations(frame) });
    }
    await host.close();
    expect(THEMES.map((t) => failuresOf('meeting panel', t)).join('')).toBe('');
  });
});
