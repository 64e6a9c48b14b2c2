import type { Instant, LocalDate } from '../time/types.js';

export type FreeBusy = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export type ResponseKind = 'none' | 'organizer' | 'accepted' | 'tentativelyAccepted' | 'declined' | 'notResponded';

/** When an entry happens: an instant range, or whole days (end exclusive) in the user's zone. */
export type EntryTiming =
  | { readonly kind: 'timed'; readonly start: Instant; readonly end: Instant }
  | { readonly kind: 'all-day'; readonly startOn: LocalDate; readonly endOn: LocalDate };

/** One occurrence on the user's calendar; lives only for a request (privacy). */
export interface CalendarEntry {
  readonly id: string;
  readonly timing: EntryTiming;
  readonly showAs: FreeBusy;
  readonly isCancelled: boolean;
  readonly response: ResponseKind;
  readonly categories: readonly string[];
  /** Used only to recognise focus blocks; never stored. */
  readonly subject: string;
}

/** An upcoming meeting with other people, for a brief; lives only for a request (privacy). */
export interface Meeting {
  readonly id: string;
  readonly subject: string;
  readonly start: Instant;
  readonly end: Instant;
  /** Person ids (lower-cased emails) of the organiser and attendees other than the user. */
  readonly attendeeIds: readonly string[];
  readonly organizerId?: string;
  readonly webLink?: string;
  readonly isOnline: boolean;
}
