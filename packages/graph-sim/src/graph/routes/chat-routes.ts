import { chatIdOf, groupChatIdOf, joinWebUrlOf, meetingEventOf, organizerIdOf } from '../../meetings/online-meetings.js';
import type { SimEvent, SimPerson } from '../../state/types.js';
import { badRequest, GraphHttpError, ok, type GraphResponse } from '../graph-http.js';
import type { RouteCtx, RouteDef } from '../route-types.js';

/**
 * Teams chats and online meetings, as far as a meeting side panel needs them:
 * - `GET /chats/{id}` (also `/me/chats/{id}`, `/users/{id}/chats/{id}`): Chat.ReadBasic least privileged
 *   (Chat.Read, Chat.ReadWrite higher), application Chat.ReadBasic.All / Chat.Read.All ([D: chat-get.md]);
 *   no OData query options. A chat the caller is not a member of answers 403, an unknown one 404.
 * - `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`: OnlineMeetings.Read / OnlineMeetings.ReadWrite
 *   ([D: onlinemeeting-get.md]); the filter is the only way to list, anything else is 400.
 */
const chatRead = {
  delegated: ['Chat.ReadBasic', 'Chat.Read', 'Chat.ReadWrite'],
  app: ['Chat.ReadBasic.All', 'Chat.Read.All', 'Chat.ReadWrite.All'],
  deny: { code: 'Forbidden', message: 'Missing scope permissions on the request. API requires one of \'Chat.ReadBasic, Chat.Read, Chat.ReadWrite\'.' },
} as const;
const meetingRead = {
  delegated: ['OnlineMeetings.Read', 'OnlineMeetings.ReadWrite'],
  app: ['OnlineMeetings.Read.All', 'OnlineMeetings.ReadWrite.All'],
  deny: { code: 'Forbidden', message: 'Application does not have permission to GetOnlineMeeting on behalf of the user.' },
} as const;

/** Whose chats the call reads: the path's user, or the signed-in one for `/chats/{id}`. */
function readerOf(ctx: RouteCtx): SimPerson {
  if (ctx.subject) {
    if (ctx.auth.kind === 'delegated' && ctx.auth.person.id !== ctx.subject.id) throw new GraphHttpError(403, 'Forbidden', 'Forbidden');
    return ctx.subject;
  }
  if (ctx.auth.kind !== 'delegated') throw badRequest('Requested API is not supported in application-only context. Use /users/{id}/chats/{chat-id}.');
  return ctx.auth.person;
}

/** Somebody's copy of the meeting with this chat, to tell "not yours" (403) from "no such chat" (404). */
function anyoneHas(ctx: RouteCtx, chatId: string): boolean {
  // Only the demo organisation's people hold meetings with chats worth probing; generated users are not scanned.
  return ctx.rt.world.people.slice(0, 32).some((p) => meetingEventOf(ctx.rt, p, chatId) !== undefined);
}

function chatOf(ctx: RouteCtx, ev: SimEvent): Record<string, unknown> {
  const id = chatIdOf(ev);
  const tenantId = ctx.rt.identity.tenantId;
  return {
    '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#chats/$entity`,
    id,
    topic: ev.subject,
    createdDateTime: ev.createdAt,
    lastUpdatedDateTime: ev.lastModifiedAt,
    chatType: 'meeting',
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(id)}/0?tenantId=${tenantId}`,
    tenantId,
    isHiddenForAllMembers: false,
    onlineMeetingInfo: {
      calendarEventId: null,
      joinWebUrl: joinWebUrlOf(ev),
      organizer: { id: organizerIdOf(ctx.rt, ev), displayName: null, userIdentityType: 'aadUser', tenantId },
    },
    viewpoint: { isHidden: false, lastMessageReadDateTime: ev.lastModifiedAt },
  };
}

function getChat(ctx: RouteCtx): GraphResponse {
  const reader = readerOf(ctx);
  const chatId = ctx.params['chatId'] ?? '';
  if (chatId === groupChatIdOf(reader)) {
    const tenantId = ctx.rt.identity.tenantId;
    return ok({
      '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#chats/$entity`,
      id: chatId, topic: null, createdDateTime: '2026-01-05T09:00:00Z', lastUpdatedDateTime: '2026-01-05T09:00:00Z', chatType: 'group',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatId)}/0?tenantId=${tenantId}`, tenantId, isHiddenForAllMembers: false,
      onlineMeetingInfo: null, viewpoint: { isHidden: false, lastMessageReadDateTime: '2026-01-05T09:00:00Z' },
    });
  }
  if (!/^19:[^@\s]+@thread\.(v2|skype|tacv2)$/.test(chatId)) throw new GraphHttpError(400, 'BadRequest', `Invalid ThreadId: ${chatId}`);
  const ev = meetingEventOf(ctx.rt, reader, chatId);
  if (ev) return ok(chatOf(ctx, ev));
  if (anyoneHas(ctx, chatId)) throw new GraphHttpError(403, 'Forbidden', 'Forbidden');
  throw new GraphHttpError(404, 'NotFound', `The chat ${chatId} was not found.`);
}

/** `JoinWebUrl eq '…'` (name case-insensitive, quotes doubled inside), or undefined. */
function joinUrlFilter(filter: string | undefined): string | undefined {
  const m = /^\s*joinWebUrl\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter ?? '');
  return m?.[1]?.replace(/''/g, "'");
}

function onlineMeetingOf(ctx: RouteCtx, reader: SimPerson, ev: SimEvent): Record<string, unknown> {
  const tenantId = ctx.rt.identity.tenantId;
  const organizerId = organizerIdOf(ctx.rt, ev);
  const chatId = chatIdOf(ev);
  const identity = (address: string, name: string) => {
    const p = ctx.rt.findPerson(address);
    return { identity: { user: { id: p?.id ?? null, displayName: p ? null : name, tenantId: p ? tenantId : null, identityProvider: 'AAD' } }, upn: address };
  };
  return {
    // Graph's id of an online meeting: base64 of "1*<organiser id>*0**<thread id>".
    id: Buffer.from(`1*${organizerId}*0**${chatId}`).toString('base64'),
    creationDateTime: ev.createdAt,
    startDateTime: ev.startAt,
    endDateTime: ev.endAt,
    joinUrl: joinWebUrlOf(ev),
    joinWebUrl: joinWebUrlOf(ev),
    subject: ev.subject,
    isBroadcast: false,
    autoAdmittedUsers: 'everyoneInCompany',
    participants: {
      organizer: { ...identity(ev.organizer.address, ev.organizer.name), role: 'presenter' },
      attendees: ev.attendees.filter((a) => a.address.toLowerCase() !== reader.userPrincipalName.toLowerCase() || ev.organizer.address.toLowerCase() === reader.userPrincipalName.toLowerCase())
        .map((a) => ({ ...identity(a.address, a.name), role: 'attendee' })),
    },
    chatInfo: { threadId: chatId, messageId: '0', replyChainMessageId: null },
  };
}

function listOnlineMeetings(ctx: RouteCtx): GraphResponse {
  const reader = ctx.subject ?? readerOf(ctx);
  const joinUrl = joinUrlFilter(ctx.req.query.get('$filter'));
  if (joinUrl === undefined) throw badRequest("Filter expression expected - /onlineMeetings?$filter=JoinWebUrl eq 'XXXX'.", 'InvalidArgument');
  const found = ctx.rt.mailbox(reader).events.find((e) => e.isOnlineMeeting && joinWebUrlOf(e) === joinUrl);
  return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#users('${reader.id}')/onlineMeetings`, value: found ? [onlineMeetingOf(ctx, reader, found)] : [] });
}

export const chatRoutes: RouteDef[] = [
  { method: 'GET', pattern: 'chats/:chatId', ...chatRead, handler: getChat },
  { method: 'GET', pattern: '~/chats/:chatId', ...chatRead, handler: getChat },
  { method: 'GET', pattern: '~/onlineMeetings', ...meetingRead, mailbox: true, handler: listOnlineMeetings },
];
