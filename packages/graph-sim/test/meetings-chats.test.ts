import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

// The Graph side of the meeting side panel: a meeting chat's join URL, the event and online meeting with it.
let f: SimFixture;
let auth: Record<string, string>;
beforeAll(async () => {
  f = await startFixture();
  auth = { authorization: `Bearer ${await f.graphToken()}` };
});
afterAll(async () => f.close());

interface DemoMeeting { eventId: string; chatId: string; joinWebUrl: string; subject: string; start: string; end: string; attendees: { name: string; address: string }[] }
interface DemoMeetings { now: string; value: DemoMeeting[]; groupChatId: string }
const meetingsOf = async (upn = MAIN_UPN) => (await f.call(`/demo/meetings/${upn}`)).json() as DemoMeetings;
const goNoGo = async (upn = MAIN_UPN) => {
  const m = (await meetingsOf(upn)).value.find((x) => x.subject === 'Rate-limit rollout: partner go/no-go');
  if (!m) throw new Error('the go/no-go meeting is not listed');
  return m;
};

describe('GET /demo/meetings/{upn}', () => {
  it("lists the person's upcoming Teams meetings, earliest first, with a meeting chat id and a join URL", async () => {
    const { now, value } = await meetingsOf();
    expect(value.length).toBeGreaterThan(3);
    const starts = value.map((m) => m.start);
    expect(starts).toEqual([...starts].sort());
    expect(value.every((m) => Date.parse(m.end) > Date.parse(now))).toBe(true);
    expect(value.every((m) => /^19:meeting_[A-Za-z0-9+/]+@thread\.v2$/.test(m.chatId))).toBe(true);
    expect(value.every((m) => m.joinWebUrl === `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(m.chatId)}/0`)).toBe(true);
    // The pricing workshop is in a room (not online) and the vendor demo is cancelled: neither is a Teams meeting.
    expect(value.map((m) => m.subject)).not.toContain('Pricing workshop');
    expect(value.map((m) => m.subject).some((s) => s.startsWith('Canceled'))).toBe(false);
    const meeting = await goNoGo();
    expect(meeting.attendees.map((a) => a.address).sort()).toEqual(['jonas.weber@northwind.example', 'priya.raman@northwind.example']);
  });

  it('gives every participant the same chat and join URL for one meeting', async () => {
    const maya = await goNoGo();
    const jonas = await goNoGo('jonas.weber@northwind.example');
    expect(jonas.chatId).toBe(maya.chatId);
    expect(jonas.joinWebUrl).toBe(maya.joinWebUrl);
  });

  it('answers 404 for someone who is not in the demo', async () => {
    const res = await f.call('/demo/meetings/nobody@northwind.example');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('GET /chats/{id}', () => {
  it("returns the meeting chat with onlineMeetingInfo.joinWebUrl equal to the event's onlineMeeting.joinUrl", async () => {
    const meeting = await goNoGo();
    for (const path of [`/v1.0/chats/${meeting.chatId}`, `/v1.0/me/chats/${meeting.chatId}`]) {
      const res = await f.call(path, { headers: auth });
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({
        id: meeting.chatId, chatType: 'meeting', topic: meeting.subject,
        onlineMeetingInfo: { joinWebUrl: meeting.joinWebUrl, organizer: { userIdentityType: 'aadUser' } },
      });
    }
    const event = await f.call(`/v1.0/me/events/${meeting.eventId}?$select=onlineMeeting,isOnlineMeeting`, { headers: auth });
    expect(event.status).toBe(200);
    expect(event.json()).toMatchObject({ isOnlineMeeting: true, onlineMeeting: { joinUrl: meeting.joinWebUrl } });
  });

  it('answers a group chat with chatType group and no onlineMeetingInfo', async () => {
    const { groupChatId } = await meetingsOf();
    const res = await f.call(`/v1.0/chats/${groupChatId}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ id: groupChatId, chatType: 'group', onlineMeetingInfo: null });
  });

  it('answers 403 without Chat.ReadBasic, 403 to a non-member and 404 for an unknown chat', async () => {
    const meeting = await goNoGo();
    const noChat = { authorization: `Bearer ${await f.graphToken(MAIN_UPN, ['User.Read', 'Calendars.Read'])}` };
    const denied = await f.call(`/v1.0/chats/${meeting.chatId}`, { headers: noChat });
    expect(denied.status).toBe(403);
    expect((denied.json() as { error: { message: string } }).error.message).toContain('Chat.ReadBasic');
    // Ethan is not in the go/no-go meeting.
    const ethan = { authorization: `Bearer ${await f.graphToken('ethan.park@northwind.example')}` };
    expect((await f.call(`/v1.0/chats/${meeting.chatId}`, { headers: ethan })).status).toBe(403);
    const unknown = await f.call('/v1.0/chats/19:meeting_bm90LWEtbWVldGluZw@thread.v2', { headers: auth });
    expect(unknown.status).toBe(404);
    expect((unknown.json() as { error: { code: string } }).error.code).toBe('NotFound');
  });
});

describe("GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'", () => {
  it('finds the online meeting of a join URL, with its chat thread and participants', async () => {
    const meeting = await goNoGo();
    const filter = encodeURIComponent(`JoinWebUrl eq '${meeting.joinWebUrl}'`);
    const res = await f.call(`/v1.0/me/onlineMeetings?$filter=${filter}`, { headers: auth });
    expect(res.status).toBe(200);
    const body = res.json() as { value: Record<string, unknown>[] };
    expect(body.value).toHaveLength(1);
    expect(body.value[0]).toMatchObject({ joinWebUrl: meeting.joinWebUrl, subject: meeting.subject, chatInfo: { threadId: meeting.chatId } });
    // The same instant, whatever the fraction digits (Graph writes `…:00Z` or `…:00.0000000Z`).
    expect(Date.parse(String(body.value[0]?.['startDateTime']))).toBe(Date.parse(meeting.start));
    const upns = (body.value[0]?.['participants'] as { attendees: { upn: string }[] }).attendees.map((a) => a.upn).sort();
    expect(upns).toEqual(['jonas.weber@northwind.example', 'priya.raman@northwind.example']);
  });

  it('answers an empty list for a join URL of no meeting, 400 without the filter and 403 without OnlineMeetings.Read', async () => {
    const none = await f.call(`/v1.0/me/onlineMeetings?$filter=${encodeURIComponent("JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/x/0'")}`, { headers: auth });
    expect(none.status).toBe(200);
    expect((none.json() as { value: unknown[] }).value).toEqual([]);
    expect((await f.call('/v1.0/me/onlineMeetings', { headers: auth })).status).toBe(400);
    const noScope = { authorization: `Bearer ${await f.graphToken(MAIN_UPN, ['User.Read', 'Chat.ReadBasic'])}` };
    expect((await f.call(`/v1.0/me/onlineMeetings?$filter=${encodeURIComponent("JoinWebUrl eq 'x'")}`, { headers: noScope })).status).toBe(403);
  });
});
