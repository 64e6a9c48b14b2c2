import { app, authentication } from '@microsoft/teams-js';
import { toHostKind, type HostKind } from './host-kind.js';

export interface HostConnection {
  host: HostKind;
  context?: app.Context;
}

/**
 * Connects to Teams/Outlook through teams-js, or reports a plain browser.
 * Outside a host `app.initialize()` never settles (teams-js only gives up after 60 s), so we race it
 * against a timeout: short for a top-level page, longer inside a frame where a host is likely.
 */
export async function connectToHost(timeouts: { framedMs: number; topLevelMs: number }): Promise<HostConnection> {
  const framed = window.parent !== window || window.opener !== null;
  const initialized = await settlesWithin(app.initialize(), framed ? timeouts.framedMs : timeouts.topLevelMs);
  if (!initialized) return { host: 'browser' };
  const context = await app.getContext();
  app.notifySuccess().catch(() => {
    // Hosts without `notifySuccessResponse` never answer; the tab works either way.
  });
  return { host: toHostKind(context.app.host.name), context };
}

/** Calls `handler` with the host's theme name whenever the user switches theme in Teams/Outlook. */
export function onHostThemeChange(handler: (theme: string) => void): void {
  app.registerOnThemeChangeHandler(handler);
}

/** The host's SSO token for our API (Teams `getAuthToken`; the host caches and renews it). */
export function loadHostToken(): Promise<string> {
  return authentication.getAuthToken();
}

/** Opens the host's authentication pop-up at our consent page; resolves when the user finished it. */
export async function askHostForConsent(consentUrl: string): Promise<void> {
  await authentication.authenticate({ url: consentUrl, width: 600, height: 535 });
}

/** Resolves true when `promise` fulfils within `ms`, false when it rejects or takes longer. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
