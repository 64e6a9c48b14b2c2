import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { openInTeamsHost, type TeamsHost } from './support/teams-host.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let base: string;
let upn: string;

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  upn = await mainDemoUser(sim);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

/** The framed tab as a Playwright frame (for evaluating in it). */
async function tabFrame(host: TeamsHost): Promise<Frame> {
  const handle = await host.page.waitForSelector('#tab');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('the host has no tab frame');
  return frame;
}

/** The page globals the evaluated functions read (the server's tsconfig has no DOM types). */
interface PageGlobals {
  document: {
    activeElement: { tagName: string; textContent: string | null } | null;
    documentElement: { lang: string };
    querySelector(selector: string): object | null;
  };
  getComputedStyle(element: object): { backgroundColor: string; color: string };
}

/** The tag name and text of the focused element of a page or frame. */
function focused(target: Page | Frame): Promise<{ tag: string; text: string }> {
  return target.evaluate(() => {
    const { document } = globalThis as unknown as PageGlobals;
    return { tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent ?? '' };
  });
}

describe('a plain browser', () => {
  it('never loads teams-js, signs in with the demo sign-in, and moves focus to the main heading', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(base);
    await page.getByRole('button', { name: /./ }).first().waitFor();
    const person = page.locator('ul[aria-label] button').first();
    await person.click();
    await expect.poll(() => page.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await focused(page)).tag).toBe('H1');
    // The only chunk named after teams-js is the one a host frame imports; a top-level page never asks for it.
    expect(requested.filter((url) => /teams-js/i.test(url))).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    // Switching person goes back to the sign-in page, focus on its heading.
    await page.getByRole('button', { name: 'Switch person' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('Sign in as a person of the demo organisation');
    await page.close();
  });

  it('keeps the view in the address: a switch moves focus to its heading, a reload stays there', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.locator('ul[aria-label] button').first().click();
    await page.getByTestId('view-tab-updates').click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#updates');
    await expect.poll(async () => (await focused(page)).tag, { timeout: 20_000 }).toBe('H1');
    await page.reload();
    await expect.poll(() => page.getByTestId('view-tab-updates').getAttribute('aria-selected')).toBe('true');
    await page.goto(`${base}/#settings`);
    await expect.poll(() => page.getByTestId('view-tab-settings').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });
});

describe('the personal tab in a host', () => {
  it.each(['Teams', 'TeamsModern', 'Outlook', 'OutlookWin32', 'Office'] as const)(
    'starts in %s: initialize, context, token, notifySuccess before the risks arrive, then the risks',
    async (hostName) => {
      const host = await openInTeamsHost(browser, base, { hostName, token: () => ssoTokenFor(sim, upn) });
      // Hold the risk report until the host has heard "success": the first view can render without its data.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await host.page.context().route(/\/api\/risks/, async (route) => {
        await held;
        await route.continue();
      });
      await host.waitFor('appInitialization.success');
      expect(await host.tab.getByTestId('risk-item').count()).toBe(0);
      release();
      await expect.poll(() => host.tab.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      const funcs = (await host.log()).map((entry) => entry.func);
      expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
      expect(funcs.indexOf('authentication.getAuthToken')).toBeLessThan(funcs.indexOf('appInitialization.success'));
      expect(funcs).not.toContain('appInitialization.failure');
      await host.close();
    },
  );

  it("writes the host's locale: German view names and lang=de-DE from de-de", async () => {
    const host = await openInTeamsHost(browser, base, { locale: 'de-de', token: () => ssoTokenFor(sim, upn) });
    await host.waitFor('appInitialization.success');
    for (const name of ['Risiken', 'Updates', 'Personen', 'Einstellungen']) {
      await expect.poll(() => host.tab.getByRole('tab', { name, exact: true }).count()).toBe(1);
    }
    expect(await host.tab.getByRole('tab', { name: 'People' }).count()).toBe(0);
    expect(await (await tabFrame(host)).evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.lang)).toBe('de-DE');
    await host.close();
  });

  it('follows the theme live: light, dark and high contrast paint the page differently', async () => {
    const host = await openInTeamsHost(browser, base, { theme: 'default', token: () => ssoTokenFor(sim, upn) });
    await host.waitFor('appInitialization.success');
    const frame = await tabFrame(host);
    const colours = () =>
      frame.evaluate(() => {
        const page = globalThis as unknown as PageGlobals;
        const root = page.document.querySelector('.fui-FluentProvider');
        const style = root === null ? undefined : page.getComputedStyle(root);
        return `${style?.backgroundColor ?? ''} / ${style?.color ?? ''}`;
      });
    await expect.poll(colours).not.toBe(' / ');
    const light = await colours();
    await host.setTheme('dark');
    await expect.poll(colours).not.toBe(light);
    const dark = await colours();
    await host.setTheme('contrast');
    await expect.poll(colours).not.toBe(dark);
    const contrast = await colours();
    expect(new Set([light, dark, contrast]).size).toBe(3);
    // Teams' dark theme: a dark background (every channel below the middle), light text.
    expect(dark).toMatch(/^rgb\((\d{1,2}|1[01]\d), (\d{1,2}|1[01]\d), (\d{1,2}|1[01]\d)\)/);
    await host.close();
  });
});

describe('a meeting side panel', () => {
  it('is recognised from the frame context: the meeting panel, no tab strip, the meeting in the session', async () => {
    const host = await openInTeamsHost(browser, base, {
      frameContext: 'sidePanel',
      hostName: 'TeamsModern',
      viewport: { width: 320, height: 800 },
      context: { chatId: '19:meeting_abc@thread.v2', meetingId: 'meeting-1', userPrincipalName: upn },
      token: () => ssoTokenFor(sim, upn),
    });
    await host.waitFor('appInitialization.success');
    await host.tab.locator('[data-view="meeting"]').waitFor({ timeout: 30_000 });
    expect(await host.tab.getByTestId('view-tab-risks').count()).toBe(0);
    await host.close();
  });
});

describe('sign-in through the host', () => {
  it('tells the host it cannot start when no token comes, shows why with a retry, and starts on retry', async () => {
    let failing = true;
    const host = await openInTeamsHost(browser, base, {
      token: async () => (failing ? 'error:resourceDisabled' : ssoTokenFor(sim, upn)),
    });
    const failure = await host.waitFor('appInitialization.failure');
    // teams-js sends `notifyFailure({ reason, message })` as its positional arguments.
    expect((failure.args as unknown[]).slice(0, 2)).toEqual(['AuthFailed', 'resourceDisabled']);
    await host.tab.getByTestId('sign-in-failed').waitFor();
    expect(await host.tab.getByTestId('sign-in-failed').textContent()).toContain('resourceDisabled');
    failing = false;
    await host.tab.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => host.tab.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await host.close();
  });

  it('gets a fresh token once when the API refuses one, then says the sign-in failed instead of looping', async () => {
    const host = await openInTeamsHost(browser, base, { token: async () => 'not.a.token' });
    await host.tab.getByTestId('sign-in-failed').waitFor({ timeout: 30_000 });
    const asked = (await host.log()).filter((entry) => entry.func === 'authentication.getAuthToken').length;
    // 1 at start, 1 for the first check, 1 fresh one after the 401; the second 401 ends it.
    expect(asked).toBe(3);
    expect((await host.log()).map((entry) => entry.func)).toContain('appInitialization.success');
    await host.close();
  });

  it("asks for consent, grants it in the simulator's authorize page through the real pop-up, and loads the risks", async () => {
    await simDemo(sim, '/demo/consent', { userPrincipalName: upn, granted: false });
    const host = await openInTeamsHost(browser, base, {
      secure: true,
      authenticate: 'popup',
      context: { userPrincipalName: upn, loginHint: upn },
      token: () => ssoTokenFor(sim, upn),
    });
    await host.tab.getByTestId('consent-needed').waitFor({ timeout: 30_000 });
    const popupOpened = host.page.waitForEvent('popup');
    await host.tab.getByRole('button', { name: 'Grant permissions' }).click();
    const popup = await popupOpened;
    await popup.waitForURL(/\/oauth2\/v2\.0\/authorize\?/);
    await popup.getByRole('button', { name: 'Accept' }).click();
    await host.waitFor('popup:authentication.authenticate.success');
    await expect.poll(() => host.tab.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await focused(await tabFrame(host))).tag).toBe('H1');
    const authenticate = (await host.log()).find((entry) => entry.func === 'authentication.authenticate');
    const url = new URL(String((authenticate?.args as unknown[])[0]));
    expect(url.origin).toBe(host.origin);
    expect(url.pathname).toBe('/auth-start.html');
    expect(url.searchParams.get('loginHint')).toBe(upn);
    await host.close();
  });

  it('says so, and keeps the button, when the person cancels in the authorize page', async () => {
    await simDemo(sim, '/demo/consent', { userPrincipalName: upn, granted: false });
    const host = await openInTeamsHost(browser, base, {
      secure: true,
      context: { loginHint: upn },
      token: () => ssoTokenFor(sim, upn),
    });
    await host.tab.getByTestId('consent-needed').waitFor({ timeout: 30_000 });
    const popupOpened = host.page.waitForEvent('popup');
    await host.tab.getByRole('button', { name: 'Grant permissions' }).click();
    await (await popupOpened).getByRole('button', { name: 'Cancel' }).click();
    await host.waitFor('popup:authentication.authenticate.failure');
    await expect.poll(() => host.tab.getByTestId('consent-needed').textContent()).toContain('AADSTS65004');
    expect(await host.tab.getByRole('button', { name: 'Grant permissions' }).isEnabled()).toBe(true);
    expect(await host.tab.getByTestId('risk-item').count()).toBe(0);
    await host.close();
    await simDemo(sim, '/demo/consent', { userPrincipalName: upn, granted: true });
  });
});
