import type { app as teamsApp } from '@microsoft/teams-js';
import { toFrameKind, toHostKind, type HostKind } from './host-kind.js';

/** What the shell knows and can ask of Teams/Outlook once teams-js is connected. */
export interface HostLink {
  readonly kind: Exclude<HostKind, 'browser'>;
  /** teams-js `app.host.name`: Teams, TeamsModern, Outlook, OutlookWin32, Office. */
  readonly hostName: string;
  readonly frame: 'content' | 'side-panel';
  readonly theme: string | undefined;
  readonly locale: string | undefined;
  readonly chatId: string | undefined;
  readonly meetingId: string | undefined;
  readonly userPrincipalName: string | undefined;
  readonly loginHint: string | undefined;
  /** The host's SSO token for our API (the host caches and renews it). */
  getToken(): Promise<string>;
  /** Opens the host's authentication pop-up at `url` (https, our origin); resolves with its result. */
  authenticate(url: string): Promise<string>;
  /** The first view can render: the host stops its loading indicator. */
  notifySuccess(): void;
  /** The tab cannot start: the host shows its own failure page with `message`. */
  notifyFailure(reason: 'AuthFailed' | 'Other', message: string): void;
  /** Calls `handler` with the theme name whenever the person switches theme in the host. */
  onThemeChange(handler: (theme: string) => void): void;
}

/** Whether a host could be there: the page is framed (a tab, a side panel) or opened by one (a pop-up). */
export function isHostFramed(win: Window): boolean {
  return win.parent !== win || win.opener !== null;
}

/**
 * Connects to Teams/Outlook. teams-js is imported only here, and only when the page is framed: a plain top-level
 * page never downloads it. Inside a frame `app.initialize()` waits for the host; a frame without a host (it never
 * answers, and teams-js itself gives up only after 60 s) rejects after `timeoutMs`.
 */
export async function connectToHost(timeoutMs: number): Promise<HostLink> {
  // Destructured, so Rollup keeps only these two namespaces of teams-js (a whole-module import weighs 4x more).
  const { app, authentication } = await import('@microsoft/teams-js');
  const teams = { app, authentication };
  await within(teams.app.initialize(), timeoutMs, 'the host did not answer');
  const context: teamsApp.Context = await teams.app.getContext();
  let notified = false;
  return {
    kind: toHostKind(context.app.host.name) === 'outlook' ? 'outlook' : 'teams',
    hostName: context.app.host.name,
    frame: toFrameKind(context.page.frameContext),
    theme: context.app.theme,
    locale: context.app.locale,
    chatId: context.chat?.id,
    meetingId: context.meeting?.id,
    userPrincipalName: context.user?.userPrincipalName,
    loginHint: context.user?.loginHint ?? context.user?.userPrincipalName,
    getToken: () => teams.authentication.getAuthToken(),
    authenticate: (url) => teams.authentication.authenticate({ url, width: 600, height: 535 }),
    notifySuccess() {
      if (notified) return;
      notified = true;
      teams.app.notifySuccess().catch(() => {
        // Hosts without `notifySuccessResponse` never answer; the tab works either way.
      });
    },
    notifyFailure(reason, message) {
      if (notified) return;
      notified = true;
      teams.app.notifyFailure({ reason: teams.app.FailedReason[reason], message });
    },
    onThemeChange(handler) {
      teams.app.registerOnThemeChangeHandler(handler);
    },
  };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
