import type { Instant } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import type { GraphEvent } from '../wire-types.js';
import { toMeeting, toUpcomingMeetings } from './map-meetings.js';

const at = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });
const base: GraphEvent = {
  id: 'e1',
  subject: 'Pricing review',
  start: at('2025-03-25T14:00:00.0000000'),
  end: at('2025-03-25T15:00:00.0000000'),
  organizer: { emailAddress: { name: 'Maya', address: 'Maya@Northwind.example' } },
  attendees: [
    { type: 'required', emailAddress: { address: 'Jonas.Weber@northwind.example' } },
    { type: 'resource', emailAddress: { address: 'room-4@northwind.example' } },
    { type: 'optional', emailAddress: { address: 'maya@northwind.example' } },
  ],
  webLink: 'https://outlook.office365.com/owa/?itemid=e1',
  isOnlineMeeting: true,
};

describe('toMeeting', () => {
  it('keeps the other people by lower-cased address, not the user and not the room', () => {
    expect(toMeeting(base, 'maya@northwind.example')).toEqual({
      id: 'e1',
      subject: 'Pricing review',
      start: '2025-03-25T14:00:00Z',
      end: '2025-03-25T15:00:00Z',
      attendeeIds: ['jonas.weber@northwind.example'],
      organizerId: 'maya@northwind.example',
      webLink: 'https://outlook.office365.com/owa/?itemid=e1',
      isOnline: true,
    });
  });

  it.each([
    { case: 'alone (only the user and a room)', event: { ...base, attendees: [base.attendees?.[1] ?? {}] } },
    { case: 'cancelled', event: { ...base, isCancelled: true } },
    { case: 'declined by the user', event: { ...base, responseStatus: { response: 'declined' } } },
    { case: 'all day', event: { ...base, isAllDay: true } },
  ])('is not a meeting when $case', ({ event }) => {
    expect(toMeeting(event, 'maya@northwind.example')).toBeUndefined();
  });

  it('lists only meetings not over by now and starting before the end, earliest first', () => {
    const early = { ...base, id: 'e0', start: at('2025-03-25T08:00:00'), end: at('2025-03-25T09:00:00') };
    const past = { ...base, id: 'p', start: at('2025-03-24T07:00:00'), end: at('2025-03-24T07:59:00') };
    const later = { ...base, id: 'l', start: at('2025-04-08T08:00:00'), end: at('2025-04-08T09:00:00') };
    const ids = toUpcomingMeetings([base, later, past, early], 'maya@northwind.example', '2025-03-24T08:00:00Z' as Instant, '2025-04-07T00:00:00Z' as Instant).map((m) => m.id);
    expect(ids).toEqual(['e0', 'e1']);
  });
});
