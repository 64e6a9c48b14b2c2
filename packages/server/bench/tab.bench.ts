// `pnpm bench tab` (npx tsx packages/server/bench/tab.bench.ts): what the tab costs a person who opens it.
// The real server serves the built tab (packages/web/dist, or UPFRONT_WEB_DIST) with the simulator's demo data;
// Debian's Chromium opens it in each host, each run in a fresh browser context (an empty cache, a first visit):
//   - initial JavaScript: compressed bytes of every script whose body had arrived when the first view was on screen;
//   - notifySuccess: ms from the start of the tab frame's navigation to the tab telling the host it is ready
//     (the host harness's log, on the host page's clock, moved onto the frame's);
//   - first view: ms from the start of the tab's navigation to its first risk (the meeting panel: its attendees).
// The browser is a returning person (their demo session in sessionStorage, as after a reload); its sign-in page,
// a first visit's first view, is measured apart. Options (environment): TAB_BENCH_RUNS (default 7).
import type { HostLogEntry } from '../test/e2e/support/teams-host.js';
import { openInTeamsHost } from '../test/e2e/support/teams-host.js';
import { FIRST_VIEW, firstView, nextDemoMeeting, startTabWorld, tabFrame, type FirstView, type TabWorld } from '../test/e2e/support/tab-world.js';
import { webRoot } from '../test/e2e/support/web-root.js';
import { simDemo, ssoTokenFor } from '../test/support.js';

const runs = Number(process.env['TAB_BENCH_RUNS'] ?? 7);

interface Sample {
  readonly wireBytes: number;
  /** When the view's own data call (GET /api/risks, /api/meetings/…) started and answered, frame clock. */
  readonly dataStartMs?: number;
  readonly dataEndMs?: number;
  readonly dataPath?: string;
  readonly notifySuccessMs?: number;
  readonly firstViewMs: number;
}

/** The moment the host got `appInitialization.success`, on the tab frame's clock. */
function notifyMs(entries: readonly HostLogEntry[], hostOrigin: number, view: FirstView): number | undefined {
  const success = entries.find((e) => e.func === 'appInitialization.success');
  return success === undefined ? undefined : hostOrigin + success.at - view.timeOrigin;
}

/** The view's data call: the last API call to answer before the view was on screen. */
function dataCall(view: FirstView): { dataStartMs?: number; dataEndMs?: number; dataPath?: string } {
  const last = [...view.api].sort((a, b) => a.endMs - b.endMs).at(-1);
  return last === undefined ? {} : { dataStartMs: last.startMs, dataEndMs: last.endMs, dataPath: last.path };
}

async function inHost(world: TabWorld, upn: string, options: { hostName: 'Teams' | 'Outlook'; sidePanel?: { chatId: string } }): Promise<Sample> {
  const host = await openInTeamsHost(world.browser, world.base, {
    hostName: options.hostName,
    token: () => ssoTokenFor(world.sim, upn),
    ...(options.sidePanel
      ? { frameContext: 'sidePanel' as const, viewport: { width: 320, height: 800 }, context: { chatId: options.sidePanel.chatId, meetingId: 'meeting-1' } }
      : {}),
  });
  const view = await firstView(await tabFrame(host.page), options.sidePanel ? FIRST_VIEW.meetingPanel : FIRST_VIEW.risks);
  await host.waitFor('appInitialization.success');
  const hostOrigin = await host.page.evaluate(() => performance.timeOrigin);
  const notifySuccessMs = notifyMs(await host.log(), hostOrigin, view);
  await host.close();
  return { wireBytes: view.wireBytes, firstViewMs: view.atMs, ...dataCall(view), ...(notifySuccessMs === undefined ? {} : { notifySuccessMs }) };
}

type DemoUser = { userPrincipalName: string; displayName: string; timeZone: string };

async function inBrowser(world: TabWorld, person: DemoUser, returning: boolean): Promise<Sample> {
  const page = await world.browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (returning) {
    const token = await ssoTokenFor(world.sim, person.userPrincipalName);
    // What the demo sign-in stores (packages/web/src/auth/demo-session.ts): a reload keeps the person signed in.
    await page.addInitScript(
      (session) => (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem('upfront.demo-session', session),
      JSON.stringify({ person, token }),
    );
  }
  await page.goto(world.base);
  const view = await firstView(page.mainFrame(), returning ? FIRST_VIEW.risks : 'main button');
  await page.close();
  return { wireBytes: view.wireBytes, firstViewMs: view.atMs, ...dataCall(view) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const stats = (xs: number[], unit: (n: number) => string) => (xs.length === 0 ? '—' : `${unit(Math.min(...xs))} / ${unit(median(xs))} / ${unit(Math.max(...xs))}`);
const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
const ms = (n: number) => `${Math.round(n)}`;
const say = (line: string) => process.stdout.write(`${line}\n`);

const world = await startTabWorld();
try {
  const { value: users } = await simDemo<{ value: DemoUser[] }>(world.sim, '/demo/users');
  const person = users[0];
  if (!person) throw new Error('no demo people');
  const meeting = await nextDemoMeeting(world.sim, person.userPrincipalName);
  const surfaces: { name: string; sample: () => Promise<Sample> }[] = [
    { name: 'Browser, first visit (sign-in)', sample: () => inBrowser(world, person, false) },
    { name: 'Browser, signed in (Risks)', sample: () => inBrowser(world, person, true) },
    { name: 'Teams personal tab (Risks)', sample: () => inHost(world, person.userPrincipalName, { hostName: 'Teams' }) },
    { name: 'Outlook personal tab (Risks)', sample: () => inHost(world, person.userPrincipalName, { hostName: 'Outlook' }) },
    ...(meeting
      ? [{ name: 'Teams meeting side panel', sample: () => inHost(world, person.userPrincipalName, { hostName: 'Teams', sidePanel: { chatId: meeting.chatId } }) }]
      : []),
  ];
  say(`tab bench: ${runs} runs per surface, each in a fresh browser context; the tab from ${webRoot}`);
  say('min / median / max');
  say('| Surface | Initial JavaScript (KB, brotli) | Navigation → notifySuccess (ms) | Navigation → first view (ms) | Data call start → answer (ms) |');
  say('|---|---|---|---|---|');
  const notes: string[] = [];
  for (const surface of surfaces) {
    await surface.sample(); // one warm-up: the server's first assessed world for this person, Chromium's code caches
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i += 1) samples.push(await surface.sample());
    const notify = samples.flatMap((s) => (s.notifySuccessMs === undefined ? [] : [s.notifySuccessMs]));
    say(
      `| ${surface.name} | ${stats(samples.map((s) => s.wireBytes), kb)} | ${stats(notify, ms)} | ${stats(samples.map((s) => s.firstViewMs), ms)} | ${stats(samples.flatMap((s) => (s.dataStartMs === undefined ? [] : [s.dataStartMs])), ms)} → ${stats(samples.flatMap((s) => (s.dataEndMs === undefined ? [] : [s.dataEndMs])), ms)} |`,
    );
    notes.push(`${surface.name}: data call ${[...new Set(samples.map((s) => s.dataPath ?? 'none'))].join(', ')}`);
  }
  for (const note of notes) say(note);
} finally {
  await world.close();
}
