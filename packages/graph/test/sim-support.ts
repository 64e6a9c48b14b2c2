import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphSimulator } from '@upfront/graph-sim';
import { createTrustingFetch } from '../src/index.js';

type SimOptions = Parameters<typeof startGraphSimulator>[0];

/** Starts the Graph simulator on a free loopback port with a temp cert dir, and a fetch that trusts its CA. */
export async function startSim(opts: Partial<Omit<SimOptions, 'certDir'>> = {}) {
  const certDir = await mkdtemp(join(tmpdir(), 'upfront-graph-'));
  const sim = await startGraphSimulator({ port: 0, now: '2025-03-24T08:00:00Z', ...opts, certDir } as SimOptions);
  const fetchFn = createTrustingFetch(sim.caPem);
  const post = async (path: string, body: unknown) => {
    const res = await fetchFn(`${sim.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    return (await res.json()) as { token: string };
  };
  const users = (await (await fetchFn(`${sim.url}/demo/users`)).json()) as { value: { userPrincipalName: string }[] };
  const mainUpn = users.value[0]?.userPrincipalName ?? '';
  const graphBaseUrl = `${sim.url}/v1.0`;
  /** One Graph call with a token, as a client would make it: status and JSON body (none for 204). */
  const call = async (token: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetchFn(`${graphBaseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> & { value?: Record<string, unknown>[] } };
  };
  return {
    sim,
    fetch: fetchFn,
    mainUpn,
    /** `alias@` + the demo domain, e.g. `upn('jonas.weber')`. */
    upn: (alias: string) => `${alias}@${mainUpn.split('@')[1] ?? ''}`,
    call,
    graphBaseUrl,
    graphToken: async (upn = mainUpn) => (await post('/demo/graph-token', { userPrincipalName: upn })).token,
    ssoToken: async (upn = mainUpn) => (await post('/demo/sso-token', { userPrincipalName: upn })).token,
    async close() {
      await sim.close();
      await rm(certDir, { recursive: true, force: true });
    },
  };
}
