import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SuggestionList } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from '../support.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';

const screenshots = fileURLToPath(new URL('../../../../test-results', import.meta.url));

interface Mailbox {
  drafts: { id: string; subject: string; toRecipients: { emailAddress: { address: string } }[]; deferredSendAt: string | null }[];
  outbox: unknown[];
  sent: unknown[];
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

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

async function suggestionsFor(userPrincipalName: string): Promise<SuggestionList> {
  const token = await ssoTokenFor(sim, userPrincipalName);
  const res = await app.inject({ url: '/api/suggestions?horizonDays=14', headers: { authorization: `Bearer ${token}` } });
  expect(res.statusCode).toBe(200);
  return res.json() as SuggestionList;
}

async function openUpdates(locale: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale, timezoneId: 'America/Los_Angeles' });
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
  await expect.poll(() => page.getByRole('tab', { name: 'Updates' }).count(), { timeout: 30_000 }).toBe(1);
  await page.getByRole('tab', { name: 'Updates' }).click();
  return page;
}

describe('the Updates view in a browser', () => {
  it('shows the heads-ups a person would expect, each in its reader’s language, and drafts one exactly once without sending', async () => {
    const list = await suggestionsFor(upn);
    const headsUps = list.value.filter((s) => s.kind === 'heads-up');
    const names = headsUps.flatMap((s) => s.recipients.map((r) => r.displayName));
    // The demo's story: Jonas (Berlin, German) and Priya (Bangalore) are owed heads-ups.
    expect(names.some((n) => n.startsWith('Jonas'))).toBe(true);
    expect(names.some((n) => n.startsWith('Priya'))).toBe(true);
    const toJonas = headsUps.find((s) => s.recipients.some((r) => r.displayName.startsWith('Jonas')));
    expect(toJonas?.language).toBe('de-DE');

    const before = await simDemo<Mailbox>(sim, `/demo/mailbox/${upn}`);
    const page = await openUpdates('en-US');
    const cards = page.getByTestId('suggestion');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(list.value.length);
    await page.screenshot({ path: `${screenshots}/updates.png`, fullPage: true });

    // The card to Jonas shows his message in German, as the API wrote it.
    const jonasCard = page.locator(`[data-testid="suggestion"][data-language="de-DE"]`).filter({ hasText: 'Jonas' }).first();
    await expect.poll(() => jonasCard.getByTestId('suggestion-text').textContent()).toContain('Hallo');
    // Draft it: the editor opens with the subject; saving twice (a double click) makes one draft.
    await jonasCard.getByRole('button', { name: 'Draft it' }).click();
    const save = jonasCard.getByRole('button', { name: 'Save to my Outlook drafts' });
    await save.dblclick();
    await expect.poll(() => jonasCard.getByTestId('drafted').count(), { timeout: 30_000 }).toBe(1);
    expect(await jonasCard.getByRole('link', { name: /Open in Outlook/ }).getAttribute('href')).toMatch(/^https:\/\//);

    const mailbox = await simDemo<Mailbox>(sim, `/demo/mailbox/${upn}`);
    const mine = mailbox.drafts.filter((d) => d.subject === toJonas?.subject);
    expect(mine).toHaveLength(1);
    // Delivered in their working hours: Outlook holds it after Send until then.
    expect(mine[0]?.deferredSendAt).not.toBeNull();
    // Nothing left the mailbox: the demo's earlier sent mail is all there is.
    expect(mailbox.outbox).toHaveLength(before.outbox.length);
    expect(mailbox.sent).toHaveLength(before.sent.length);
    const sendCalls = await simDemo<{ value: unknown[] }>(sim, '/demo/send-calls');
    expect(sendCalls.value).toEqual([]);

    // Loaded again, the suggestion says it was drafted: the ledger knows, not the page's memory.
    const again = await suggestionsFor(upn);
    expect(again.value.find((s) => s.id === toJonas?.id)?.draft?.messageId).toBe(mine[0]?.id);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.getByTestId('drafted').count(), { timeout: 30_000 }).toBe(1);
    await page.close();
  });

  it('hides a dismissed suggestion, and it stays dismissed on the next load', async () => {
    const page = await openUpdates('en-GB');
    const cards = page.getByTestId('suggestion');
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(1);
    const before = await cards.count();
    const subject = await cards.nth(before - 1).getByRole('heading').textContent();
    await cards.nth(before - 1).getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => cards.count()).toBe(before - 1);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBe(before - 1);
    expect(await page.getByRole('heading', { name: subject ?? '' }).count()).toBe(0);
    await page.close();
  });

  it('previews the weekly digest in the tab', async () => {
    const page = await openUpdates('en-US');
    const digest = page.getByTestId('digest');
    await expect.poll(() => digest.getByRole('button', { name: 'Preview the next digest' }).count(), { timeout: 30_000 }).toBe(1);
    await digest.getByRole('button', { name: 'Preview the next digest' }).click();
    await expect.poll(() => digest.getByTestId('digest-preview').count(), { timeout: 30_000 }).toBe(1);
    expect((await digest.getByTestId('digest-preview').textContent())?.length ?? 0).toBeGreaterThan(40);
    await digest.screenshot({ path: `${screenshots}/digest.png` });
    await page.close();
  });
});
