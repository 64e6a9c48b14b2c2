import type { RiskReport } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, type FetchFn } from './client.js';

/** A fake server at the client's seam: records requests and answers with real `Response`s. */
function fakeServer(answer: (url: string, init: RequestInit | undefined) => Response) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    requests.push({ url, init });
    return answer(url, init);
  };
  return { requests, fetchFn };
}

const report: RiskReport = {
  generatedAt: '2025-03-24T08:00:00Z',
  user: { displayName: 'Megan Bowen', email: 'megan@contoso.com', timeZone: 'Europe/Berlin' },
  horizon: { start: '2025-03-24T08:00:00Z', end: '2025-04-07T08:00:00Z' },
  items: [],
};

describe('createApiClient', () => {
  it('asks for risks with the bearer token and the horizon', async () => {
    const server = fakeServer(() => Response.json(report));
    const client = createApiClient({ baseUrl: 'http://app.test', fetchFn: server.fetchFn });
    await expect(client.loadRisks('tok.en', 14)).resolves.toEqual(report);
    expect(server.requests[0]?.url).toBe('http://app.test/api/risks?horizonDays=14');
    expect(new Headers(server.requests[0]?.init?.headers).get('authorization')).toBe('Bearer tok.en');
  });

  it('throws an ApiError carrying the server problem', async () => {
    const problem = { type: 'about:blank', title: 'Consent', status: 403, detail: 'Consent needed.', code: 'AUTH_CONSENT_REQUIRED' };
    const server = fakeServer(
      () => new Response(JSON.stringify(problem), { status: 403, headers: { 'content-type': 'application/problem+json' } }),
    );
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    const error = await client.loadRisks('t', 14).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toEqual(problem);
  });

  it('reports an unreachable server as NETWORK_UNREACHABLE', async () => {
    const client = createApiClient({
      baseUrl: '',
      fetchFn: () => Promise.reject(new TypeError('fetch failed')),
    });
    const error = await client.loadAuthConfig().catch((e: unknown) => e);
    expect((error as ApiError).problem.code).toBe('NETWORK_UNREACHABLE');
  });

  it('posts the chosen person to the demo token URL and returns the token', async () => {
    const server = fakeServer(() => Response.json({ token: 'demo.jwt' }));
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    await expect(client.createDemoToken('/demo-auth/sso-token', 'lena@contoso.com')).resolves.toBe('demo.jwt');
    expect(server.requests[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(server.requests[0]?.init?.body))).toEqual({ userPrincipalName: 'lena@contoso.com' });
  });

  it('rejects a people list without a value array', async () => {
    const server = fakeServer(() => Response.json({ people: [] }));
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    const error = await client.loadDemoUsers('/demo-auth/users').catch((e: unknown) => e);
    expect((error as ApiError).problem.code).toBe('RESPONSE_UNEXPECTED');
  });
});
