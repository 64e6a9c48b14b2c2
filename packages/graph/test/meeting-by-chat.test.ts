import type { Instant } from '@upfront/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeetingFinder, toJoinUrlKey } from '../src/index.js';
import { startSim } from './sim-support.js';

type Env = Awaited<ReturnType<typeof startSim>>;
let env: Env;
beforeAll(async () => {
  env = await startSim();
});
afterAll(async () => env.close());

interface DemoMeeting { eventId: string; chatId: string; joinWebUrl: string; subject: string; start: string; end: string }
const demoMeetings = async (upn = env.mainUpn) =>
  (await (await env.fetch(`${env.sim.url}/demo/meetings/${encodeURIComponent(upn)}`)).json()) as { now: string; value: DemoMeeting[]; groupChatId: string };
const tokenWith = async (scopes: string[]) => {
  const res = await env.fetch(`${env.sim.url}/demo/graph-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userPrincipalName: env.mainUpn, scopes }) });
  return ((await res.json()) as { token: string }).token;
};

/** The simulator's fetch, counting HTTP requests on the wire. */
function counting() {
  const seen: string[] = [];
  const fetchFn = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    seen.push(`${(init?.method ?? 'GET').toUpperCase()} ${url.pathname.replace(/^\/v1\.0/, '')}`);
    return env.fetch(input, init);
  }) as typeof fetch;
  return { fetchFn, seen };
}

const DAY_MS = 86_400_000;
const windowFrom = (now: string, days: number) => ({ start: now as Instant, end: new Date(Date.parse(now) + days * DAY_MS).toISOString() as Instant });

describe('createMeetingFinder().findByChat', () => {
  it('finds the calendar occurrence of a meeting chat in one round trip (the chat and the calendar in one $batch)', async () => {
    const { now, value } = await demoMeetings();
    const meeting = value.find((m) => m.subject === 'Rate-limit rollout: partner go/no-go');
    expect(meeting).toBeDefined();
    const { fetchFn, seen } = counting();
    const finder = createMeetingFinder({ baseUrl: env.graphBaseUrl, fetch: fetchFn });
    const found = await finder.findByChat({ accessToken: await env.graphToken(), chatId: meeting!.chatId, window: windowFrom(now, 14) });
    expect(found).toEqual({ kind: 'found', chatId: meeting!.chatId, joinWebUrl: meeting!.joinWebUrl, eventIds: [meeting!.eventId], roundTrips: 1 });
    expect(seen).toEqual(['POST /$batch']);
  });

  it('gives every occurrence of a weekly series in the window, earliest first', async () => {
    const { now, value } = await demoMeetings();
    const standUps = value.filter((m) => m.subject === 'Daily stand-up');
    expect(standUps.length).toBeGreaterThan(5);
    const finder = createMeetingFinder({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const found = await finder.findByChat({ accessToken: await env.graphToken(), chatId: standUps[0]!.chatId, window: windowFrom(now, 14) });
    expect(found.kind).toBe('found');
    expect(found.kind === 'found' && found.eventIds).toEqual(standUps.map((m) => m.eventId));
  });

  it('says a group chat is not a meeting, and an unknown chat is not found', async () => {
    const { now, groupChatId } = await demoMeetings();
    const finder = createMeetingFinder({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const token = await env.graphToken();
    expect(await finder.findByChat({ accessToken: token, chatId: groupChatId, window: windowFrom(now, 14) })).toMatchObject({ kind: 'not-a-meeting', chatType: 'group' });
    expect(await finder.findByChat({ accessToken: token, chatId: '19:meeting_bm90LWEtbWVldGluZw@thread.v2', window: windowFrom(now, 14) })).toMatchObject({ kind: 'chat-not-found' });
  });

  it('names a meeting that is not on the calendar in the window, from its online meeting (a second round trip)', async () => {
    const { now, value } = await demoMeetings();
    // The hiring panel is three working days ahead: outside a one-day window.
    const later = value.find((m) => m.subject === 'Hiring panel');
    expect(later).toBeDefined();
    const finder = createMeetingFinder({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const found = await finder.findByChat({ accessToken: await env.graphToken(), chatId: later!.chatId, window: windowFrom(now, 1) });
    expect(found).toMatchObject({ kind: 'not-on-calendar', chatId: later!.chatId, joinWebUrl: later!.joinWebUrl, subject: 'Hiring panel', roundTrips: 2 });
    expect(found.kind === 'not-on-calendar' && Date.parse(found.startAt ?? '')).toBe(Date.parse(later!.start));
  });

  it('reports a chat Graph refuses without Chat.ReadBasic, with Graph’s reason', async () => {
    const { now, value } = await demoMeetings();
    const finder = createMeetingFinder({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const found = await finder.findByChat({ accessToken: await tokenWith(['User.Read', 'Calendars.Read']), chatId: value[0]!.chatId, window: windowFrom(now, 14) });
    expect(found.kind).toBe('chat-forbidden');
    expect(found.kind === 'chat-forbidden' && found.graphMessage).toContain('Chat.ReadBasic');
  });
});

describe('toJoinUrlKey', () => {
  it('compares join URLs by their decoded path, whatever the case of the escapes and the context', () => {
    const a = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABC%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d';
    const b = 'https://teams.microsoft.com/l/meetup-join/19%3Ameeting_ABC%40thread.v2/0';
    expect(toJoinUrlKey(a)).toBe(toJoinUrlKey(b));
    expect(toJoinUrlKey(b)).not.toBe(toJoinUrlKey('https://teams.microsoft.com/l/meetup-join/19%3Ameeting_ABD%40thread.v2/0'));
  });
});
