import type { Interval } from '../time/types.js';
import type { CalendarEntry } from './calendar.js';
import type { Stakeholder, UserProfile } from './person.js';
import type { WorkItem } from './work-item.js';

/** Everything the risk engine needs about one user for one horizon, read from Graph at the edge. */
export interface UserWorld {
  readonly user: UserProfile;
  readonly horizon: Interval;
  readonly items: readonly WorkItem[];
  readonly calendar: readonly CalendarEntry[];
  readonly stakeholders: readonly Stakeholder[];
}
