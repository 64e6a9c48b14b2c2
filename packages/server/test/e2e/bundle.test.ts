import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envFor, mainDemoUser, ssoTokenFor, startSimulator } from '../support.js';

// What `npm start` runs: the built bundle as its own process, configured only through the environment.
const bundle = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
let sim: RunningSimulator;
let server: ChildProcess;
let base: string;
let output = '';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [bundle], {
    env: { PATH: process.env.PATH ?? '', ...envFor(sim, { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 100; i += 1) {
    if (server.exitCode !== null) throw new Error(`the server exited ${server.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not start:\n${output}`);
});
afterAll(async () => {
  server?.kill('SIGTERM');
  await sim?.close();
});

describe('the built server', () => {
  it('serves the tab and answers the API as a process of its own', async () => {
    const page = await fetch(base);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(await page.text()).toContain('<div id="root">');

    // A deep link or a reload of a page of the tab gets the tab; a missing API route stays a problem.
    const deep = await fetch(`${base}/settings/people`, { headers: { accept: 'text/html' } });
    expect(await deep.text()).toContain('<div id="root">');
    const missing = await fetch(`${base}/api/nothing`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const token = await ssoTokenFor(sim, await mainDemoUser(sim));
    const res = await fetch(`${base}/api/risks`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as RiskReport).items.length).toBeGreaterThan(0);
  });

  it('stops with a list of every configuration problem when the environment is incomplete', async () => {
    const broken = spawn(process.execPath, [bundle], { env: { PATH: process.env.PATH ?? '', PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    broken.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => broken.on('exit', resolve));
    expect(code).toBe(1);
    expect(text).toContain('PORT');
    expect(text).toContain('GRAPH_BASE_URL');
    expect(text).toContain('.env.example');
  });
});
