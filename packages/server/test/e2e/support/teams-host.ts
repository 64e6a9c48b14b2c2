import type { APIResponse, Browser, FrameLocator, Page, Route } from 'playwright-core';

/**
 * A Teams/Outlook host for browser tests: a page that frames the real tab in an iframe and answers the teams-js
 * message protocol (window.postMessage) the way Teams does — `initialize`, `getContext`,
 * `authentication.getAuthToken`, `authentication.authenticate`, `appInitialization.*` — and pushes `themeChange`.
 * The tab runs the real `@microsoft/teams-js` against it. The page is served through Playwright's router on the
 * tab's own origin (it is never part of the build), so teams-js accepts its messages and the tab's
 * `frame-ancestors 'self'` lets it frame the tab. Requests to https origins (Microsoft's CDN) are aborted: the
 * tests run offline.
 */
export interface TeamsHostOptions {
  /** `content` for a personal tab, `sidePanel` for a meeting's side panel. */
  readonly frameContext?: 'content' | 'sidePanel';
  /** teams-js host name: Teams, TeamsModern (new Teams), Outlook, OutlookWin32, Office (the Microsoft 365 app). */
  readonly hostName?: 'Teams' | 'TeamsModern' | 'Outlook' | 'OutlookWin32' | 'Office';
  /** Teams theme at start: default, dark, contrast. */
  readonly theme?: 'default' | 'dark' | 'contrast';
  /** The host's locale (Teams sends lower case: `en-us`). */
  readonly locale?: string;
  /** Where the tab is, relative to `base` (default `/`). */
  readonly tabPath?: string;
  /** Extra flat context fields (`chatId`, `meetingId`, `userPrincipalName`, …). */
  readonly context?: Readonly<Record<string, unknown>>;
  /** Gives the SSO token for each `getAuthToken`; a string starting with `error:` fails the call with the rest as its reason. */
  readonly token: () => Promise<string>;
  /**
   * What `authentication.authenticate` answers: `popup` (default) opens the URL in a window and waits for its
   * teams-js `notifySuccess`/`notifyFailure`, as Teams does; or a fixed answer.
   */
  readonly authenticate?: 'popup' | { readonly ok: boolean; readonly result: string };
  readonly viewport?: { readonly width: number; readonly height: number };
  /**
   * Serve the host page and the tab at `https://` + the base's host (Playwright answers those requests from the
   * plain-http server), as Teams requires: `authentication.authenticate` refuses a pop-up URL that is not https.
   */
  readonly secure?: boolean;
}

export interface HostLogEntry {
  readonly func: string;
  readonly args: unknown;
  readonly at: number;
}

export interface TeamsHost {
  readonly page: Page;
  /** The origin the host page and the tab are served from (`https://…` when `secure`). */
  readonly origin: string;
  /** The framed tab. */
  readonly tab: FrameLocator;
  /** Every message the tab sent the host, in order, with `performance.now()` on the host page. */
  log(): Promise<HostLogEntry[]>;
  /** Resolves when the tab has sent `func` (e.g. `appInitialization.success`). */
  waitFor(func: string, timeoutMs?: number): Promise<HostLogEntry>;
  /** Switches the host's theme, as a person does in Teams' settings. */
  setTheme(theme: 'default' | 'dark' | 'contrast'): Promise<void>;
  close(): Promise<void>;
}

const HOST_PATH = '/__test-host/teams.html';

/** The host page's globals, as code evaluated in the page sees them (the server's tsconfig has no DOM types). */
interface HostWindow {
  __hostLog: HostLogEntry[];
  __setTheme(theme: string): void;
}


/** Opens `base` + `tabPath` inside a Teams-like host page. */
export async function openInTeamsHost(browser: Browser, base: string, options: TeamsHostOptions): Promise<TeamsHost> {
  // One context for the host page and its pop-ups (the consent window), so the same routes answer both. The
  // simulator's certificate comes from its own test CA: accepted here only, as NODE_EXTRA_CA_CERTS does for Node.
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
  const plain = new URL(base);
  const served = options.secure === true ? new URL(`https://${plain.host}`) : plain;
  base = served.origin;
  // Playwright routes a navigation's first request but not the requests of its redirects, so a redirect into the
  // https alias (the authorize page's 302 to /auth-end.html) would reach the plain-http server over TLS and fail:
  // such a redirect is answered by a page that navigates there itself, which is routed again.
  const fulfil = async (route: Route, response: APIResponse) => {
    const location = response.headers()['location'];
    if (options.secure === true && response.status() >= 300 && response.status() < 400 && location !== undefined) {
      const next = new URL(location, route.request().url());
      if (next.origin === served.origin) {
        const target = JSON.stringify(next.href).replace(/</g, '\\u003c');
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><script>location.replace(${target})</script>` });
      }
    }
    return route.fulfill({ response });
  };
  await context.route(/^https:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (options.secure === true && url.origin === served.origin) {
      // The tab's own origin over https: answered by the plain-http server.
      return fulfil(route, await route.fetch({ url: `${plain.origin}${url.pathname}${url.search}`, maxRedirects: 0 }));
    }
    // The simulator on this machine (its authorize page) is reachable; Microsoft's CDN and everything else is not.
    if (url.hostname === '127.0.0.1') return options.secure === true ? fulfil(route, await route.fetch({ maxRedirects: 0 })) : route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  await page.exposeFunction('__hostToken', async () => {
    try {
      return await options.token();
    } catch (error) {
      return `error:${error instanceof Error ? error.message : String(error)}`;
    }
  });
  const settings = {
    frameContext: options.frameContext ?? 'content',
    hostName: options.hostName ?? 'Teams',
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'en-us',
    context: options.context ?? {},
    authenticate: options.authenticate ?? 'popup',
    tabUrl: new URL(options.tabPath ?? '/', base).href,
  };
  await context.route(new URL(HOST_PATH, base).href, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage(settings) }),
  );
  await page.goto(new URL(HOST_PATH, base).href);
  const tab = page.frameLocator('#tab');
  return {
    page,
    origin: served.origin,
    tab,
    log: () => page.evaluate(() => (globalThis as unknown as HostWindow).__hostLog.slice()),
    async waitFor(func, timeoutMs = 30_000) {
      const handle = await page.waitForFunction(
        (name) => (globalThis as unknown as HostWindow).__hostLog.find((entry) => entry.func === name),
        func,
        { timeout: timeoutMs },
      );
      return (await handle.jsonValue()) as HostLogEntry;
    },
    async setTheme(theme) {
      await page.evaluate((name) => (globalThis as unknown as HostWindow).__setTheme(name), theme);
    },
    close: () => context.close(),
  };
}

/** The host page: no framework, the protocol only (see `docs/surfaces.md`, "How the tests run it as a person would"). */
function hostPage(settings: Record<string, unknown>): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Test host</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style></head>
<body><iframe id="tab" title="Upfront"></iframe>
<script>
const settings = ${JSON.stringify(settings)};
const log = (window.__hostLog = []);
const iframe = document.getElementById('tab');
const runtime = JSON.stringify({ apiVersion: 4, supports: {
  app: { notifySuccessResponse: {} }, appInstallDialog: {}, dialog: { url: {}, update: {} },
  pages: { appButton: {}, tabs: {}, config: {}, backStack: {} }, teamsCore: {}, meeting: {},
  ...(settings.hostName.startsWith('Outlook') ? { mail: {}, calendar: {} } : { chat: {}, call: {} }),
} });
let theme = settings.theme;
const reply = (req, args) => iframe.contentWindow.postMessage({ id: req.id, uuidAsString: req.uuidAsString, args }, '*');
const context = () => ({
  locale: settings.locale, theme, entityId: 'home', frameContext: settings.frameContext, hostName: settings.hostName,
  hostClientType: 'web', userObjectId: 'host-user', tid: 'host-tenant', appSessionId: 'session-1', ...settings.context,
});
function authenticate(req) {
  if (settings.authenticate !== 'popup') return reply(req, [settings.authenticate.ok, settings.authenticate.result]);
  const popup = window.open(req.args[0], 'upfront-auth', 'width=' + req.args[1] + ',height=' + req.args[2]);
  if (popup === null) return reply(req, [false, 'CancelledByUser']);
  const onPopup = (ev) => {
    if (ev.source !== popup || typeof ev.data?.func !== 'string') return;
    log.push({ func: 'popup:' + ev.data.func, args: ev.data.args, at: performance.now() });
    if (ev.data.func === 'initialize') {
      popup.postMessage({ id: ev.data.id, uuidAsString: ev.data.uuidAsString, args: ['authentication', 'web', runtime, '2.58.0'] }, '*');
    } else if (ev.data.func === 'authentication.authenticate.success' || ev.data.func === 'authentication.authenticate.failure') {
      window.removeEventListener('message', onPopup);
      popup.close();
      reply(req, [ev.data.func.endsWith('success'), ev.data.args?.[0] ?? '']);
    } else if (ev.data.id !== undefined) {
      popup.postMessage({ id: ev.data.id, uuidAsString: ev.data.uuidAsString, args: [] }, '*');
    }
  };
  window.addEventListener('message', onPopup);
}
const handlers = {
  initialize: () => [settings.frameContext, 'web', runtime, '2.58.0'],
  getContext: () => [context()],
  'authentication.getAuthToken': async () => {
    const token = await window.__hostToken();
    return token.startsWith('error:') ? [false, token.slice(6)] : [true, token];
  },
  'appInitialization.success': () => [],
};
window.__setTheme = (name) => {
  theme = name;
  iframe.contentWindow.postMessage({ func: 'themeChange', args: [name] }, '*');
};
window.addEventListener('message', async (ev) => {
  if (ev.source !== iframe.contentWindow || typeof ev.data?.func !== 'string') return;
  log.push({ func: ev.data.func, args: ev.data.args, at: performance.now() });
  if (ev.data.func === 'authentication.authenticate') return authenticate(ev.data);
  const handler = handlers[ev.data.func];
  if (handler) reply(ev.data, await handler(ev.data));
});
iframe.src = settings.tabUrl;
</script></body></html>`;
}
