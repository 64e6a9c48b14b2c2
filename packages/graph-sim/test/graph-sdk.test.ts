import { Client, PageIterator, type AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixture, type SimFixture } from './sim-fixture.js';

let f: SimFixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => f.close());

function sdkClient(token: string): Client {
  const authProvider: AuthenticationProvider = { getAccessToken: async () => token };
  return Client.initWithMiddleware({
    // The SDK appends the version itself: baseUrl is the host root (`${url}/v1.0` would give /v1.0/v1.0/...).
    baseUrl: f.sim.url,
    customHosts: new Set([new URL(f.sim.url).hostname]),
    authProvider,
    // The SDK copies fetchOptions into every fetch call: the dispatcher trusts the simulator's CA.
    fetchOptions: { dispatcher: f.dispatcher } as never,
  });
}

describe('the real Graph SDK client against the simulator', () => {
  it('follows absolute https nextLinks with the token on every page (calendarView, 3 per page)', async () => {
    const client = sdkClient(await f.graphToken());
    const first = await client.api('/me/calendarView').query({ startDateTime: '2025-03-24T00:00:00Z', endDateTime: '2025-04-05T00:00:00Z' })
      .header('Prefer', 'outlook.timezone="UTC"').top(3).get();
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${f.sim.url}/v1.0/me/calendarView\\?`));
    const subjects: string[] = [];
    let pages = 0;
    const it = new PageIterator(client, first, (e: { subject: string }) => {
      subjects.push(e.subject);
      return true;
    });
    await it.iterate();
    pages = Math.ceil(subjects.length / 3);
    expect(pages).toBeGreaterThan(5);
    expect(subjects).toContain('Focus time');
    expect(subjects).toContain('Maya / Ethan 1:1');
    const all = await client.api('/me/calendarView').query({ startDateTime: '2025-03-24T00:00:00Z', endDateTime: '2025-04-05T00:00:00Z' }).top(1000).get();
    expect(all.value.length).toBe(subjects.length);
  });

  it('surfaces Graph errors with code and request id', async () => {
    const client = sdkClient(await f.graphToken());
    await expect(client.api('/me/todo/lists/does-not-exist/tasks').get()).rejects.toMatchObject({ statusCode: 404, code: 'ErrorItemNotFound' });
  });
});
