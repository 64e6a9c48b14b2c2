import type { DeadlineStyle, HolidayRegion, Stakeholder, UserProfile, WorkingHours } from '../model/person.js';
import { findPublicHoliday } from '../holidays/find-public-holiday.js';
import { addDays, minutesOfDay, msToInstant, weekdayOf, zonedMs } from '../time/zoned-time.js';
import type { LocalDate, TimeZoneId } from '../time/types.js';
import type { DeadlineMove, RiskFlag, StakeholderDeadline } from './types.js';

/** A due date read by one person: the deadline, and why it moved when it fell on their day off. */
export interface DueDateReading {
  readonly deadline: StakeholderDeadline;
  /** Epoch milliseconds of `deadline.at`, for arithmetic. */
  readonly atMs: number;
  readonly nonWorkingDay?: Extract<RiskFlag, { kind: 'non-working-day' }>;
}

const DEFAULT_STYLE: DeadlineStyle = { kind: 'close-of-business-day' };
/** How far back we look for a working day before giving up (a two-week shutdown is the longest we expect). */
const MAX_DAYS_BACK = 21;

function closeOfBusinessMs(on: LocalDate, hours: WorkingHours): number {
  const start = minutesOfDay(hours.start);
  const end = minutesOfDay(hours.end);
  // Working hours that cross midnight (22:00–06:00) close on the next calendar day.
  return zonedMs(on, end > start ? end : end + 1440, hours.timeZone);
}

function momentMs(on: LocalDate, style: DeadlineStyle, hours: WorkingHours, zone: TimeZoneId): number {
  switch (style.kind) {
    case 'start-of-business-day':
      return zonedMs(on, minutesOfDay(hours.start), hours.timeZone);
    case 'close-of-business-day':
      return closeOfBusinessMs(on, hours);
    case 'end-of-day':
      return zonedMs(on, 23 * 60 + 59, zone);
    case 'exact-time':
      return zonedMs(on, minutesOfDay(style.time), zone);
  }
}

interface Reader {
  readonly id?: string;
  readonly timeZone: TimeZoneId;
  readonly workingHours: WorkingHours;
  readonly holidayRegion?: HolidayRegion;
  readonly workedHolidays: readonly LocalDate[];
  readonly deadlineStyle: DeadlineStyle;
}

function dayOff(on: LocalDate, reader: Reader): { why: 'weekend' } | { why: 'holiday'; name: string } | undefined {
  if (!reader.workingHours.days.includes(weekdayOf(on))) return { why: 'weekend' };
  if (reader.holidayRegion && !reader.workedHolidays.includes(on)) {
    const holiday = findPublicHoliday(reader.holidayRegion, on);
    if (holiday) return { why: 'holiday', name: holiday.name };
  }
  return undefined;
}

function read(dueOn: LocalDate, reader: Reader, checkDaysOff: boolean): DueDateReading {
  const off = checkDaysOff && reader.workingHours.days.length > 0 ? dayOff(dueOn, reader) : undefined;
  let effectiveOn = dueOn;
  if (off !== undefined) {
    // "By Friday" to someone whose Friday is off means their previous working day, read with their own
    // style: a start-of-business reader expects it at the start of that day, an exact time stays that time.
    effectiveOn = addDays(dueOn, -1);
    for (let i = 0; i < MAX_DAYS_BACK && dayOff(effectiveOn, reader) !== undefined; i += 1) effectiveOn = addDays(effectiveOn, -1);
  }
  const style = reader.deadlineStyle;
  const atMs = momentMs(effectiveOn, style, reader.workingHours, reader.timeZone);
  // Object literals of fixed shape, no conditional spreads: this runs once per stakeholder and due date.
  const at = msToInstant(atMs);
  const id = reader.id;
  const moved: DeadlineMove | undefined = off === undefined ? undefined : off.why === 'holiday' ? { why: 'holiday', holidayName: off.name } : { why: 'weekend' };
  const deadline: StakeholderDeadline =
    id === undefined
      ? { at, timeZone: reader.timeZone, dueOn, effectiveOn, style }
      : moved === undefined
        ? { stakeholderId: id, at, timeZone: reader.timeZone, dueOn, effectiveOn, style }
        : { stakeholderId: id, at, timeZone: reader.timeZone, dueOn, effectiveOn, style, moved };
  if (off === undefined || id === undefined) return { deadline, atMs };
  const nonWorkingDay: DueDateReading['nonWorkingDay'] =
    off.why === 'holiday'
      ? { kind: 'non-working-day', stakeholderId: id, on: dueOn, why: 'holiday', holidayName: off.name, movedTo: effectiveOn }
      : { kind: 'non-working-day', stakeholderId: id, on: dueOn, why: 'weekend', movedTo: effectiveOn };
  return { deadline, atMs, nonWorkingDay };
}

/**
 * Reads a due date as a stakeholder does: in their zone, with their deadline style and business day. A due
 * date on their weekend (from their working days, e.g. Fri–Sat) or on a public holiday of their region (unless
 * the user marked it in `workedHolidays`) moves to their previous working day, read with the same style, with a flag.
 * @example readDueDate('2025-10-03' as LocalDate, berlinColleague) // CoB Thu 2 Oct, 17:00 Berlin = 15:00Z; moved 'holiday'
 */
export function readDueDate(dueOn: LocalDate, stakeholder: Stakeholder): DueDateReading {
  return read(dueOn, stakeholder, true);
}

/**
 * Reads a due date with no stakeholder: the close of the user's business day in their working-hours zone.
 * The user's own day off does not move it (capacity already leaves that day out).
 * @example readOwnDueDate('2025-03-28' as LocalDate, user) // 17:00 on 28 March in the user's working-hours zone
 */
export function readOwnDueDate(dueOn: LocalDate, user: UserProfile): DueDateReading {
  return read(
    dueOn,
    { timeZone: user.timeZone, workingHours: user.workingHours, workedHolidays: [], deadlineStyle: DEFAULT_STYLE },
    false,
  );
}
