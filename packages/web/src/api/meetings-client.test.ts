import type { MeetingPanel } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError, type FetchFn } from './client.js';
import { createMeetingsClient } from './meetings-client.js';

/** A fake server at the client's seam: records requests and answers with real `Response`s. */
function fakeServer(answer: (url: string) => Response) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn: FetchFn = async (url, init) => {
    requests.push({ url, init });
    return answer(url);
  };
  return { requests, fetchFn };
}

const panel: MeetingPanel = {
  chatId: '19:meeting_abc@thread.v2', meetingId: 'AAMk=', subject: 'Go/no-go', startAt: '2025-03-25T14:00:00Z', endAt: '2025-03-25T14:30:00Z',
  timeZone: 'America/Los_Angeles', locale: 'de-DE', attendees: [],
};

describe('createMeetingsClient', () => {
  it('asks for the panel of a chat id (escaped: it holds ":" and "@") in the host locale, with the bearer token', async () => {
    const server = fakeServer(() => Response.json(panel));
    const client = createMeetingsClient({ baseUrl: '', fetchFn: server.fetchFn });
    await expect(client.loadPanel('tok', panel.chatId, 'de-DE')).resolves.toEqual(panel);
    await client.loadPanel('tok', panel.chatId, 'not a tag');
    expect(server.requests.map((r) => r.url)).toEqual([
      '/api/meetings/by-chat/19%3Ameeting_abc%40thread.v2?locale=de-DE',
      '/api/meetings/by-chat/19%3Ameeting_abc%40thread.v2',
    ]);
    expect(new Headers(server.requests[0]?.init?.headers).get('authorization')).toBe('Bearer tok');
  });

  it("drafts a heads-up through the suggestion's draft route with no edits", async () => {
    const server = fakeServer(() => Response.json({ suggestionId: 's:1', messageId: 'm1', webLink: 'https://outlook/m1', outcome: 'created' }, { status: 201 }));
    const client = createMeetingsClient({ baseUrl: '', fetchFn: server.fetchFn });
    await expect(client.draftHeadsUp('tok', 'heads-up:t1:jonas@x:2025-03-24')).resolves.toMatchObject({ webLink: 'https://outlook/m1' });
    expect(server.requests[0]?.url).toBe('/api/suggestions/heads-up%3At1%3Ajonas%40x%3A2025-03-24/draft');
    expect(server.requests[0]?.init?.method).toBe('POST');
    expect(server.requests[0]?.init?.body).toBe('{}');
  });

  it("turns the server's problem into an ApiError with its code", async () => {
    const problem = { type: 'about:blank', title: 'Unprocessable', status: 422, detail: 'This chat is not a meeting chat.', code: 'MEETING_CHAT_NOT_A_MEETING' };
    const server = fakeServer(() => new Response(JSON.stringify(problem), { status: 422, headers: { 'content-type': 'application/problem+json' } }));
    const client = createMeetingsClient({ baseUrl: '', fetchFn: server.fetchFn });
    const error = await client.loadPanel('tok', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ status: 422, code: 'MEETING_CHAT_NOT_A_MEETING' });
  });
});
