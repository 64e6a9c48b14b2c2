import { afterEach, describe, expect, it } from 'vitest';
import { GraphWriteTransport } from '../src/session/graph-write-transport.js';
import { LoadStats } from '../src/session/load-stats.js';
import { startSim } from './sim-support.js';

let env: Awaited<ReturnType<typeof startSim>> | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const draft = { subject: 'write path', body: { contentType: 'text', content: 'x' } };

async function writeWith(rule: Record<string, unknown>) {
  env = await startSim({ faults: { rules: [{ match: { method: 'POST', path: '/messages$' }, ...rule }] } } as never);
  const e = env;
  let posts = 0;
  const fetchFn = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    if ((init?.method ?? 'GET').toUpperCase() === 'POST') posts += 1;
    return e.fetch(input, init);
  }) as typeof fetch;
  const stats = new LoadStats();
  const retry = { maxRetries: 3, maxRetryAfterMs: 10_000, backoffBaseMs: 10, timeoutMs: 400, sleep: async () => {} };
  const t = new GraphWriteTransport({ baseUrl: e.graphBaseUrl, accessToken: await e.graphToken(), fetch: fetchFn, retry, stats });
  const outcome = await t.post('/me/messages', draft, 'drafts').then(
    (body) => ({ ok: true as const, body }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (rule['kind'] === 'timeout') return { outcome, posts, stored: 0 }; // it hung before the route ran (and a request after a hang keeps sim.close() waiting)
  const drafts = ((await (await e.fetch(`${e.sim.url}/demo/mailbox/${encodeURIComponent(e.mainUpn)}`)).json()) as { drafts: { subject: string }[] }).drafts;
  return { outcome, posts, stored: drafts.filter((d) => d.subject === 'write path').length };
}

describe('the write path never replays a POST that Graph may have committed', () => {
  it.each([
    { fault: '503 before the commit', rule: { kind: 'unavailable', retryAfterSeconds: 0, times: 1 }, code: 'GRAPH_THROTTLED', stored: 0 },
    { fault: '504 after the commit', rule: { kind: 'failAfterCommit', status: 504, times: 1 }, code: 'GRAPH_THROTTLED', stored: 1 },
    { fault: 'lost answer after the commit', rule: { kind: 'dropAfterCommit', times: 1 }, code: 'GRAPH_UNAVAILABLE', stored: 1 },
    { fault: 'timeout', rule: { kind: 'timeout', times: 1 }, code: 'GRAPH_UNAVAILABLE', stored: 0 },
  ])('sends once and fails with $code on a $fault', async ({ rule, code, stored }) => {
    const r = await writeWith(rule);
    expect(r.outcome).toMatchObject({ ok: false, error: { code } });
    expect(r.posts).toBe(1);
    expect(r.stored).toBe(stored);
  });

  it('sends a throttled POST again after Retry-After (429: Graph did not process it), and stores it once', async () => {
    const r = await writeWith({ kind: 'throttle', retryAfterSeconds: 0, times: 2 });
    expect(r.outcome).toMatchObject({ ok: true, body: { subject: 'write path' } });
    expect(r.posts).toBe(3);
    expect(r.stored).toBe(1);
  });
});
