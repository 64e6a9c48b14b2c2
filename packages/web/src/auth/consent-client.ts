import { ApiError } from '../api/api-error.js';
import { createRequester } from '../api/create-requester.js';
import { config } from '../config.js';
import { waitForConsent, type Sleep } from './wait-for-consent.js';

const requester = createRequester({ baseUrl: config.apiBaseUrl });

/** `GET /api/consent`: true when Upfront may reach Graph for the person, false on `AUTH_CONSENT_REQUIRED`. */
export async function isConsentGranted(getToken: () => Promise<string>): Promise<boolean> {
  const token = await getToken();
  try {
    await requester.request('/api/consent', { method: 'GET', headers: { authorization: `Bearer ${token}` } });
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.problem.code === 'AUTH_CONSENT_REQUIRED') return false;
    throw error;
  }
}

/** The address of our consent pop-up's first page, with what it needs to know (the locale, the person's hint). */
export function toConsentStartUrl(origin: string, locale: string, loginHint: string | undefined): string {
  const url = new URL(config.consentStartPath, origin);
  url.searchParams.set('locale', locale);
  if (loginHint !== undefined && loginHint !== '') url.searchParams.set('loginHint', loginHint);
  return url.href;
}

/**
 * The session's `onConsent` inside a host, its steps numbered where the flow lives:
 * 1. the host opens our `/auth-start.html` in its pop-up (`authentication.authenticate`), which sends the person
 *    to the identity provider's authorize page; 2. its redirect to `/auth-end.html` tells the host the outcome;
 * 3. consent takes a moment to reach the token service, so the check is retried (1 s, 2 s, 4 s) before the
 *    person is asked again. Rejects when the pop-up failed or consent is still not in effect.
 */
export function createHostConsent(options: {
  authenticate: (url: string) => Promise<string>;
  getToken: () => Promise<string>;
  consentUrl: string;
  sleep?: Sleep;
}): () => Promise<void> {
  return async () => {
    await options.authenticate(options.consentUrl);
    const granted = await waitForConsent(() => isConsentGranted(options.getToken), undefined, options.sleep);
    if (!granted) throw new ConsentNotInEffect();
  };
}

/** The pop-up finished, but the token service still says consent is missing after every retry. */
export class ConsentNotInEffect extends Error {
  constructor() {
    super('consent is not in effect yet');
    this.name = 'ConsentNotInEffect';
  }
}
