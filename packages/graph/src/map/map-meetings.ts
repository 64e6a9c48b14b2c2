import type { Instant, Meeting } from '@upfront/core';
import { toInstantFromZoned } from '../map-time.js';
import type { GraphEvent } from '../wire-types.js';

/**
 * An upcoming meeting with other people, for a brief: timed, not cancelled, not declined by the user, and with at
 * least one person other than the user (organiser or attendee). Ids are lower-cased addresses. Undefined otherwise.
 */
export function toMeeting(event: GraphEvent, userEmail: string): Meeting | undefined {
  if (event.isAllDay === true || event.isCancelled === true || typeof event.id !== 'string') return undefined;
  if (event.responseStatus?.response?.toLowerCase() === 'declined') return undefined;
  const me = userEmail.toLowerCase();
  const organizerId = event.organizer?.emailAddress?.address?.toLowerCase() || undefined;
  const others = new Set<string>();
  if (organizerId !== undefined && organizerId !== me) others.add(organizerId);
  for (const a of event.attendees ?? []) {
    const id = a.emailAddress?.address?.toLowerCase();
    // A room or a piece of equipment is booked, not met.
    if (id && id !== me && a.type?.toLowerCase() !== 'resource') others.add(id);
  }
  if (others.size === 0) return undefined;
  return {
    id: event.id,
    subject: event.subject ?? '',
    start: toInstantFromZoned(event.start, 'event.start'),
    end: toInstantFromZoned(event.end, 'event.end'),
    attendeeIds: [...others].sort(),
    ...(organizerId ? { organizerId } : {}),
    ...(typeof event.webLink === 'string' && event.webLink !== '' ? { webLink: event.webLink } : {}),
    isOnline: event.isOnlineMeeting === true,
  };
}

/** Meetings that have not ended before `now` and start before `until`, earliest first. */
export function toUpcomingMeetings(events: Iterable<GraphEvent>, userEmail: string, now: Instant, until: Instant): Meeting[] {
  const meetings: Meeting[] = [];
  for (const e of events) {
    const m = toMeeting(e, userEmail);
    if (m && Date.parse(m.end) > Date.parse(now) && Date.parse(m.start) < Date.parse(until)) meetings.push(m);
  }
  return meetings.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}
