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
  locale: 'en-GB',
  autoRepliesOn: false,
  user: { displayName: 'Megan Bowen', email: 'megan@contoso.com', timeZone: 'Europe/Berlin', city: 'Berlin' },
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

  it("asks for the report in the host's locale, and leaves out a tag the API would refuse", async () => {
    const server = fakeServer(() => Response.json(report));
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    await client.loadRisks('t', 14, 'de-DE');
    await client.loadRisks('t', 14, 'de DE; drop');
    // No horizon: the server uses the one the user stored in Settings.
    await client.loadRisks('t', undefined, 'fr-FR');
    expect(server.requests.map((r) => r.url)).toEqual(['/api/risks?horizonDays=14&locale=de-DE', '/api/risks?horizonDays=14', '/api/risks?locale=fr-FR']);
    expect(new Headers(server.requests[0]?.init?.headers).get('cache-control')).toBeNull();
  });

  it('asks for a fresh read on Refresh', async () => {
    const server = fakeServer(() => Response.json(report));
    await createApiClient({ baseUrl: '', fetchFn: server.fetchFn }).loadRisks('t', undefined, undefined, { fresh: true });
    expect(new Headers(server.requests[0]?.init?.headers).get('cache-control')).toBe('no-cache');
  });

  it('snoozes an item with a PUT of its mark at the horizon shown, and takes it off with a DELETE', async () => {
    const mark = { kind: 'snoozed', until: '2025-03-25T07:00:00Z', markedAt: '2025-03-24T08:00:00Z' };
    const server = fakeServer((_, init) => (init?.method === 'DELETE' ? new Response(null, { status: 204 }) : Response.json(mark)));
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    await expect(client.saveItemMark('t', 'todo:a/b', { kind: 'snoozed', until: '2025-03-25T07:00:00Z' }, 14)).resolves.toEqual(mark);
    await client.deleteItemMark('t', 'todo:a/b');
    expect(server.requests.map((r) => `${r.init?.method} ${r.url}`)).toEqual(['PUT /api/items/todo%3Aa%2Fb/mark?horizonDays=14', 'DELETE /api/items/todo%3Aa%2Fb/mark']);
    expect(JSON.parse(String(server.requests[0]?.init?.body))).toEqual({ kind: 'snoozed', until: '2025-03-25T07:00:00Z' });
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

  it('puts the effort estimate for an item, with its id escaped, and accepts a 204', async () => {
    const server = fakeServer(() => new Response(null, { status: 204 }));
    const client = createApiClient({ baseUrl: 'http://app.test', fetchFn: server.fetchFn });
    await expect(client.saveEffortOverride('tok', 'AAMk/x=', { hours: 2.5 })).resolves.toBeUndefined();
    const sent = server.requests[0];
    expect(sent?.url).toBe('http://app.test/api/items/AAMk%2Fx%3D/effort');
    expect(sent?.init?.method).toBe('PUT');
    expect(new Headers(sent?.init?.headers).get('authorization')).toBe('Bearer tok');
    expect(JSON.parse(String(sent?.init?.body))).toEqual({ hours: 2.5 });
  });

  it('deletes the effort estimate, and reports a refused one with the server problem', async () => {
    const problem = { type: 'about:blank', title: 'Invalid', status: 400, detail: 'body/hours must be <= 1000', code: 'REQUEST_INVALID' };
    const server = fakeServer((_, init) =>
      init?.method === 'DELETE'
        ? new Response(null, { status: 204 })
        : new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }),
    );
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    await client.deleteEffortOverride('tok', 'item-1');
    expect(server.requests[0]).toMatchObject({ url: '/api/items/item-1/effort', init: { method: 'DELETE' } });
    const error = await client.saveEffortOverride('tok', 'item-1', { hours: 5000 }).catch((e: unknown) => e);
    expect((error as ApiError).problem.detail).toBe('body/hours must be <= 1000');
  });

  it('lists stakeholder preferences, filling a missing holiday list', async () => {
    const server = fakeServer(() =>
      Response.json({
        value: [
          { stakeholderId: 'lena@contoso.com', deadlineStyle: { kind: 'end-of-day' }, workedHolidays: ['2025-10-03'] },
          { stakeholderId: 'raj@contoso.com' },
        ],
      }),
    );
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    await expect(client.loadStakeholderPreferences('tok')).resolves.toEqual([
      { stakeholderId: 'lena@contoso.com', deadlineStyle: { kind: 'end-of-day' }, workedHolidays: ['2025-10-03'] },
      { stakeholderId: 'raj@contoso.com', workedHolidays: [] },
    ]);
    expect(server.requests[0]?.url).toBe('/api/stakeholders/preferences');
    expect(new Headers(server.requests[0]?.init?.headers).get('authorization')).toBe('Bearer tok');
  });

  it('reports a 2xx body that is not JSON as RESPONSE_UNEXPECTED with its status', async () => {
    const server = fakeServer(() => new Response('<html>', { status: 203 }));
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    const error = await client.loadStakeholderPreferences('tok').catch((e: unknown) => e);
    expect((error as ApiError).problem).toMatchObject({ code: 'RESPONSE_UNEXPECTED', status: 203 });
  });

  it('rejects a preference list without a value array', async () => {
    const server = fakeServer(() => Response.json([]));
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    const error = await client.loadStakeholderPreferences('tok').catch((e: unknown) => e);
    expect((error as ApiError).problem.code).toBe('RESPONSE_UNEXPECTED');
  });

  it('puts the whole preference of a stakeholder under their escaped email', async () => {
    const server = fakeServer(() => new Response(null, { status: 204 }));
    const client = createApiClient({ baseUrl: '', fetchFn: server.fetchFn });
    await client.saveStakeholderPreference('tok', 'lena@contoso.com', {
      deadlineStyle: { kind: 'exact-time', time: '15:00' },
      workedHolidays: ['2025-10-03'],
    });
    expect(server.requests[0]?.url).toBe('/api/stakeholders/lena%40contoso.com/preferences');
    expect(server.requests[0]?.init?.method).toBe('PUT');
    expect(JSON.parse(String(server.requests[0]?.init?.body))).toEqual({
      deadlineStyle: { kind: 'exact-time', time: '15:00' },
      workedHolidays: ['2025-10-03'],
    });
  });
});
