import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { envFor, mainDemoUser, simDemo, startSimulator } from './support.js';

// The demo "Teams preview" host (/demo-host/) and the meetings relay its side-panel picker reads: offered only
// where the demo sign-in relay is configured, and only to this machine.
let sim: RunningSimulator;
let demo: FastifyInstance;
let production: FastifyInstance;
let upn: string;

beforeAll(async () => {
  sim = await startSimulator(new Date().toISOString());
  demo = await buildApp(loadConfig(envFor(sim)), { logger: false });
  const { DEMO_IDENTITY_URL: _unset, ...withoutRelay } = envFor(sim);
  production = await buildApp(loadConfig(withoutRelay), { logger: false });
  upn = await mainDemoUser(sim);
});
afterAll(async () => {
  await demo?.close();
  await production?.close();
  await sim?.close();
});

describe('the demo preview host', () => {
  it('serves its page and its script to this machine, with no inline script under the page CSP', async () => {
    const page = await demo.inject({ url: '/demo-host/', remoteAddress: '127.0.0.1' });
    expect(page.statusCode).toBe(200);
    expect(String(page.headers['content-type'])).toMatch(/^text\/html/);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    // Every <script> has a src: the CSP would refuse an inline one.
    const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/demo-host/host.js" defer>']);
    const script = await demo.inject({ url: '/demo-host/host.js', remoteAddress: '::1' });
    expect(script.statusCode).toBe(200);
    expect(String(script.headers['content-type'])).toMatch(/^text\/javascript/);
    expect(script.body).toContain("'authentication.getAuthToken'");
  });

  it('refuses a request from another machine', async () => {
    for (const url of ['/demo-host/', '/demo-host/host.js']) {
      const res = await demo.inject({ url, remoteAddress: '10.1.2.3' });
      expect(res.statusCode).toBe(404);
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
    }
  });

  it('does not exist without the demo sign-in relay', async () => {
    for (const url of ['/demo-host/', '/demo-host/host.js', `/demo-auth/meetings/${encodeURIComponent(upn)}`]) {
      const res = await production.inject({ url, remoteAddress: '127.0.0.1' });
      expect(res.statusCode).toBe(404);
    }
  });

  it("relays a person's upcoming meetings with the chat id a side panel opens with", async () => {
    const expected = await simDemo<{ value: { chatId: string; subject: string; attendees: unknown[] }[] }>(sim, `/demo/meetings/${encodeURIComponent(upn)}`);
    const res = await demo.inject({ url: `/demo-auth/meetings/${encodeURIComponent(upn)}`, remoteAddress: '127.0.0.1' });
    expect(res.statusCode).toBe(200);
    const { value } = res.json() as { value: { chatId: string; subject: string; attendees: unknown[] }[] };
    expect(value.length).toBeGreaterThan(0);
    expect(value.map((m) => [m.chatId, m.subject, m.attendees.length])).toEqual(expected.value.map((m) => [m.chatId, m.subject, m.attendees.length]));
    // Only what the picker needs crosses the relay (no Graph join URL or event id).
    expect(Object.keys(value[0] ?? {}).sort()).toEqual(['attendees', 'chatId', 'end', 'start', 'subject']);
    const unknown = await demo.inject({ url: '/demo-auth/meetings/nobody%40example.com', remoteAddress: '127.0.0.1' });
    expect(unknown.statusCode).toBe(404);
    const remote = await demo.inject({ url: `/demo-auth/meetings/${encodeURIComponent(upn)}`, remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(404);
  });
});
