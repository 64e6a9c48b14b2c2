import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphSimulator, type RunningSimulator } from '@upfront/graph-sim';
import { Agent, fetch as undiciFetch } from 'undici';
import { loadConfig, type Config } from '../src/config.js';

/** One certificate folder per test process: the simulator makes its CA there once. */
const certDir = mkdtempSync(join(tmpdir(), 'upfront-certs-'));

export async function startSimulator(now: string, extra: Record<string, unknown> = {}): Promise<RunningSimulator> {
  return startGraphSimulator({ now, port: 0, certDir, ...extra });
}

/** The server's environment pointed at a running simulator, as .env.example does for the demo. */
export function envFor(sim: RunningSimulator, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'sqlite::memory:',
    GRAPH_BASE_URL: `${sim.url}/v1.0`,
    AUTH_AUTHORITY: sim.authority,
    AUTH_KNOWN_AUTHORITIES: new URL(sim.url).host,
    AUTH_CLIENT_ID: sim.appClientId,
    AUTH_CLIENT_SECRET: sim.appClientSecret,
    TOKEN_ISSUER: `${sim.url}/{tenantid}/v2.0`,
    TOKEN_JWKS_URL: sim.jwksUri,
    ALLOWED_TENANTS: sim.tenantId,
    TRUSTED_CA_FILE: sim.caFile,
    DEMO_IDENTITY_URL: sim.url,
    ...overrides,
  };
}

/** The server's configuration pointed at a running simulator. */
export function configFor(sim: RunningSimulator, overrides: Record<string, string> = {}): Readonly<Config> {
  return loadConfig(envFor(sim, overrides));
}

/** Calls one of the simulator's loopback demo routes, trusting its CA. */
export async function simDemo<T>(sim: RunningSimulator, path: string, body?: unknown): Promise<T> {
  const res = await undiciFetch(`${sim.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
    dispatcher: new Agent({ connect: { ca: sim.caPem } }),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function ssoTokenFor(sim: RunningSimulator, userPrincipalName: string): Promise<string> {
  return (await simDemo<{ token: string }>(sim, '/demo/sso-token', { userPrincipalName })).token;
}

export async function mainDemoUser(sim: RunningSimulator): Promise<string> {
  const { value } = await simDemo<{ value: { userPrincipalName: string }[] }>(sim, '/demo/users');
  const first = value[0];
  if (!first) throw new Error('the simulator lists no demo users');
  return first.userPrincipalName;
}
