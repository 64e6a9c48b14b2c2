import { describe, expect, it } from 'vitest';
import { ApiError, type FetchFn } from './client.js';
import { createPeopleClient } from './people-client.js';

/** A fake server at the client's seam: records requests and answers with real `Response`s. */
function fakeServer(answer: (url: string, init: RequestInit | undefined) => Response) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    requests.push({ url, init });
    return answer(url, init);
  };
  return { requests, fetchFn };
}

const list = { generatedAt: '2026-12-01T10:00:00Z', user: {}, holidayWindowDays: 60, people: [] };

describe('createPeopleClient', () => {
  it('asks for people with the token, horizon and locale, and for a fresh read on Refresh', async () => {
    const server = fakeServer(() => Response.json(list));
    const client = createPeopleClient({ baseUrl: 'http://app.test', fetchFn: server.fetchFn });
    await client.loadPeople('tok', 14, 'de-DE');
    await client.loadPeople('tok', 14, 'not a locale!', { fresh: true });
    expect(server.requests.map((r) => r.url)).toEqual(['http://app.test/api/people?horizonDays=14&locale=de-DE', 'http://app.test/api/people?horizonDays=14']);
    expect(new Headers(server.requests[0]?.init?.headers).get('cache-control')).toBeNull();
    expect(new Headers(server.requests[1]?.init?.headers).get('cache-control')).toBe('no-cache');
    expect(new Headers(server.requests[1]?.init?.headers).get('authorization')).toBe('Bearer tok');
  });

  it('changes a preference from what the server holds now, keeping the worked holidays', async () => {
    const server = fakeServer((url, init) =>
      init?.method === 'PUT'
        ? new Response(null, { status: 204 })
        : Response.json({ value: [{ stakeholderId: 'lena@x.example', tone: 'diplomatic', workedHolidays: ['2026-12-25'] }] }),
    );
    const client = createPeopleClient({ baseUrl: '', fetchFn: server.fetchFn });
    await client.changePreference('tok', 'Lena@X.example', (p) => ({ ...p, deadlineStyle: { kind: 'end-of-day' } }));
    const put = server.requests[1];
    expect(put?.url).toBe('/api/stakeholders/lena%40x.example/preferences');
    expect(JSON.parse(String(put?.init?.body))).toEqual({ tone: 'diplomatic', workedHolidays: ['2026-12-25'], deadlineStyle: { kind: 'end-of-day' } });
  });

  it('turns a problem answer into an ApiError with the server’s detail', async () => {
    const problem = { type: 'about:blank', title: 'Bad request', status: 400, detail: 'horizonDays must be ≥ 1', code: 'REQUEST_INVALID' };
    const server = fakeServer(() => new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }));
    const client = createPeopleClient({ baseUrl: '', fetchFn: server.fetchFn });
    const error = await client.loadPeople('tok', 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ code: 'REQUEST_INVALID', detail: 'horizonDays must be ≥ 1' });
  });
});
