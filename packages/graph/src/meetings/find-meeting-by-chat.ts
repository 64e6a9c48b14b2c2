import type { Instant } from '@upfront/core';
import { GraphError } from '../errors.js';
import { toUserPath, type GraphAccess } from '../session/graph-access.js';
import type { GraphCall } from '../session/graph-call.js';
import type { RetryPolicy } from '../session/graph-middleware.js';
import { GraphReadTransport } from '../session/graph-read-transport.js';
import { LoadStats } from '../session/load-stats.js';

/** What a Teams meeting chat leads to on the user's calendar. */
export type MeetingByChat =
  /** The occurrences on the user's calendar in the window whose join URL is the chat's, earliest first. */
  | { readonly kind: 'found'; readonly chatId: string; readonly joinWebUrl: string; readonly eventIds: readonly string[]; readonly roundTrips: number }
  /** The chat is no meeting's (a group or one-on-one chat). */
  | { readonly kind: 'not-a-meeting'; readonly chatId: string; readonly chatType: string; readonly roundTrips: number }
  /**
   * A meeting chat whose meeting is not on the user's calendar in the window (later, or the user is not invited on
   * their own calendar); `subject`/`startAt` when Graph's online meeting with the join URL tells them.
   */
  | { readonly kind: 'not-on-calendar'; readonly chatId: string; readonly joinWebUrl: string; readonly subject?: string; readonly startAt?: Instant; readonly roundTrips: number }
  /** Graph knows no such chat (404). */
  | { readonly kind: 'chat-not-found'; readonly chatId: string; readonly roundTrips: number }
  /** Graph refuses the chat (403): the user is not a member, or the app lacks Chat.ReadBasic. */
  | { readonly kind: 'chat-forbidden'; readonly chatId: string; readonly graphMessage: string; readonly roundTrips: number };

/** A look-up of the meeting behind a Teams chat (the meeting side panel knows only the chat id). */
export interface FindMeetingByChatRequest extends GraphAccess {
  readonly chatId: string;
  /** The calendar window the meeting is looked for in (the occurrence on now or next). */
  readonly window: { readonly start: Instant; readonly end: Instant };
}

export interface MeetingFinder {
  findByChat(req: FindMeetingByChatRequest): Promise<MeetingByChat>;
}

export interface MeetingFinderOptions {
  /** Graph root with version (https only). */
  baseUrl: string;
  fetch?: typeof fetch;
  maxRetries?: number;
  maxRetryAfterMs?: number;
  backoffBaseMs?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Pages of the calendar window read at most (100 occurrences each). */
const MAX_CALENDAR_PAGES = 5;
const PREFER_UTC = { Prefer: 'outlook.timezone="UTC", odata.maxpagesize=100' };
const EVENT_SELECT = '$select=id,start,end,isCancelled,isOnlineMeeting,onlineMeeting';

interface WireEvent {
  id?: string;
  isCancelled?: boolean;
  end?: { dateTime?: string };
  onlineMeeting?: { joinUrl?: string } | null;
}
interface WirePage { value?: WireEvent[]; '@odata.nextLink'?: string }
interface WireChat { chatType?: string; onlineMeetingInfo?: { joinWebUrl?: string } | null }
interface WireOnlineMeeting { subject?: string; startDateTime?: string }

/**
 * Join URLs compare by their path, decoded and lower-cased: Teams writes `19%3ameeting_…%40thread.v2` on one
 * resource and `19%3Ameeting_…` on another, and the `?context=` part varies with who reads it.
 */
export function toJoinUrlKey(url: string): string {
  const path = url.split('?')[0] ?? url;
  try {
    return decodeURIComponent(path).toLowerCase().replace(/\/+$/, '');
  } catch {
    return path.toLowerCase();
  }
}

/**
 * Finds the meeting behind a Teams chat: `GET /chats/{id}` → `onlineMeetingInfo.joinWebUrl` → the calendar event
 * with that join URL (`onlineMeeting.joinUrl`). The chat and the calendar window are read in one `$batch` (the
 * calendar read does not depend on the chat), so a meeting on the calendar costs **one round trip** (plus one per
 * further page of more than 100 occurrences). Only when no event matches, a second round trip asks
 * `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'` for the meeting's subject and start, to say which meeting it is.
 */
export function createMeetingFinder(opts: MeetingFinderOptions): MeetingFinder {
  if (!opts.baseUrl.startsWith('https://')) throw new Error('createMeetingFinder: baseUrl must be https://');
  const fetchFn = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const retry: RetryPolicy = {
    maxRetries: opts.maxRetries ?? 3,
    maxRetryAfterMs: opts.maxRetryAfterMs ?? 10_000,
    backoffBaseMs: opts.backoffBaseMs ?? 500,
    timeoutMs: opts.timeoutMs ?? 15_000,
    sleep: opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  return {
    async findByChat(req) {
      const stats = new LoadStats();
      const appOnly = req.address?.kind === 'user';
      const transport = new GraphReadTransport({ baseUrl: opts.baseUrl, accessToken: req.accessToken, fetch: fetchFn, retry, stats, useBatch: true, appOnly });
      const userPath = toUserPath(req.address);
      const { chatId } = req;
      const calendarUrl = `${userPath}/calendarView?startDateTime=${encodeURIComponent(req.window.start)}&endDateTime=${encodeURIComponent(req.window.end)}&${EVENT_SELECT}&$top=100`;
      const calls: GraphCall[] = [
        { id: 'chat', method: 'GET', url: `${userPath}/chats/${encodeURIComponent(chatId)}`, area: 'calendar' },
        { id: 'calendar', method: 'GET', url: calendarUrl, headers: PREFER_UTC, area: 'calendar' },
      ];
      // 1. The chat and the first page of the calendar window, in one round trip.
      const first = await transport.batch(calls, 1);
      const chat = first.get('chat');
      const calendar = first.get('calendar');
      if (!chat || !calendar) throw new GraphError('GRAPH_BAD_RESPONSE', '$batch answer lacks the chat or the calendar', { stale: ['calendar'] });
      if (chat.status === 404) return { kind: 'chat-not-found', chatId, roundTrips: stats.roundTrips };
      if (chat.status === 403) {
        const graphMessage = (chat.body as { error?: { message?: string } } | undefined)?.error?.message ?? '';
        return { kind: 'chat-forbidden', chatId, graphMessage, roundTrips: stats.roundTrips };
      }
      if (chat.status >= 400) throw transport.itemError(chat, 'calendar');
      const wireChat = (chat.body ?? {}) as WireChat;
      const joinWebUrl = wireChat.onlineMeetingInfo?.joinWebUrl;
      if (wireChat.chatType !== 'meeting' || typeof joinWebUrl !== 'string' || joinWebUrl === '') {
        return { kind: 'not-a-meeting', chatId, chatType: wireChat.chatType ?? 'unknown', roundTrips: stats.roundTrips };
      }
      if (calendar.status >= 400) throw transport.itemError(calendar, 'calendar');
      // 2. The rest of the window, if it has more than one page (rare: 100 occurrences in two weeks).
      const key = toJoinUrlKey(joinWebUrl);
      const eventIds: string[] = [];
      let page = calendar.body as WirePage;
      for (let wave = 2; ; wave += 1) {
        for (const e of page.value ?? []) {
          const url = e.onlineMeeting?.joinUrl;
          if (typeof e.id === 'string' && e.isCancelled !== true && typeof url === 'string' && toJoinUrlKey(url) === key) eventIds.push(e.id);
        }
        const next = page['@odata.nextLink'];
        if (next === undefined || wave > MAX_CALENDAR_PAGES) break;
        page = (await transport.read({ id: 'calendar-next', method: 'GET', url: next, headers: PREFER_UTC, area: 'calendar' }, wave)) as WirePage;
      }
      if (eventIds.length > 0) return { kind: 'found', chatId, joinWebUrl, eventIds, roundTrips: stats.roundTrips };
      // 3. Not on the calendar in the window: which meeting it is, from the online meeting with the join URL.
      const filter = encodeURIComponent(`JoinWebUrl eq '${joinWebUrl.replace(/'/g, "''")}'`);
      const found = await transport.batch([{ id: 'meeting', method: 'GET', url: `${userPath}/onlineMeetings?$filter=${filter}`, area: 'calendar' }], stats.roundTrips + 1);
      const meeting = found.get('meeting');
      const online = meeting && meeting.status < 400 ? ((meeting.body as { value?: WireOnlineMeeting[] } | undefined)?.value?.[0]) : undefined;
      return {
        kind: 'not-on-calendar', chatId, joinWebUrl,
        ...(typeof online?.subject === 'string' ? { subject: online.subject } : {}),
        ...(typeof online?.startDateTime === 'string' ? { startAt: online.startDateTime as Instant } : {}),
        roundTrips: stats.roundTrips,
      };
    },
  };
}
