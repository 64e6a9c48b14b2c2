import type { SimRuntime } from '../state/sim-runtime.js';
import type { SimPerson } from '../state/types.js';
import { chatIdOf, groupChatIdOf, joinWebUrlOf, upcomingOnlineMeetings } from './online-meetings.js';

const DAY_MS = 86_400_000;
/** `2025-03-25T14:00:00Z`, as the rest of the demo routes write instants. */
const toGraphInstant = (iso: string) => new Date(iso).toISOString().replace('.000Z', 'Z');
/** How far ahead `GET /demo/meetings/{upn}` looks. */
const DAYS_AHEAD = 14;

/**
 * `GET /demo/meetings/{upn}`: the person's upcoming Teams meetings (occurrences not ended yet, the next 14 days),
 * earliest first, with what a meeting side panel is opened with (`chatId`) and what Graph links it by (`joinWebUrl`);
 * and a group chat of theirs that is no meeting.
 */
export function listDemoMeetings(rt: SimRuntime, person: SimPerson) {
  const nowMs = rt.clockMs();
  const from = new Date(nowMs).toISOString();
  const to = new Date(nowMs + DAYS_AHEAD * DAY_MS).toISOString();
  const value = upcomingOnlineMeetings(rt, person, from, to).map((inst) => ({
    eventId: inst.id,
    chatId: chatIdOf(inst.ev),
    joinWebUrl: joinWebUrlOf(inst.ev),
    subject: inst.ev.subject,
    start: toGraphInstant(inst.startAt),
    end: toGraphInstant(inst.endAt),
    organizer: { name: inst.ev.organizer.name, address: inst.ev.organizer.address },
    attendees: inst.ev.attendees.map((a) => ({ name: a.name, address: a.address })),
  }));
  return { userPrincipalName: person.userPrincipalName, now: from, value, groupChatId: groupChatIdOf(person) };
}
