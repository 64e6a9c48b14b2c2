import type { WorkingHours } from '../model/person.js';
import type { Weekday } from '../time/types.js';

/**
 * A person's weekend: the days of the week that are not among their working days (their mailbox's working
 * hours say which; never assumed to be Saturday and Sunday), in the order their week runs from `weekStartsOn`.
 * @example weekendOf({ days: [0, 1, 2, 3, 4], … }, 0) // [5, 6] (a Sunday–Thursday week: Friday and Saturday)
 */
export function weekendOf(hours: Pick<WorkingHours, 'days'>, weekStartsOn: Weekday = 1): Weekday[] {
  const out: Weekday[] = [];
  for (let i = 0; i < 7; i += 1) {
    const day = ((weekStartsOn + i) % 7) as Weekday;
    if (!hours.days.includes(day)) out.push(day);
  }
  return out;
}
