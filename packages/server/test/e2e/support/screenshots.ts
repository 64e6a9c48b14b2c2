// The pictures in docs/images, taken from the real tab against the simulator's demo organisation:
// `node scripts/screenshots.mjs` after `pnpm build` (or with UPFRONT_WEB_DIST for a build elsewhere).
// Each is what a person sees: the browser in light and at 360 px, Teams in dark and high contrast, the views,
// a meeting's side panel at 320 px, and the Outlook add-in pane while writing to Jonas (Office from office-addin-mock,
// as outlook.test.ts builds it).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { simDemo, ssoTokenFor } from '../../support.js';
import { FIRST_VIEW, nextDemoMeeting, startTabWorld, tabFrame, type TabWorld } from './tab-world.js';
import type { OfficeMockOptions } from './office-host.js';
import { openInTeamsHost } from './teams-host.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** support/office-host.ts and office-addin-mock as one browser script that stands in for office.js. */
async function officeMockScript(options: OfficeMockOptions): Promise<string> {
  const require = createRequire(import.meta.url);
  const manifestMain = createRequire(require.resolve('office-addin-mock')).resolve('office-addin-manifest');
  const result = await build({
    stdin: {
      contents: `import { createOfficeMock } from './office-host.ts';
        const { office, record } = createOfficeMock(globalThis.__officeMockOptions);
        globalThis.Office = office;
        globalThis.__officeRecord = record;`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    alias: { 'office-addin-manifest': join(dirname(manifestMain), 'officeApp.js') },
    logLevel: 'silent',
  });
  return `globalThis.__officeMockOptions = ${JSON.stringify(options)};\n${result.outputFiles[0]?.text ?? ''}`;
}

const out = process.env['SCREENSHOTS_DIR'] ?? fileURLToPath(new URL('../../../../../docs/images', import.meta.url));
type DemoUser = { userPrincipalName: string; displayName: string; timeZone: string };

/** A browser page signed in as `person` (their demo session stored, as the sign-in leaves it). */
async function browserTab(world: TabWorld, person: DemoUser, width: number, hash = ''): Promise<Page> {
  const page = await world.browser.newPage({ viewport: { width, height: 900 }, locale: 'en-GB', colorScheme: 'light' });
  const token = await ssoTokenFor(world.sim, person.userPrincipalName);
  await page.addInitScript(
    (session) => (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem('upfront.demo-session', session),
    JSON.stringify({ person, token }),
  );
  await page.goto(`${world.base}/${hash}`);
  await page.locator(FIRST_VIEW.risks).first().waitFor({ timeout: 30_000 });
  return page;
}

/** Waits until no spinner is left and fonts are drawn, so a picture shows the settled view. */
async function settle(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    for (let i = 0; i < 300 && (await frame.locator('[role="progressbar"]').count()) > 0; i += 1) await page.waitForTimeout(100);
  }
  await page.evaluate(() => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready);
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await settle(page);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  process.stdout.write(`${out}/${name}.png\n`);
}

mkdirSync(out, { recursive: true });
const world = await startTabWorld();
try {
  const { value: users } = await simDemo<{ value: DemoUser[] }>(world.sim, '/demo/users');
  const person = users[0];
  if (!person) throw new Error('no demo people');

  // The sign-in a first visit sees.
  const signIn = await world.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await signIn.goto(world.base);
  await signIn.getByRole('button', { name: new RegExp(person.displayName) }).first().waitFor({ timeout: 30_000 });
  await shoot(signIn, 'sign-in');
  await signIn.close();

  // Light, in a browser: Risks, then each other view by its tab.
  const light = await browserTab(world, person, 1280);
  await shoot(light, 'tab-browser');
  for (const [index, name] of [
    [1, 'updates-browser'],
    [2, 'people-browser'],
    [3, 'settings-browser'],
  ] as const) {
    await light.getByRole('tablist').first().getByRole('tab').nth(index).click();
    await shoot(light, name);
  }
  await light.close();

  // Narrow: a phone-width browser.
  const narrow = await browserTab(world, person, 360);
  await shoot(narrow, 'tab-narrow');
  await narrow.close();

  // Teams, dark and high contrast, switched live as a person does in Teams' settings.
  const teams = await openInTeamsHost(world.browser, world.base, { locale: 'en-gb', token: () => ssoTokenFor(world.sim, person.userPrincipalName) });
  await (await tabFrame(teams.page)).locator(FIRST_VIEW.risks).first().waitFor({ timeout: 30_000 });
  await teams.setTheme('dark');
  await shoot(teams.page, 'tab-dark');
  await teams.setTheme('contrast');
  await shoot(teams.page, 'tab-contrast');
  await teams.close();

  // A meeting's side panel, 320 px wide, for the person's next demo meeting.
  const meeting = await nextDemoMeeting(world.sim, person.userPrincipalName);
  if (meeting === undefined) throw new Error(`the simulator lists no meeting for ${person.userPrincipalName}`);
  const panel = await openInTeamsHost(world.browser, world.base, {
    frameContext: 'sidePanel',
    locale: 'en-gb',
    viewport: { width: 320, height: 900 },
    context: { chatId: meeting.chatId, meetingId: 'meeting-1' },
    token: () => ssoTokenFor(world.sim, person.userPrincipalName),
  });
  await (await tabFrame(panel.page)).locator(FIRST_VIEW.meetingPanel).first().waitFor({ timeout: 30_000 });
  await shoot(panel.page, 'meeting-panel');
  await panel.close();

  // The Outlook add-in pane (340 px) while the person writes to Jonas with Marcus in Cc.
  const office = await officeMockScript({
    mode: 'compose',
    to: [{ displayName: 'Jonas Weber', emailAddress: 'jonas.weber@northwind.example' }],
    cc: [{ displayName: 'Marcus Green', emailAddress: 'marcus.green@northwind.example' }],
    supports: { Mailbox: '1.13' },
  });
  const pane = await world.browser.newPage({ viewport: { width: 340, height: 900 }, locale: 'en-GB' });
  await pane.route(/^https:\/\//, (route) =>
    route.request().url() === OFFICE_JS ? route.fulfill({ contentType: 'text/javascript', body: office }) : route.abort(),
  );
  await pane.goto(`${world.base}/addin/taskpane.html`);
  await pane.getByRole('button', { name: person.displayName }).first().click({ timeout: 30_000 });
  await pane.locator('[data-testid="outlook-person"]').first().waitFor({ timeout: 30_000 });
  await shoot(pane, 'outlook-pane');
  await pane.close();
} finally {
  await world.close();
}
