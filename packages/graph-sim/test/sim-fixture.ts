import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch } from 'undici';
import { startGraphSimulator, type RunningSimulator, type SimulatorOptions } from '../src/index.js';

export const FIXED_NOW = '2025-03-26T21:30:00Z';
export const MAIN_UPN = 'maya.brooks@northwind.example';

/** One certificate directory per test process: generated once, reused by every simulator in it. */
const certDir = mkdtempSync(join(tmpdir(), 'graph-sim-certs-'));

export interface SimFixture {
  sim: RunningSimulator;
  dispatcher: Agent;
  /** fetch against the simulator, trusting its CA explicitly. */
  call(path: string, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }>;
  graphToken(upn?: string, scopes?: string[]): Promise<string>;
  appToken(): Promise<string>;
  ssoToken(upn?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startFixture(opts: Partial<SimulatorOptions> = {}): Promise<SimFixture> {
  const sim = await startGraphSimulator({ port: 0, certDir, now: FIXED_NOW, ...opts });
  const dispatcher = new Agent({ connect: { ca: sim.caPem } });
  const call: SimFixture['call'] = async (path, init = {}) => {
    const res = await fetch(path.startsWith('https://') ? path : sim.url + path, { dispatcher, method: init.method ?? 'GET', headers: init.headers ?? {}, ...(init.body !== undefined ? { body: init.body } : {}) });
    const text = await res.text();
    return { status: res.status, headers: res.headers as unknown as Headers, text, json: () => JSON.parse(text) as unknown };
  };
  const token = async (path: string, body: unknown) => {
    const res = await call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${res.text}`);
    return (res.json() as { token: string }).token;
  };
  return {
    sim, dispatcher, call,
    graphToken: (upn = MAIN_UPN, scopes) => token('/demo/graph-token', { userPrincipalName: upn, ...(scopes ? { scopes } : {}) }),
    appToken: () => token('/demo/graph-token', { app: true }),
    ssoToken: (upn = MAIN_UPN) => token('/demo/sso-token', { userPrincipalName: upn }),
    close: async () => {
      await dispatcher.close();
      await sim.close();
    },
  };
}
