import type { Instant, Interval } from '../time/types.js';
import type { CalendarEntry, Meeting } from './calendar.js';
import type { Colleague, Person, Stakeholder, UserProfile } from './person.js';
import type { WorkItem } from './work-item.js';

/** Everything the risk engine needs about one user for one horizon, read from Graph at the edge. */
export interface UserWorld {
  readonly user: UserProfile;
  readonly horizon: Interval;
  /**
   * How far the calendar was read (the end of the Graph read window). A date to promise is only offered while
   * the calendar is known: beyond it, free time would be a guess. Absent: the calendar is complete.
   */
  readonly calendarUntil?: Instant;
  readonly items: readonly WorkItem[];
  readonly calendar: readonly CalendarEntry[];
  readonly stakeholders: readonly Stakeholder[];
  /** Items completed recently (for "delivered, with thanks"); absent when not read. */
  readonly completed?: readonly WorkItem[];
  /** Upcoming meetings with other people (for briefs); absent when not read. */
  readonly meetings?: readonly Meeting[];
  /** Meeting attendees who are not stakeholders, read for their day (zone, hours, holidays, time away). */
  readonly people?: readonly Person[];
  /** Colleagues in the user's plans with their busy times (for "ask for help"); absent when not read. */
  readonly colleagues?: readonly Colleague[];
}
