import type { DraftResult, MeetingPanel } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, simDemo, ssoTokenFor, startSimulator } from './support.js';

// Monday 24 March 2025, 08:00Z (01:00 in San Francisco, where the demo user Maya works). On her next working day at
// 07:00 she meets Jonas (Berlin, 15:00 there) and Priya (Bangalore, 19:30 there) for the rate-limit go/no-go.
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let upn: string;
let auth: { authorization: string };
const apps: FastifyInstance[] = [];
const simAgent = () => new Agent({ connect: { ca: sim.caPem } });

interface DemoMeeting { eventId: string; chatId: string; subject: string; start: string; attendees: { name: string; address: string }[] }
interface DemoMeetings { value: DemoMeeting[]; groupChatId: string }
interface Mailbox { drafts: { id: string; subject: string; toRecipients: { emailAddress: { address: string } }[] }[] }

beforeAll(async () => {
  sim = await startSimulator(NOW);
  upn = await mainDemoUser(sim);
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, upn)}` };
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});
afterAll(async () => sim.close());

async function newApp(): Promise<FastifyInstance> {
  const app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
  apps.push(app);
  return app;
}
const meetings = () => simDemo<DemoMeetings>(sim, `/demo/meetings/${encodeURIComponent(upn)}`);
const meetingNamed = async (subject: string) => {
  const m = (await meetings()).value.find((x) => x.subject === subject);
  if (!m) throw new Error(`no demo meeting '${subject}'`);
  return m;
};
const panelOf = (app: FastifyInstance, chatId: string, query = '', headers: Record<string, string> = auth) =>
  app.inject({ url: `/api/meetings/by-chat/${encodeURIComponent(chatId)}${query}`, headers });

describe('GET /api/meetings/by-chat/:chatId', () => {
  it("answers the chat's meeting with each attendee's clock, what Maya owes them, and the heads-up to send", async () => {
    const app = await newApp();
    const meeting = await meetingNamed('Rate-limit rollout: partner go/no-go');
    const res = await panelOf(app, meeting.chatId);
    expect(res.statusCode).toBe(200);
    const panel = res.json<MeetingPanel>();
    expect(panel).toMatchObject({ chatId: meeting.chatId, meetingId: meeting.eventId, subject: meeting.subject, timeZone: 'America/Los_Angeles' });
    expect(Date.parse(panel.startAt)).toBe(Date.parse(meeting.start));
    const ids = panel.attendees.map((a) => a.id).sort();
    expect(ids).toEqual(meeting.attendees.map((a) => a.address.toLowerCase()).sort());
    const jonas = panel.attendees.find((a) => a.id === 'jonas.weber@northwind.example');
    const priya = panel.attendees.find((a) => a.id === 'priya.raman@northwind.example');
    expect(jonas?.timeZone).toBe('Europe/Berlin');
    // Graph names India's zone by its Windows name; its IANA alias is Asia/Calcutta.
    expect(['Asia/Kolkata', 'Asia/Calcutta']).toContain(priya?.timeZone);
    // 07:00 in San Francisco (PDT, UTC−7) on Tue 25 March is 14:00Z: 15:00 in Berlin (CET, UTC+1), within the last
    // 90 minutes of Jonas's 08:00–16:30 (from 15:00 on); 19:30 in Bangalore (UTC+5:30), past Priya's 09:30–18:00.
    expect(Date.parse(meeting.start)).toBe(Date.parse('2025-03-25T14:00:00Z'));
    expect(jonas?.dayPart).toBe('late-in-day');
    expect(priya?.dayPart).toBe('after-hours');
    // Every attendee Maya owes something has it with its state and the brief's talking point.
    const owing = panel.attendees.filter((a) => a.owed.length > 0);
    expect(owing.length).toBeGreaterThan(0);
    for (const a of owing) for (const o of a.owed) expect(o.text).toContain(o.title);
    // A heads-up goes only to someone who is among its recipients.
    for (const a of panel.attendees) if (a.headsUp) expect(a.headsUp.recipientNames).toContain(a.name);
    expect(panel.attendees.some((a) => a.headsUp !== undefined)).toBe(true);
  });

  it('writes the talking points in the host locale', async () => {
    const app = await newApp();
    const meeting = await meetingNamed('Rate-limit rollout: partner go/no-go');
    const en = (await panelOf(app, meeting.chatId, '?locale=en-US')).json<MeetingPanel>();
    const de = (await panelOf(app, meeting.chatId, '?locale=de-DE')).json<MeetingPanel>();
    expect(de.locale).toBe('de-DE');
    const dayText = (p: MeetingPanel) => p.attendees.flatMap((a) => a.day.map((d) => d.text)).join(' ');
    expect(dayText(de)).not.toBe(dayText(en));
  });

  it('drafts the heads-up once through the suggestion draft route, and the panel then shows its link', async () => {
    const app = await newApp();
    const meeting = await meetingNamed('Rate-limit rollout: partner go/no-go');
    const panel = (await panelOf(app, meeting.chatId)).json<MeetingPanel>();
    const headsUp = panel.attendees.find((a) => a.headsUp)?.headsUp;
    expect(headsUp).toBeDefined();
    const draft = await app.inject({ method: 'POST', url: `/api/suggestions/${encodeURIComponent(headsUp!.suggestionId)}/draft`, headers: { ...auth, 'content-type': 'application/json' }, payload: {} });
    expect(draft.statusCode).toBe(201);
    const result = draft.json<DraftResult>();
    const mailbox = await simDemo<Mailbox>(sim, `/demo/mailbox/${encodeURIComponent(upn)}`);
    expect(mailbox.drafts.filter((d) => d.id === result.messageId)).toHaveLength(1);
    const again = (await panelOf(app, meeting.chatId)).json<MeetingPanel>();
    const after = again.attendees.find((a) => a.headsUp?.suggestionId === headsUp!.suggestionId)?.headsUp;
    expect(after?.draft).toMatchObject({ messageId: result.messageId, webLink: result.webLink });
  });

  it('answers problems a person can act on: not a meeting (422), unknown chat (404), not a member (403)', async () => {
    const app = await newApp();
    const { groupChatId } = await meetings();
    const group = await panelOf(app, groupChatId);
    expect(group.statusCode).toBe(422);
    expect(group.headers['content-type']).toContain('application/problem+json');
    expect(group.json()).toMatchObject({ code: 'MEETING_CHAT_NOT_A_MEETING', detail: expect.stringContaining('side panel of a Teams meeting') });
    const unknown = await panelOf(app, '19:meeting_bm90LWEtbWVldGluZw@thread.v2');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'MEETING_CHAT_NOT_FOUND' });
    // Maya is not in the EMEA stand-up (Lucía's, with Jonas, Camille and Siobhan).
    const lucia = (await simDemo<DemoMeetings>(sim, '/demo/meetings/lucia.fernandez@northwind.example')).value.find((m) => m.subject === 'EMEA release stand-up');
    expect(lucia).toBeDefined();
    const foreign = await panelOf(app, lucia!.chatId);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'MEETING_CHAT_FORBIDDEN', detail: expect.stringContaining('Chat.ReadBasic') });
  });

  it("answers 404 with the meeting's name for a meeting chat of hers beyond the two weeks it prepares", async () => {
    const app = await newApp();
    // Maya schedules a Teams meeting with Jonas three weeks ahead, through Graph; its chat id is in its join URL.
    const graph = (await simDemo<{ token: string }>(sim, '/demo/graph-token', { userPrincipalName: upn })).token;
    const start = new Date(Date.parse(NOW) + 21 * 86_400_000).toISOString().slice(0, 19);
    const end = new Date(Date.parse(NOW) + 21 * 86_400_000 + 1_800_000).toISOString().slice(0, 19);
    const created = await undiciFetch(`${sim.url}/v1.0/me/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${graph}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: 'Q3 planning', isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness', start: { dateTime: start, timeZone: 'UTC' }, end: { dateTime: end, timeZone: 'UTC' },
        attendees: [{ type: 'required', emailAddress: { address: 'jonas.weber@northwind.example', name: 'Jonas Weber' } }] }),
      dispatcher: simAgent(),
    });
    expect(created.status).toBe(201);
    const joinUrl = ((await created.json()) as { onlineMeeting: { joinUrl: string } }).onlineMeeting.joinUrl;
    const chatId = decodeURIComponent(new URL(joinUrl).pathname.split('/')[3] ?? '');
    expect(chatId).toMatch(/^19:meeting_/);
    const res = await panelOf(app, chatId);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'MEETING_NOT_ON_CALENDAR', detail: expect.stringContaining('“Q3 planning”') });
  });

  it('needs a signed-in user', async () => {
    const app = await newApp();
    const meeting = await meetingNamed('Rate-limit rollout: partner go/no-go');
    const res = await panelOf(app, meeting.chatId, '', {});
    expect(res.statusCode).toBe(401);
  });
});
