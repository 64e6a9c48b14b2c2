import type { Instant, UserWorld } from '@upfront/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphGateway } from '../src/index.js';
import { startSim } from './sim-support.js';

// The demo organisation around Mon 24 Mar 2025 08:00Z (04:00 in New York, 01:00 in San Francisco), read for Maya.
const now = '2025-03-24T08:00:00Z' as Instant;
const horizon = { start: '2025-03-24T00:00:00Z' as Instant, end: '2025-04-07T00:00:00Z' as Instant };
let env: Awaited<ReturnType<typeof startSim>>;
let world: UserWorld;
beforeAll(async () => {
  env = await startSim();
  world = (await createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch }).loadWorld({ accessToken: await env.graphToken(), horizon, now })).world;
});
afterAll(async () => {
  await env.close();
});

describe('what a message needs, read with the world', () => {
  it('gives a stakeholder the window of their scheduled automatic replies (getMailTips)', () => {
    // Marcus's replies run from 00:00 on his 2nd working day to 00:00 on his 4th, New York time: Wed 26 and Fri 28
    // March, EDT (UTC−4 since 9 March) → 04:00Z both.
    expect(world.stakeholders.find((s) => s.id === env.upn('marcus.green'))?.away).toEqual({ start: '2025-03-26T04:00:00Z', end: '2025-03-28T04:00:00Z' });
    // Siobhán's replies are simply on (no schedule): that says nothing about when she is away.
    expect(world.stakeholders.find((s) => s.id === env.upn('siobhan.kelly'))?.away).toBeUndefined();
  });

  it('lists upcoming meetings with other people, keyed by lower-cased address, without the user', () => {
    const meetings = world.meetings ?? [];
    expect(meetings.length).toBeGreaterThan(5);
    for (const m of meetings) {
      expect(m.attendeeIds).not.toContain(env.mainUpn.toLowerCase());
      expect(m.attendeeIds.every((id) => id === id.toLowerCase())).toBe(true);
      expect(Date.parse(m.end)).toBeGreaterThan(Date.parse(now));
    }
    expect(meetings.find((m) => m.subject === 'Partner pipeline review')).toMatchObject({
      organizerId: env.upn('olivia.harris'),
      attendeeIds: [env.upn('jonas.weber'), env.upn('olivia.harris')],
      isOnline: true,
      webLink: expect.stringMatching(/^https:\/\//),
    });
    expect(meetings.find((m) => m.subject === 'Pricing workshop')?.isOnline).toBe(false);
  });

  it('reads the day of attendees who are not stakeholders: zone, hours and holidays of Olivia in Sydney', () => {
    const stakeholderIds = new Set(world.stakeholders.map((s) => s.id));
    expect((world.people ?? []).every((p) => !stakeholderIds.has(p.id))).toBe(true);
    expect(world.people?.find((p) => p.id === env.upn('olivia.harris'))).toMatchObject({ timeZone: 'Australia/Sydney', holidayRegion: { country: 'AU' } });
  });

  it('lists To Do and Planner items completed in the last 14 days with when they were completed', () => {
    // "Draft the launch brief" was completed 4 days before now: 20 Mar 08:00Z.
    expect(world.completed?.find((i) => i.title === 'Draft the launch brief')).toMatchObject({ source: 'todo', completedAt: '2025-03-20T08:00:00Z' });
    expect(world.completed?.find((i) => i.title === 'Publish the beta feedback summary')).toMatchObject({ source: 'planner', planId: expect.any(String) });
    for (const i of world.completed ?? []) expect(Date.parse(now) - Date.parse(i.completedAt ?? '')).toBeLessThan(14 * 86_400_000);
  });

  it('dates a Planner item from when it was assigned to the user, and names its plan', () => {
    const faq = world.items.find((i) => i.title === 'Review the partner FAQ');
    // Ethan assigned it to Maya earlier today: after the start of her day, before now.
    expect(faq?.planId).toEqual(expect.any(String));
    expect(Date.parse(faq?.createdAt ?? '')).toBeLessThanOrEqual(Date.parse(now));
    expect(Date.parse(faq?.createdAt ?? '')).toBeGreaterThan(Date.parse(now) - 24 * 3_600_000);
  });

  it('finds colleagues in the groups of her plans, with busy times inside the horizon, never the user', () => {
    const colleagues = world.colleagues ?? [];
    const planIds = new Set(world.items.map((i) => i.planId).filter(Boolean));
    expect(colleagues.map((c) => c.id)).not.toContain(env.mainUpn.toLowerCase());
    expect(colleagues.find((c) => c.id === env.upn('ethan.park'))).toMatchObject({ timeZone: 'America/Los_Angeles' });
    for (const c of colleagues) {
      expect(c.planIds.length).toBeGreaterThan(0);
      expect(c.planIds.every((p) => planIds.has(p))).toBe(true);
      for (const b of c.busy) {
        expect(Date.parse(b.start)).toBeGreaterThanOrEqual(Date.parse(now));
        expect(Date.parse(b.end)).toBeLessThanOrEqual(Date.parse(horizon.end));
        expect(Date.parse(b.end)).toBeGreaterThan(Date.parse(b.start));
      }
    }
    // Marcus, away Wed–Fri, is busy then too (his automatic replies come with an out-of-office block or not: his
    // mail tip says so either way).
    expect(colleagues.find((c) => c.id === env.upn('marcus.green'))?.away).toEqual({ start: '2025-03-26T04:00:00Z', end: '2025-03-28T04:00:00Z' });
  });
});

describe('optional reads', () => {
  it('loads the world without colleagues when the token may not read group members (403), never failing the load', async () => {
    const scopes = ['User.Read', 'User.ReadBasic.All', 'MailboxSettings.Read', 'Calendars.ReadBasic', 'Calendars.Read.Shared', 'Tasks.Read', 'Mail.ReadWrite', 'People.Read'];
    const res = await env.fetch(`${env.sim.url}/demo/graph-token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userPrincipalName: env.mainUpn, scopes }) });
    const { token } = (await res.json()) as { token: string };
    const limited = await createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch }).loadWorld({ accessToken: token, horizon, now });
    expect(limited.world.colleagues).toEqual([]);
    expect({ ...limited.world, colleagues: undefined }).toEqual({ ...world, colleagues: undefined });
  });
});
