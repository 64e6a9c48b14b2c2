// The consent pop-up's first page (`/auth-start.html?locale=…&loginHint=…`), opened by the host's
// `authentication.authenticate`: it sends the person to the identity provider's authorize page (Entra's, or the
// simulator's in the demo), which comes back to `/auth-end.html`.
import { createTabText, SHELL_TEXT } from '@upfront/core';
import { createApiClient } from '../api/client.js';
import { config } from '../config.js';
import { toTabLocale } from '../host/host-locale.js';
import { CONSENT_REQUEST_KEY, toAuthorizeUrl } from './consent-popup.js';

const query = new URLSearchParams(window.location.search);
const locale = toTabLocale(query.get('locale') ?? undefined, navigator.language);
const text = createTabText(SHELL_TEXT, locale);
document.documentElement.lang = text.locale;
const say = (message: string) => {
  const element = document.getElementById('message');
  if (element !== null) element.textContent = message;
};
say(text.say('authOpening'));

async function start(): Promise<void> {
  const authConfig = await createApiClient({ baseUrl: config.apiBaseUrl }).loadAuthConfig();
  if (authConfig.consent === undefined) throw new Error('this deployment names no identity provider');
  const state = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  window.sessionStorage.setItem(CONSENT_REQUEST_KEY, JSON.stringify({ state, locale }));
  window.location.assign(
    toAuthorizeUrl(authConfig.consent, {
      redirectUri: new URL('/auth-end.html', window.location.origin).href,
      state,
      loginHint: query.get('loginHint') ?? undefined,
    }),
  );
}

start().catch(async (error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  say(text.say('authCouldNotOpen', { reason }));
  // Tell the host, so the tab's "Grant permissions" says what happened instead of waiting for a closed window.
  const { app, authentication } = await import('@microsoft/teams-js');
  await app.initialize();
  authentication.notifyFailure(reason);
});
