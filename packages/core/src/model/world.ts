import type { Instant, Interval } from '../time/types.js';
import type { CalendarEntry } from './calendar.js';
import type { Stakeholder, UserProfile } from './person.js';
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
}
