// Small builders for tests and benchmarks; not exported from index.ts (STYLE.md §7).
import type { CalendarEntry, FreeBusy, Meeting, ResponseKind } from '../model/calendar.js';
import type { AwayWindow, Colleague, DeadlineStyle, HolidayRegion, Person, Stakeholder, UserProfile, WorkingHours } from '../model/person.js';
import type { Importance, WorkItem, WorkItemSource, WorkItemStatus } from '../model/work-item.js';
import type { UserWorld } from '../model/world.js';
import { parseInstant, parseLocalDate, parseLocalTime, parseTimeZoneId } from '../time/parse.js';
import type { Instant, LocalDate, Weekday } from '../time/types.js';

export const at = (iso: string): Instant => parseInstant(iso);
export const on = (date: string): LocalDate => parseLocalDate(date);

export function hours(zone: string, days: readonly Weekday[] = [1, 2, 3, 4, 5], start = '09:00', end = '17:00'): WorkingHours {
  return { days, start: parseLocalTime(start), end: parseLocalTime(end), timeZone: parseTimeZoneId(zone) };
}

export function aUser(over: {
  zone?: string;
  days?: readonly Weekday[];
  start?: string;
  end?: string;
  holidayRegion?: HolidayRegion;
  away?: UserProfile['away'];
} = {}): UserProfile {
  const zone = over.zone ?? 'Europe/Berlin';
  return {
    id: 'user-1',
    displayName: 'Megan Bowen',
    email: 'megan@contoso.example',
    timeZone: parseTimeZoneId(zone),
    workingHours: hours(zone, over.days, over.start, over.end),
    ...(over.holidayRegion ? { holidayRegion: over.holidayRegion } : {}),
    language: 'en-GB',
    ...(over.away ? { away: over.away } : {}),
  };
}

export function aStakeholder(over: {
  id?: string;
  zone?: string;
  days?: readonly Weekday[];
  start?: string;
  end?: string;
  holidayRegion?: HolidayRegion;
  style?: DeadlineStyle;
  workedHolidays?: readonly string[];
  lastContactAt?: string;
  away?: { start: string; end: string };
  language?: string;
} = {}): Stakeholder {
  const zone = over.zone ?? 'Europe/Berlin';
  const id = over.id ?? 'lena@contoso.example';
  return {
    id,
    displayName: id.split('@')[0] ?? id,
    email: id,
    timeZone: parseTimeZoneId(zone),
    workingHours: hours(zone, over.days, over.start, over.end),
    ...(over.holidayRegion ? { holidayRegion: over.holidayRegion } : {}),
    deadlineStyle: over.style ?? { kind: 'close-of-business-day' },
    workedHolidays: (over.workedHolidays ?? []).map((d) => parseLocalDate(d)),
    ...(over.lastContactAt === undefined ? {} : { lastContactAt: parseInstant(over.lastContactAt) }),
    ...(over.away === undefined ? {} : { away: anAway(over.away.start, over.away.end) }),
    ...(over.language === undefined ? {} : { language: over.language }),
  };
}

export function anAway(start: string, end: string): AwayWindow {
  return { start: parseInstant(start), end: parseInstant(end) };
}

/** A meeting attendee who is not a stakeholder: their zone, hours, holidays and time away. */
export function aPerson(over: {
  id?: string;
  zone?: string;
  days?: readonly Weekday[];
  start?: string;
  end?: string;
  holidayRegion?: HolidayRegion;
  away?: { start: string; end: string };
} = {}): Person {
  const zone = over.zone ?? 'Europe/Berlin';
  const id = over.id ?? 'jonas@contoso.example';
  return {
    id,
    displayName: id.split('@')[0] ?? id,
    email: id,
    timeZone: parseTimeZoneId(zone),
    workingHours: hours(zone, over.days, over.start, over.end),
    ...(over.holidayRegion ? { holidayRegion: over.holidayRegion } : {}),
    ...(over.away === undefined ? {} : { away: anAway(over.away.start, over.away.end) }),
  };
}

/** A colleague in some of the user's Planner plans, with their busy times. */
export function aColleague(over: Parameters<typeof aPerson>[0] & { planIds?: readonly string[]; busy?: readonly { start: string; end: string }[] } = {}): Colleague {
  return {
    ...aPerson(over),
    planIds: over.planIds ?? ['plan-1'],
    busy: (over.busy ?? []).map((b) => anAway(b.start, b.end)),
  };
}

let meetingCounter = 0;
export function aMeeting(over: { id?: string; subject?: string; start: string; end: string; attendeeIds: readonly string[]; organizerId?: string }): Meeting {
  meetingCounter += 1;
  return {
    id: over.id ?? `meeting-${meetingCounter}`,
    subject: over.subject ?? 'Weekly sync',
    start: parseInstant(over.start),
    end: parseInstant(over.end),
    attendeeIds: over.attendeeIds,
    ...(over.organizerId === undefined ? {} : { organizerId: over.organizerId }),
    isOnline: true,
  };
}

let taskCounter = 0;
export function aTask(over: {
  id?: string;
  title?: string;
  notes?: string;
  dueOn?: string;
  status?: WorkItemStatus;
  importance?: Importance;
  source?: WorkItemSource;
  checklist?: { total: number; done: number };
  percentComplete?: number;
  stakeholderIds?: readonly string[];
  /** A date set by someone in another zone, and the date the user's app shows for it. */
  setBy?: string;
  shownOn?: string;
  contributorIds?: readonly string[];
  createdAt?: string;
  completedAt?: string;
  planId?: string;
} = {}): WorkItem {
  taskCounter += 1;
  return {
    id: over.id ?? `task-${taskCounter}`,
    source: over.source ?? 'todo',
    title: over.title ?? 'Write the report',
    ...(over.notes === undefined ? {} : { notes: over.notes }),
    ...(over.dueOn === undefined
      ? {}
      : {
          due: {
            on: parseLocalDate(over.dueOn),
            ...(over.setBy === undefined ? {} : { setBy: over.setBy }),
            ...(over.shownOn === undefined ? {} : { shownOn: parseLocalDate(over.shownOn) }),
          },
        }),
    status: over.status ?? 'notStarted',
    importance: over.importance ?? 'normal',
    checklist: over.checklist ?? { total: 0, done: 0 },
    ...(over.percentComplete === undefined ? {} : { percentComplete: over.percentComplete }),
    stakeholderIds: over.stakeholderIds ?? [],
    contributorIds: over.contributorIds ?? [],
    ...(over.createdAt === undefined ? {} : { createdAt: parseInstant(over.createdAt) }),
    ...(over.completedAt === undefined ? {} : { completedAt: parseInstant(over.completedAt) }),
    ...(over.planId === undefined ? {} : { planId: over.planId }),
  };
}

let eventCounter = 0;
export function anEvent(over: {
  id?: string;
  start?: string;
  end?: string;
  startOn?: string;
  endOn?: string;
  showAs?: FreeBusy;
  response?: ResponseKind;
  isCancelled?: boolean;
  categories?: readonly string[];
  subject?: string;
}): CalendarEntry {
  eventCounter += 1;
  const timing: CalendarEntry['timing'] =
    over.startOn !== undefined
      ? { kind: 'all-day', startOn: parseLocalDate(over.startOn), endOn: parseLocalDate(over.endOn ?? over.startOn) }
      : { kind: 'timed', start: parseInstant(over.start ?? '2025-01-01T00:00:00Z'), end: parseInstant(over.end ?? '2025-01-01T00:00:00Z') };
  return {
    id: over.id ?? `event-${eventCounter}`,
    timing,
    showAs: over.showAs ?? 'busy',
    isCancelled: over.isCancelled ?? false,
    response: over.response ?? 'accepted',
    categories: over.categories ?? [],
    subject: over.subject ?? 'Meeting',
  };
}

export function aWorld(over: Partial<UserWorld> & { horizonStart?: string; horizonEnd?: string } = {}): UserWorld {
  return {
    user: over.user ?? aUser(),
    // By default the horizon reaches far enough that every test item is judged (none is `later`).
    horizon: over.horizon ?? { start: at(over.horizonStart ?? '2020-01-01T00:00:00Z'), end: at(over.horizonEnd ?? '2030-01-01T00:00:00Z') },
    items: over.items ?? [],
    calendar: over.calendar ?? [],
    stakeholders: over.stakeholders ?? [],
    ...(over.calendarUntil === undefined ? {} : { calendarUntil: over.calendarUntil }),
    ...(over.completed === undefined ? {} : { completed: over.completed }),
    ...(over.meetings === undefined ? {} : { meetings: over.meetings }),
    ...(over.people === undefined ? {} : { people: over.people }),
    ...(over.colleagues === undefined ? {} : { colleagues: over.colleagues }),
  };
}
