import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configFor, mainDemoUser, ssoTokenFor, startSimulator } from '../support.js';
import { openInTeamsHost } from './support/teams-host.js';
import { CHROMIUM_FLAGS, chromiumPath, webRoot } from './support/web-root.js';


let sim: RunningSimulator;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  app = await buildApp(configFor(sim, { WEB_ROOT: webRoot, HOST: '127.0.0.1' }), { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  base = `http://localhost:${address.port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await sim?.close();
});

describe('the tab in a Teams host', () => {
  it('initialises teams-js, signs in with the host token and tells the host it is ready', async () => {
    const upn = await mainDemoUser(sim);
    const host = await openInTeamsHost(browser, base, { token: () => ssoTokenFor(sim, upn) });
    await host.waitFor('appInitialization.success');
    await expect.poll(() => host.tab.getByTestId('risk-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const funcs = (await host.log()).map((entry) => entry.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs).toContain('authentication.getAuthToken');
    await host.close();
  });
});
