import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RiskReport, SuggestionList } from '@upfront/contracts';
import { createMailMessages } from '@upfront/core';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { seriousViolations } from './support/axe.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

const screenshots = fileURLToPath(new URL('../../../../test-results', import.meta.url));

interface Mailbox {
  drafts: { id: string; subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[]; deferredSendAt: string | null }[];
  outbox: unknown[];
  sent: unknown[];
}

/** The page's globals the evaluated functions read (the server's TypeScript has no DOM library). */
interface InPage {
  location: { hash: string };
  document: { activeElement: { textContent: string | null; value?: string } | null };
  navigator: { clipboard: { readText(): Promise<string> } };
}

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
  upn = await mainDemoUser(sim);
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  mkdirSync(screenshots, { recursive: true });
});
beforeEach(async () => {
  await simDemo(sim, '/demo/reset', {});
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

async function api<T>(url: string, method: 'GET' | 'POST' = 'GET'): Promise<T> {
  const token = await ssoTokenFor(sim, upn);
  const res = await app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
  expect(res.statusCode).toBe(200);
  return res.json() as T;
}
const mailbox = () => simDemo<Mailbox>(sim, `/demo/mailbox/${upn}`);

/** Signs in as the main demo user in a browser of this locale (clipboard allowed), and opens Updates (or `hash`). */
async function openUpdates(locale: string, hash = '#updates'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale, timezoneId: 'America/Los_Angeles', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.on('dialog', () => {
    throw new Error('a dialog opened: text from Graph ran as script');
  });
  await page.goto(base);
  const { value: people } = await simDemo<{ value: { userPrincipalName: string; displayName: string }[] }>(sim, '/demo/users');
  const me = people.find((p) => p.userPrincipalName === upn);
  if (!me) throw new Error('the main demo user is missing');
  const signIn = page.getByRole('button', { name: new RegExp(me.displayName) }).first();
  await expect.poll(() => signIn.count(), { timeout: 30_000 }).toBe(1);
  await signIn.click();
  await expect.poll(() => page.getByTestId('view-tab-updates').count(), { timeout: 30_000 }).toBe(1);
  await page.evaluate((h) => {
    (globalThis as unknown as InPage).location.hash = h;
  }, hash);
  return page;
}

const announced = (page: Page) => page.getByTestId('announce-polite').textContent();

describe('the Updates view in a browser', () => {
  it('opens the heads-up to Jonas, rewrites it in French and diplomatic, keeps an edit on asking, copies it and saves it once to Outlook’s Drafts', async () => {
    const list = await api<SuggestionList>('/api/suggestions?horizonDays=14');
    const toJonas = list.value.find((s) => s.kind === 'heads-up' && s.recipients.some((r) => r.displayName.startsWith('Jonas')));
    if (!toJonas) throw new Error('the demo has no heads-up for Jonas');
    expect(toJonas.language).toBe('de-DE');
    const before = await mailbox();

    const page = await openUpdates('en-US');
    const cards = page.getByTestId('suggestion');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(list.value.length);
    const card = page.locator(`[data-suggestion-id="${toJonas.id}"]`);
    // The reason in words, the send time on the user's clock with Jonas's own time beside it.
    expect(await card.getByTestId('suggestion-reason').textContent()).toMatch(/overdue|off track|at risk/);
    expect(await card.getByTestId('send-at').textContent()).toMatch(/Best sent .* for Jonas/);
    expect(await card.getByTestId('suggestion-text').textContent()).toContain('Hallo');

    await card.getByRole('button', { name: 'Open and edit' }).click();
    const editor = card.getByTestId('draft-editor');
    // Focus goes to the subject.
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.value)).toBe(toJonas.subject);

    // Tone, then language: the server writes it again each time (nothing edited yet, so nothing to ask).
    await editor.getByRole('radio', { name: 'Diplomatic' }).check();
    await expect.poll(() => announced(page), { timeout: 15_000 }).toBe('Written again in German, diplomatic tone.');
    await editor.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'French' });
    const fr = createMailMessages('fr-FR');
    const body = editor.getByRole('textbox', { name: 'Message' });
    await expect.poll(() => body.inputValue(), { timeout: 15_000 }).toContain(fr.say('headsUpThanks', { tone: 'diplomatic' }));
    expect((await body.inputValue()).split('\n')[0]).toBe(fr.say('greeting', { name: 'Jonas', tone: 'diplomatic' }));
    const frenchSubject = await editor.getByRole('textbox', { name: 'Subject' }).inputValue();
    expect(frenchSubject).not.toBe(toJonas.subject);

    // An edit, then a change of tone: the edit is not thrown away without asking; keeping it keeps it.
    await body.fill(`${await body.inputValue()}\nÀ mardi, Maya`);
    // (The choice waits for the answer: the radio stays on Diplomatic while the dialog asks.)
    await editor.getByRole('radio', { name: 'Direct' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Replace your edits?' });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Keep my text' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await body.inputValue()).toContain('À mardi, Maya');
    await expect.poll(() => editor.getByRole('radio', { name: 'Diplomatic' }).isChecked()).toBe(true);

    // Copy: the text goes to the clipboard, and it is said.
    await editor.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => announced(page)).toBe('Copied the message to the clipboard.');
    const copied = await page.evaluate(() => (globalThis as unknown as InPage).navigator.clipboard.readText());
    expect(copied).toContain(frenchSubject);
    expect(copied).toContain('À mardi, Maya');
    await card.screenshot({ path: `${screenshots}/updates-editor.png` });
    // The open editor, as axe-core reads it: no serious or critical violation.
    expect(await seriousViolations(page.mainFrame())).toEqual([]);

    // Save (a double click): one draft, the link shows and takes focus.
    await editor.getByRole('button', { name: 'Save to my Outlook drafts' }).dblclick();
    await expect.poll(() => card.getByTestId('drafted').count(), { timeout: 30_000 }).toBe(1);
    const link = card.getByRole('link', { name: /Open in Outlook/ });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.textContent ?? '')).toContain('Open in Outlook');
    expect(await announced(page)).toMatch(/^Saved in your Outlook drafts/);

    const after = await mailbox();
    const mine = after.drafts.filter((d) => d.subject === frenchSubject);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body.content).toContain('À mardi, Maya');
    expect(mine[0]?.toRecipients.map((r) => r.emailAddress.address)).toEqual(toJonas.recipients.map((r) => r.email));
    expect(mine[0]?.deferredSendAt).not.toBeNull();
    // Nothing left the mailbox.
    expect(after.outbox).toHaveLength(before.outbox.length);
    expect(after.sent).toHaveLength(before.sent.length);
    await page.context().close();
  });

  it('dismisses a suggestion with Undo at hand, and Undo brings it back for good', async () => {
    const page = await openUpdates('en-GB');
    const cards = page.getByTestId('suggestion');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const count = await cards.count();
    const last = cards.nth(count - 1);
    const id = await last.getAttribute('data-suggestion-id');
    await last.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => cards.count()).toBe(count - 1);
    // Focus goes to Undo, which is what a person who dismissed by mistake wants.
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.textContent ?? '')).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(count);
    await expect.poll(() => announced(page)).toMatch(/^Back in the list/);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.locator(`[data-suggestion-id="${id}"]`).count(), { timeout: 30_000 }).toBe(1);
    await page.context().close();
  });

  it('drafts an update from a risk: #updates/item/<id> opens one written on request, saved once', async () => {
    const [report, list] = await Promise.all([api<RiskReport>('/api/risks?horizonDays=14'), api<SuggestionList>('/api/suggestions?horizonDays=14')]);
    // An item people wait on that the list has no suggestion for: the server writes one when asked.
    const item = report.items.find((i) => i.stakeholders.length > 0 && !list.value.some((s) => s.itemIds.includes(i.id)));
    if (!item) throw new Error('every item with stakeholders already has a suggestion');
    const page = await openUpdates('en-US', `#updates/item/${encodeURIComponent(item.id)}`);
    const section = page.getByTestId('item-update');
    const card = section.getByTestId('suggestion');
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
    const kind = await card.getAttribute('data-kind');
    expect(kind).toBe(['at-risk', 'off-track', 'overdue'].includes(item.state) ? 'heads-up' : 'on-track');
    // The editor is open at once, addressed to the item's stakeholders.
    const recipients = card.getByTestId('recipient');
    await expect.poll(() => recipients.count()).toBe(item.stakeholders.length);
    const subject = await card.getByRole('textbox', { name: 'Subject' }).inputValue();
    await card.getByRole('button', { name: 'Save to my Outlook drafts' }).click();
    await expect.poll(() => card.getByTestId('drafted').count(), { timeout: 30_000 }).toBe(1);
    expect((await mailbox()).drafts.filter((d) => d.subject === subject)).toHaveLength(1);
    // Asked again (back to Risks, then the same address), it is the same update, already drafted: no second draft.
    const hash = `#updates/item/${encodeURIComponent(item.id)}`;
    await page.evaluate(() => {
      (globalThis as unknown as InPage).location.hash = '#risks';
    });
    await expect.poll(() => page.getByTestId('item-update').count()).toBe(0);
    await page.evaluate((h) => {
      (globalThis as unknown as InPage).location.hash = h;
    }, hash);
    await expect.poll(() => page.getByTestId('item-update').getByTestId('drafted').count(), { timeout: 30_000 }).toBe(1);
    expect((await mailbox()).drafts.filter((d) => d.subject === subject)).toHaveLength(1);
    await page.context().close();
  });

  it('drafts from a risk by its button: Risks’ “Draft an update” opens that item’s heads-up in Updates, ready to edit', async () => {
    const [report, list] = await Promise.all([api<RiskReport>('/api/risks?horizonDays=14'), api<SuggestionList>('/api/suggestions?horizonDays=14')]);
    const sow = report.items.find((i) => i.title === 'Send signed SOW to Jonas');
    if (!sow) throw new Error('the demo has no SOW item');
    const listed = list.value.find((s) => s.itemIds.includes(sow.id));
    const page = await openUpdates('en-US', '#risks');
    const button = page.getByRole('button', { name: 'Draft an update about “Send signed SOW to Jonas”' });
    await expect.poll(() => button.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await button.first().click();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).location.hash)).toBe(`#updates/item/${encodeURIComponent(sow.id)}`);
    const card = page.getByTestId('item-update').getByTestId('suggestion');
    await expect.poll(() => card.count(), { timeout: 30_000 }).toBe(1);
    // The list's own suggestion about the SOW when it has one (no second one is written).
    if (listed) expect(await card.getAttribute('data-suggestion-id')).toBe(listed.id);
    expect(await card.getAttribute('data-kind')).toBe('heads-up');
    // Opened for editing, unless it was drafted already (an earlier test saved it): then its link shows instead.
    await expect.poll(() => card.getByTestId(listed?.draft === undefined ? 'draft-editor' : 'drafted').count()).toBe(1);
    await page.context().close();
  });

  it('speaks French on a French browser: the view’s words, the reasons and the controls', async () => {
    const page = await openUpdates('fr-FR');
    await expect.poll(() => page.getByRole('heading', { name: 'Messages à envoyer', level: 1 }).count(), { timeout: 30_000 }).toBe(1);
    const cards = page.getByTestId('suggestion');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await cards.first().getByRole('button', { name: 'Ouvrir et modifier' }).count()).toBe(1);
    expect(await cards.first().getByRole('button', { name: 'Ignorer' }).count()).toBe(1);
    expect(await cards.first().getByTestId('suggestion-reason').textContent()).toContain('«\u00a0');
    expect(await cards.first().getByTestId('send-at').textContent()).toMatch(/^.?\s*À envoyer de préférence/);
    await expect.poll(() => announced(page)).toMatch(/messages? à envoyer\.$/);
    await page.screenshot({ path: `${screenshots}/updates-fr.png` });
    expect(await seriousViolations(page.mainFrame())).toEqual([]);
    await page.context().close();
  });
});
