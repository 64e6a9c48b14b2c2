/** What `/auth-start.html` leaves for `/auth-end.html` in the pop-up's sessionStorage (same origin, same window). */
export interface ConsentRequest {
  readonly state: string;
  readonly locale: string;
}

export const CONSENT_REQUEST_KEY = 'upfront.consent-request';

/**
 * The identity provider's authorize address for a consent prompt: Upfront's client id, the permissions, our
 * `auth-end` page to come back to, a `state` to recognise the answer by, and the person's hint (the host knows them).
 */
export function toAuthorizeUrl(
  consent: { authorizeUrl: string; clientId: string; scope: string },
  request: { redirectUri: string; state: string; loginHint?: string | undefined },
): string {
  const url = new URL(consent.authorizeUrl);
  url.searchParams.set('client_id', consent.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('response_mode', 'query');
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('scope', consent.scope);
  url.searchParams.set('prompt', 'consent');
  url.searchParams.set('state', request.state);
  if (request.loginHint !== undefined && request.loginHint !== '') url.searchParams.set('login_hint', request.loginHint);
  return url.href;
}

/**
 * Reads the identity provider's answer on `auth-end`: consent given (a `code` with our `state`), or why not.
 * An answer with another `state` (or none stored) is not ours and counts as a failure.
 */
export function toConsentOutcome(query: URLSearchParams, expectedState: string | undefined): { ok: true } | { ok: false; reason: string } {
  if (expectedState === undefined || query.get('state') !== expectedState) return { ok: false, reason: 'StateDoesNotMatch' };
  const error = query.get('error');
  if (error !== null) return { ok: false, reason: query.get('error_description') ?? error };
  if (query.get('code') === null) return { ok: false, reason: 'NoCode' };
  return { ok: true };
}

export function parseConsentRequest(text: string | null): ConsentRequest | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<ConsentRequest>;
    return typeof value.state === 'string' && typeof value.locale === 'string' ? { state: value.state, locale: value.locale } : undefined;
  } catch {
    // Not ours (or corrupted): the answer cannot be matched.
    return undefined;
  }
}
