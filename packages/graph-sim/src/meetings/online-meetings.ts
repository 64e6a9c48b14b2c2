import { calendarViewInstances, type EventInstance } from '../graph/expand-events.js';
import { guidFrom } from '../state/ids.js';
import type { SimRuntime } from '../state/sim-runtime.js';
import type { SimEvent, SimPerson } from '../state/types.js';

/**
 * The Teams side of a simulated online meeting. Every copy of a meeting (the organiser's and each attendee's) shares
 * its iCalUId, so the chat id and the join URL are derived from it: every participant sees the same chat, and a
 * series has one chat and one join URL for all its occurrences, as in Teams.
 */

/** `19:meeting_<base64 of a GUID>@thread.v2`, the shape Teams gives meeting chats. */
export function chatIdOf(ev: SimEvent): string {
  return `19:meeting_${Buffer.from(guidFrom('meeting-chat', ev.iCalUId)).toString('base64').replace(/=+$/, '')}@thread.v2`;
}

/**
 * The join URL, `https://teams.microsoft.com/l/meetup-join/<encoded chat id>/0`: the same string on the event
 * (`onlineMeeting.joinUrl`), the chat (`onlineMeetingInfo.joinWebUrl`) and the online meeting (`joinWebUrl`).
 * Teams adds `?context={"Tid":…,"Oid":…}`; it is left out so that the URL depends on the event alone.
 */
export function joinWebUrlOf(ev: SimEvent): string {
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(chatIdOf(ev))}/0`;
}

/** The organiser's directory id, or a stable stand-in for an organiser outside the tenant. */
export function organizerIdOf(rt: SimRuntime, ev: SimEvent): string {
  return rt.findPerson(ev.organizer.address)?.id ?? guidFrom('external-organizer', ev.organizer.address.toLowerCase());
}

/** The online meeting of a chat id in a person's calendar: the stored event (the series master for a series). */
export function meetingEventOf(rt: SimRuntime, person: SimPerson, chatId: string): SimEvent | undefined {
  return rt.mailbox(person).events.find((e) => e.isOnlineMeeting && chatIdOf(e) === chatId);
}

/** A person's group chat that is no meeting (one per person, with them alone): for "this chat is not a meeting". */
export function groupChatIdOf(person: SimPerson): string {
  return `19:${guidFrom('group-chat', person.id).replace(/-/g, '')}@thread.v2`;
}

/** A person's upcoming Teams meetings in [fromIso, toIso): occurrences of online, not cancelled events, earliest first. */
export function upcomingOnlineMeetings(rt: SimRuntime, person: SimPerson, fromIso: string, toIso: string): EventInstance[] {
  const online = rt.mailbox(person).events.filter((e) => e.isOnlineMeeting && !e.isCancelled && !e.isAllDay);
  return calendarViewInstances(online, fromIso, toIso).sort((a, b) => a.startAt.localeCompare(b.startAt) || a.id.localeCompare(b.id));
}
