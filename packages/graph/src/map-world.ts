import type {
  AwayWindow,
  CalendarEntry,
  FreeBusy,
  HolidayRegion,
  Importance,
  Person,
  ResponseKind,
  Stakeholder,
  TimeZoneId,
  UserProfile,
  WorkingHours,
  WorkItem,
  WorkItemStatus,
} from '@upfront/core';
import { GraphMappingError } from './errors.js';
import {
  toDateOnly,
  toIanaZone,
  toInstantFromOffset,
  toInstantFromZoned,
  toPlannerDueDate,
  toWorkingHours,
} from './map-time.js';
import type {
  GraphEvent,
  GraphMailboxSettings,
  GraphPlannerPlan,
  GraphPlannerTask,
  GraphPlannerTaskDetails,
  GraphTodoTask,
  GraphTodoTaskList,
  GraphUser,
} from './wire-types.js';

/** Compares enums case-insensitively (docs show `Busy`/`Scheduled`; Graph emits camelCase) and names the field. */
function toEnum<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string') {
    const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (hit !== undefined) return hit;
  }
  throw new GraphMappingError(field, value, `one of ${allowed.join('|')}`);
}

function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new GraphMappingError(field, value, 'a non-empty string');
  return value;
}

/** The address we key people by: `mail`, else the UPN, lower-cased. */
export function toPersonId(user: GraphUser, field: string): string {
  const address = user.mail ?? user.userPrincipalName;
  return requireString(address, `${field}.mail`).toLowerCase();
}

/** ISO 3166-1 alpha-2 from `usageLocation` (the licence country); Graph gives no subdivision. */
export function toHolidayRegion(user: GraphUser): HolidayRegion | undefined {
  const code = user.usageLocation ?? (typeof user.country === 'string' && /^[A-Za-z]{2}$/.test(user.country) ? user.country : null);
  return typeof code === 'string' && /^[A-Za-z]{2}$/.test(code) ? { country: code.toUpperCase() } : undefined;
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * Where a person is, as their profile says: `city`, else `officeLocation` when it names a place (Microsoft's own
 * example is `18/2111`, a building and room: a code with digits is not a place), else the English name of their
 * `usageLocation` country (`IL` → Israel). Undefined when the profile says nothing (core names the zone's city).
 */
export function toCity(user: GraphUser): string | undefined {
  const city = typeof user.city === 'string' ? user.city.trim() : '';
  if (city !== '') return city;
  const office = typeof user.officeLocation === 'string' ? user.officeLocation.trim() : '';
  if (office !== '' && !/\d/.test(office)) return office;
  const country = toHolidayRegion(user)?.country;
  if (country === undefined) return undefined;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  try {
    return regionNames.of(country) ?? undefined;
  } catch (error) {
    if (error instanceof RangeError) return undefined; // not a region code Intl knows
    throw error;
  }
}

/** The signed-in user from `/me` and `/me/mailboxSettings`; `year` is when custom daylight rules are matched (the read's). */
export function toUserProfile(me: GraphUser, mailbox: GraphMailboxSettings, opts: { year?: number } = {}): UserProfile {
  const holidayRegion = toHolidayRegion(me);
  const country = holidayRegion?.country;
  const timeZone = toIanaZone(mailbox.timeZone ?? 'UTC', 'mailboxSettings.timeZone', country);
  const workingHours = toWorkingHours(mailbox.workingHours, 'mailboxSettings.workingHours', { fallback: timeZone, ...(country ? { country } : {}), ...opts });
  const language = mailbox.language?.locale ?? me.preferredLanguage ?? 'en-US';
  const away = toAway(mailbox.automaticRepliesSetting);
  const city = toCity(me);
  return {
    id: requireString(me.id, 'user.id'),
    displayName: me.displayName ?? '',
    email: toPersonId(me, 'user'),
    timeZone,
    ...(city ? { city } : {}),
    workingHours,
    language,
    ...(holidayRegion ? { holidayRegion } : {}),
    ...(away ? { away } : {}),
  };
}

/**
 * Automatic replies: a scheduled window, or `always` when they are on with no window. Graph keeps (and returns)
 * the last scheduled dates while the status is `alwaysEnabled`; they are ignored then, never read as a window.
 */
function toAway(setting: GraphMailboxSettings['automaticRepliesSetting']): AwayWindow | 'always' | undefined {
  if (setting === undefined || setting === null) return undefined;
  const status = toEnum(setting.status, ['disabled', 'alwaysEnabled', 'scheduled'] as const, 'automaticRepliesSetting.status');
  if (status === 'disabled') return undefined;
  if (status === 'alwaysEnabled') return 'always';
  return {
    start: toInstantFromZoned(setting.scheduledStartDateTime, 'automaticRepliesSetting.scheduledStartDateTime'),
    end: toInstantFromZoned(setting.scheduledEndDateTime, 'automaticRepliesSetting.scheduledEndDateTime'),
  };
}

const SHOW_AS: readonly FreeBusy[] = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];
const RESPONSES: readonly ResponseKind[] = ['none', 'organizer', 'accepted', 'tentativelyAccepted', 'declined', 'notResponded'];

/** One calendar occurrence; all-day events become dates in the user's zone (they ignore `Prefer: outlook.timezone`). */
export function toCalendarEntry(event: GraphEvent, userZone: TimeZoneId): CalendarEntry {
  const id = requireString(event.id, 'event.id');
  const timing = event.isAllDay
    ? {
        kind: 'all-day' as const,
        startOn: toDateOnly(event.start, 'event.start', userZone),
        endOn: toDateOnly(event.end, 'event.end', userZone),
      }
    : { kind: 'timed' as const, start: toInstantFromZoned(event.start, 'event.start'), end: toInstantFromZoned(event.end, 'event.end') };
  return {
    id,
    timing,
    showAs: event.showAs === undefined ? 'busy' : toEnum(event.showAs, SHOW_AS, 'event.showAs'),
    isCancelled: event.isCancelled === true,
    response: event.responseStatus?.response === undefined ? 'none' : toEnum(event.responseStatus.response, RESPONSES, 'event.responseStatus.response'),
    categories: Array.isArray(event.categories) ? event.categories.filter((c): c is string => typeof c === 'string') : [],
    subject: event.subject ?? '',
  };
}

const TODO_STATUS: readonly WorkItemStatus[] = ['notStarted', 'inProgress', 'waitingOnOthers', 'deferred', 'completed'];
const IMPORTANCE: readonly Importance[] = ['low', 'normal', 'high'];

/** A To Do task; `stakeholderIds` are the senders of the flagged mail it links to (found by the caller). */
export function toTodoWorkItem(
  task: GraphTodoTask,
  ctx: { list: GraphTodoTaskList; userZone: TimeZoneId; stakeholderIds: readonly string[]; checklist?: { total: number; done: number } },
): WorkItem {
  const checklistItems = task.checklistItems ?? [];
  const checklist = ctx.checklist ?? { total: checklistItems.length, done: checklistItems.filter((c) => c.isChecked === true).length };
  const notes = task.body?.content ? toPlainText(task.body.content, task.body.contentType) : undefined;
  const webUrl = task.linkedResources?.find((r) => typeof r.webUrl === 'string')?.webUrl ?? undefined;
  return {
    id: requireString(task.id, 'todoTask.id'),
    source: 'todo',
    title: task.title ?? '',
    ...(notes ? { notes } : {}),
    ...(task.dueDateTime ? { due: { on: toDateOnly(task.dueDateTime, 'todoTask.dueDateTime', ctx.userZone) } } : {}),
    status: toEnum(task.status ?? 'notStarted', TODO_STATUS, 'todoTask.status'),
    importance: toEnum(task.importance ?? 'normal', IMPORTANCE, 'todoTask.importance'),
    checklist,
    stakeholderIds: ctx.stakeholderIds,
    contributorIds: [],
    ...(ctx.list.displayName ? { listName: ctx.list.displayName } : {}),
    ...(webUrl ? { webUrl } : {}),
    ...(task.createdDateTime ? { createdAt: toInstantFromOffset(task.createdDateTime, 'todoTask.createdDateTime') } : {}),
    ...(task.status === 'completed' && task.completedDateTime ? { completedAt: toInstantFromZoned(task.completedDateTime, 'todoTask.completedDateTime') } : {}),
  };
}

/** Planner priority 0–10: 0–1 urgent, 2–4 important, 5–7 medium, 8–10 low ([D: resources/plannertask.md]). */
function toPlannerImportance(priority: unknown): Importance {
  if (priority === undefined || priority === null) return 'normal';
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 10) {
    throw new GraphMappingError('plannerTask.priority', priority, 'an integer 0–10');
  }
  return priority <= 4 ? 'high' : priority <= 7 ? 'normal' : 'low';
}

function toPlannerStatus(percent: number): WorkItemStatus {
  return percent >= 100 ? 'completed' : percent > 0 ? 'inProgress' : 'notStarted';
}

/**
 * A Planner task assigned to the user. Its creator and its other assignees (when not the user) depend on it:
 * all are stakeholders, and the other assignees are also contributors to thank. `people` maps Planner user ids to
 * person ids (lower-cased email); `zoneOf` gives a person's zone when Graph told it (their working hours), so the
 * due date is read as its creator set it.
 */
export function toPlannerWorkItem(
  task: GraphPlannerTask,
  ctx: {
    userId: string;
    userZone: TimeZoneId;
    plan?: GraphPlannerPlan;
    details?: GraphPlannerTaskDetails;
    people: ReadonlyMap<string, string>;
    zoneOf?: (personId: string) => TimeZoneId | undefined;
  },
): WorkItem {
  const id = requireString(task.id, 'plannerTask.id');
  const percent = task.percentComplete ?? 0;
  if (typeof percent !== 'number' || percent < 0 || percent > 100) throw new GraphMappingError('plannerTask.percentComplete', percent, 'a number 0–100');
  const creator = task.createdBy?.user?.id ?? undefined;
  const creatorId = creator !== undefined && creator !== ctx.userId ? ctx.people.get(creator) : undefined;
  const contributorIds = Object.keys(task.assignments ?? {})
    .filter((uid) => uid !== ctx.userId)
    .map((uid) => ctx.people.get(uid))
    .filter((p): p is string => p !== undefined);
  const items = Object.values(ctx.details?.checklist ?? {}).filter((c) => c !== null && typeof c === 'object');
  const notes = ctx.details?.description ?? undefined;
  const creatorZone = creatorId !== undefined ? ctx.zoneOf?.(creatorId) : undefined;
  // A new commitment dates from when the task became the user's: their assignment, else the task's creation.
  const assignedAt = task.assignments?.[ctx.userId]?.assignedDateTime ?? task.createdDateTime;
  const setter = creatorId !== undefined && creatorZone !== undefined ? { id: creatorId, zone: creatorZone } : undefined;
  return {
    id,
    source: 'planner',
    title: task.title ?? '',
    ...(notes ? { notes } : {}),
    ...(task.dueDateTime ? { due: toPlannerDueDate(task.dueDateTime, 'plannerTask.dueDateTime', ctx.userZone, setter) } : {}),
    status: toPlannerStatus(percent),
    importance: toPlannerImportance(task.priority),
    checklist: { total: items.length, done: items.filter((c) => c?.isChecked === true).length },
    percentComplete: percent,
    stakeholderIds: [...new Set(creatorId ? [creatorId, ...contributorIds] : contributorIds)],
    contributorIds: [...new Set(contributorIds)],
    ...(ctx.plan?.title ? { listName: ctx.plan.title } : {}),
    ...(task.planId ? { planId: task.planId } : {}),
    ...(assignedAt ? { createdAt: toInstantFromOffset(assignedAt, 'plannerTask.assignments.assignedDateTime') } : {}),
    ...(percent >= 100 && task.completedDateTime ? { completedAt: toInstantFromOffset(task.completedDateTime, 'plannerTask.completedDateTime') } : {}),
  };
}

/**
 * A stakeholder with defaults the server overlays later: deadline style `close-of-business-day`, no worked holidays.
 * Zone and hours come from `getSchedule` working hours; a person Graph has no schedule for (external, or not
 * found) gets `fallbackHours` (the user's) — the caller decides that.
 */
export function toStakeholder(input: {
  email: string;
  displayName?: string | null;
  user?: GraphUser;
  workingHours: WorkingHours;
  lastContactAt?: string | null;
  away?: AwayWindow;
}): Stakeholder {
  const holidayRegion = input.user ? toHolidayRegion(input.user) : undefined;
  const language = input.user?.preferredLanguage ?? undefined;
  const city = input.user ? toCity(input.user) : undefined;
  return {
    id: input.email.toLowerCase(),
    displayName: input.displayName ?? input.user?.displayName ?? input.email,
    ...(input.user?.givenName ? { givenName: input.user.givenName } : {}),
    email: input.email.toLowerCase(),
    timeZone: input.workingHours.timeZone,
    ...(city ? { city } : {}),
    workingHours: input.workingHours,
    ...(holidayRegion ? { holidayRegion } : {}),
    deadlineStyle: { kind: 'close-of-business-day' },
    ...(language ? { language } : {}),
    ...(input.lastContactAt ? { lastContactAt: toInstantFromOffset(input.lastContactAt, 'message.sentDateTime') } : {}),
    ...(input.away ? { away: input.away } : {}),
    workedHolidays: [],
  };
}

/** Someone the user meets who is not a stakeholder: their day, from their schedule's working hours and profile. */
export function toPerson(input: { email: string; displayName?: string | null; user?: GraphUser; workingHours: WorkingHours; away?: AwayWindow }): Person {
  const holidayRegion = input.user ? toHolidayRegion(input.user) : undefined;
  const city = input.user ? toCity(input.user) : undefined;
  return {
    id: input.email.toLowerCase(),
    displayName: input.displayName ?? input.user?.displayName ?? input.email,
    ...(input.user?.givenName ? { givenName: input.user.givenName } : {}),
    email: input.email.toLowerCase(),
    timeZone: input.workingHours.timeZone,
    ...(city ? { city } : {}),
    workingHours: input.workingHours,
    ...(holidayRegion ? { holidayRegion } : {}),
    ...(input.away ? { away: input.away } : {}),
  };
}

function toPlainText(content: string, contentType: string | undefined): string {
  if (contentType?.toLowerCase() !== 'html') return content;
  return content
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
