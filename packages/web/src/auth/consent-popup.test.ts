import { describe, expect, it } from 'vitest';
import { parseConsentRequest, toAuthorizeUrl, toConsentOutcome } from './consent-popup.js';

describe('toAuthorizeUrl', () => {
  it('asks the identity provider for a consent prompt that comes back to auth-end with our state', () => {
    const url = new URL(
      toAuthorizeUrl(
        { authorizeUrl: 'https://login.example/tid/oauth2/v2.0/authorize', clientId: 'app-1', scope: 'https://graph.microsoft.com/.default openid' },
        { redirectUri: 'https://upfront.example/auth-end.html', state: 's1', loginHint: 'lena@contoso.com' },
      ),
    );
    expect(url.origin + url.pathname).toBe('https://login.example/tid/oauth2/v2.0/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'app-1',
      response_type: 'code',
      response_mode: 'query',
      redirect_uri: 'https://upfront.example/auth-end.html',
      scope: 'https://graph.microsoft.com/.default openid',
      prompt: 'consent',
      state: 's1',
      login_hint: 'lena@contoso.com',
    });
  });
});

describe('toConsentOutcome', () => {
  it.each([
    { case: 'a code with our state', query: 'code=abc&state=s1', expected: 's1', want: { ok: true } },
    { case: 'a refusal says why', query: 'error=access_denied&error_description=User%20declined&state=s1', expected: 's1', want: { ok: false, reason: 'User declined' } },
    { case: 'a refusal without description', query: 'error=access_denied&state=s1', expected: 's1', want: { ok: false, reason: 'access_denied' } },
    { case: 'another state is not ours', query: 'code=abc&state=other', expected: 's1', want: { ok: false, reason: 'StateDoesNotMatch' } },
    { case: 'nothing stored', query: 'code=abc&state=s1', expected: undefined, want: { ok: false, reason: 'StateDoesNotMatch' } },
    { case: 'no code', query: 'state=s1', expected: 's1', want: { ok: false, reason: 'NoCode' } },
  ])('$case', ({ query, expected, want }) => {
    expect(toConsentOutcome(new URLSearchParams(query), expected)).toEqual(want);
  });
});

describe('parseConsentRequest', () => {
  it.each([null, '{oops', '{"state":1,"locale":"de-DE"}'])('reads %s as nothing', (text) => {
    expect(parseConsentRequest(text)).toBeUndefined();
  });
  it('reads back what auth-start stored', () => {
    expect(parseConsentRequest('{"state":"s","locale":"de-DE"}')).toEqual({ state: 's', locale: 'de-DE' });
  });
});
