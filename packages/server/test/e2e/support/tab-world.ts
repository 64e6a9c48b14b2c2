import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { buildApp } from '../../../src/app.js';
import { configFor, simDemo, startSimulator } from '../../support.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './web-root.js';

/** The simulator, the real server serving the built tab on a loopback port, and Debian's Chromium. */
export interface TabWorld {
  readonly sim: RunningSimulator;
  readonly app: FastifyInstance;
  /** `http://localhost:<port>`: the tab's origin. */
  readonly base: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startTabWorld(): Promise<TabWorld> {
  const sim = await startSimulator(new Date().toISOString());
  const app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  return {
    sim,
    app,
    base: `http://localhost:${address.port}`,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await sim.close();
    },
  };
}

/** What says a surface's first view is on screen. */
export const FIRST_VIEW = {
  /** The personal tab: its first risk. */
  risks: '[data-testid="risk-item"]',
  /** The meeting side panel: the meeting's attendees read (or its sentence that there is nothing owed). */
  meetingPanel: '[data-testid="meeting-panel"][data-phase="ready"]',
} as const;

/** One JavaScript file a page fetched, from the page's own Resource Timing. */
export interface ScriptTransfer {
  readonly path: string;
  /** The body as it crossed the wire (compressed when the server compressed it). */
  readonly wireBytes: number;
  /** The body once decoded. */
  readonly bytes: number;
}

/** What a page had fetched the moment its first view was on screen. */
export interface FirstView {
  /** Milliseconds from the start of the frame's navigation (its `performance.timeOrigin`). */
  readonly atMs: number;
  /** The frame's `performance.timeOrigin` (epoch ms), to relate it to the host page's clock. */
  readonly timeOrigin: number;
  /** Every JavaScript file whose body had arrived by then. */
  readonly scripts: readonly ScriptTransfer[];
  readonly wireBytes: number;
  /** The API calls that had answered by then: path, and when each started and ended (ms, frame clock). */
  readonly api: readonly { path: string; startMs: number; endMs: number }[];
}

/** The page's globals, as code evaluated in the page sees them (the server's tsconfig has no DOM types). */
interface PageGlobals {
  document: { querySelector(selector: string): unknown };
  performance: {
    now(): number;
    timeOrigin: number;
    getEntriesByType(type: 'resource'): { name: string; startTime: number; responseEnd: number; encodedBodySize: number; decodedBodySize: number }[];
  };
}

/**
 * Waits, on every animation frame, for `selector` to be in `frame`'s page, and reports the moment and what
 * JavaScript had arrived by then (the tab's origin is the page's own, so Resource Timing has every size).
 */
export async function firstView(frame: Frame, selector: string, timeoutMs = 30_000): Promise<FirstView> {
  const handle = await frame.waitForFunction(
    (sel) => {
      const page = globalThis as unknown as PageGlobals;
      if (page.document.querySelector(sel) === null) return false;
      const atMs = page.performance.now();
      const scripts = page.performance
        .getEntriesByType('resource')
        .filter((e) => e.responseEnd > 0 && e.responseEnd <= atMs && /\.m?js$/.test(new URL(e.name).pathname))
        .map((e) => ({ path: new URL(e.name).pathname, wireBytes: e.encodedBodySize, bytes: e.decodedBodySize }));
      const api = page.performance
        .getEntriesByType('resource')
        .filter((e) => e.responseEnd > 0 && e.responseEnd <= atMs && new URL(e.name).pathname.startsWith('/api/'))
        .map((e) => ({ path: new URL(e.name).pathname, startMs: e.startTime, endMs: e.responseEnd }));
      return { atMs, timeOrigin: page.performance.timeOrigin, scripts, wireBytes: scripts.reduce((sum, s) => sum + s.wireBytes, 0), api };
    },
    selector,
    { polling: 'raf', timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as FirstView;
}

/** The tab's frame inside a host page (the `#tab` iframe of `openInTeamsHost`). */
export async function tabFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('#tab', { state: 'attached' });
  const frame = await element.contentFrame();
  if (frame === null) throw new Error('the host page has no tab frame');
  return frame;
}

/** The demo organisation's people, as the simulator lists them. */
export async function demoPeople(sim: RunningSimulator): Promise<{ userPrincipalName: string; displayName: string }[]> {
  return (await simDemo<{ value: { userPrincipalName: string; displayName: string }[] }>(sim, '/demo/users')).value;
}

/** A demo person's next Teams meeting (what a meeting side panel is opened with), from the simulator's demo list. */
export async function nextDemoMeeting(sim: RunningSimulator, userPrincipalName: string): Promise<{ chatId: string; subject: string } | undefined> {
  const { value } = await simDemo<{ value: { chatId: string; subject: string }[] }>(sim, `/demo/meetings/${encodeURIComponent(userPrincipalName)}`);
  return value[0];
}
