import type { AwayWindow, Colleague, Instant, Interval, Person, Stakeholder, UserWorld, WorkingHours, WorkItem } from '@upfront/core';
import { GraphError } from '../errors.js';
import { toWorkingHours } from '../map-time.js';
import { toCalendarEntry, toHolidayRegion, toPerson, toPersonId, toPlannerWorkItem, toStakeholder, toTodoWorkItem, toUserProfile } from '../map-world.js';
import { toAwayWindow, toBusyTimes } from '../map/map-availability.js';
import { toUpcomingMeetings } from '../map/map-meetings.js';
import type { GraphPlannerPlan, GraphPlannerTask, GraphPlannerTaskDetails, GraphUser } from '../wire-types.js';
import type { CachedWorld } from './world-cache.js';
import type { WorldParts } from './world-parts.js';
import { linkedMessageIds, planGroupOf } from './wire-helpers.js';

/** A load's result before the façade caches it: the world, the material for the cache, and the delta links. */
export interface WorldOutcome {
  world: UserWorld;
  cache: Omit<CachedWorld, 'expiresAtMs'>;
  window: Interval;
  calendarDeltaLink: string;
  todoDeltaLinks: Record<string, string>;
}

function startOf(e: { timing: { kind: 'timed'; start: string } | { kind: 'all-day'; startOn: string } }): string {
  return e.timing.kind === 'timed' ? e.timing.start : e.timing.startOn;
}

/**
 * Maps what a load read into the user's world (Graph → core at this edge) and the material the cache keeps for the
 * next delta refresh. Fails rather than return a partial world.
 */
export function composeWorld(p: WorldParts, ctx: { horizon: Interval; now: Instant; window: Interval; colleagues: boolean }): WorldOutcome {
  if (!p.me || !p.mailbox || !p.lists || !p.calendarPaging.done || !p.plannerPaging.done) {
    throw new GraphError('GRAPH_BAD_RESPONSE', 'the read ended before every part of the world was complete', { stale: ['profile', 'calendar', 'todo', 'planner'] });
  }
  const year = Number(ctx.now.slice(0, 4));
  const user = toUserProfile(p.me, p.mailbox, { year });
  const zone = user.timeZone;
  const horizon = ctx.horizon;
  const calendar = [...p.events.values()]
    .map((e) => toCalendarEntry(e, zone))
    .filter((e) => (e.timing.kind === 'timed' ? e.timing.end > horizon.start && e.timing.start < horizon.end : e.timing.endOn > horizon.start.slice(0, 10) && e.timing.startOn <= horizon.end.slice(0, 10)))
    .sort((a, b) => startOf(a).localeCompare(startOf(b)));

  const plannerPeople = new Map<string, string>();
  for (const [uid, u] of p.users) if (u && (u.mail || u.userPrincipalName)) plannerPeople.set(uid, toPersonId(u, 'user'));
  const usersByEmail = new Map<string, GraphUser>();
  for (const u of [...p.memberUsers.values(), ...p.users.values(), ...p.stakeholderUsers.values()]) if (u && (u.mail || u.userPrincipalName)) usersByEmail.set(toPersonId(u, 'user'), u);
  const awayOf = (email: string) => toAwayWindow(p.mailTips.get(email) ?? undefined, ctx.now);
  // A person's hours and zone, when getSchedule gave them (undefined: external, or not found).
  const hours = new Map<string, WorkingHours | undefined>();
  const hoursOf = (email: string): WorkingHours | undefined => {
    if (hours.has(email)) return hours.get(email);
    const schedule = p.schedules.get(email);
    const u = usersByEmail.get(email);
    const country = u ? toHolidayRegion(u)?.country : undefined;
    const wh = schedule?.workingHours ? toWorkingHours(schedule.workingHours, `getSchedule[${email}].workingHours`, { year, ...(country ? { country } : {}) }) : undefined;
    hours.set(email, wh);
    return wh;
  };
  const todoDeltaLinks: Record<string, string> = {};
  const items: WorkItem[] = [];
  const listIds = new Set(p.lists.map((l) => l.id as string));
  for (const list of p.lists) {
    const id = list.id as string;
    const paging = p.listPaging.get(id);
    if (!paging?.done || !paging.deltaLink) throw new GraphError('GRAPH_BAD_RESPONSE', `To Do list ${id} was not read completely`, { stale: ['todo'] });
    todoDeltaLinks[id] = paging.deltaLink;
    for (const task of p.todoTasks.get(id)?.values() ?? []) {
      const stakeholderIds = [...new Set(linkedMessageIds(task).map((m) => p.senders.get(m)?.email).filter((e): e is string => e !== undefined && e !== user.email))];
      const checklist = p.checklists.get(task.id as string) ?? { total: 0, done: 0 };
      items.push(toTodoWorkItem(task, { list, userZone: zone, stakeholderIds, checklist }));
    }
  }
  for (const task of p.plannerTasks) {
    if (task.id && p.goneTasks.has(task.id)) continue; // deleted while we read: its details answered 404
    items.push(toPlannerWorkItem(task, { userId: p.me.id as string, userZone: zone, people: plannerPeople, zoneOf: (id) => hoursOf(id)?.timeZone, ...planFor(p, task) }));
  }

  const stakeholders: Stakeholder[] = [];
  const ids = new Set(items.flatMap((i) => [...i.stakeholderIds, ...i.contributorIds]));
  const names = new Map<string, string | undefined>();
  for (const s of p.senders.values()) if (s) names.set(s.email, s.name);
  for (const email of [...ids].sort()) {
    if (!p.lastContact.has(email)) throw new GraphError('GRAPH_BAD_RESPONSE', `stakeholder ${email} was not read`, { stale: ['stakeholders'] });
    // No schedule (external address, or not found): the user's own hours stand in; the server may overlay settings.
    const u = usersByEmail.get(email);
    const workingHours = hoursOf(email) ?? user.workingHours;
    const away = awayOf(email);
    stakeholders.push(toStakeholder({ email, displayName: u?.displayName ?? names.get(email) ?? email, ...(u ? { user: u } : {}), workingHours, lastContactAt: p.lastContact.get(email) ?? null, ...(away ? { away } : {}) }));
  }

  // Meetings from the calendar already read; the people in them who are not stakeholders, for their day. Someone
  // Graph has no schedule for (an external guest) is left out rather than given hours that are not theirs.
  const meetings = toUpcomingMeetings(p.events.values(), user.email, ctx.now, horizon.end);
  const known = new Set([user.email, ...stakeholders.map((s) => s.id)]);
  const people: Person[] = [];
  for (const email of [...new Set(meetings.flatMap((m) => m.attendeeIds))].sort()) {
    const workingHours = known.has(email) ? undefined : hoursOf(email);
    if (workingHours === undefined) continue;
    const u = usersByEmail.get(email);
    const away = awayOf(email);
    people.push(toPerson({ email, ...(u ? { user: u } : {}), workingHours, ...(away ? { away } : {}) }));
  }

  // Delivered recently: To Do and Planner items completed in the last 14 days, for "delivered, with thanks".
  const nowMs = Date.parse(ctx.now);
  const completed = items.filter((i) => i.completedAt !== undefined && Date.parse(i.completedAt) <= nowMs && Date.parse(i.completedAt) > nowMs - COMPLETED_WITHIN_DAYS * 86_400_000);

  const colleagues = ctx.colleagues ? toColleagues(p, items, user.email, horizon, ctx.now, year, awayOf) : undefined;

  const todoTasks = new Map([...p.todoTasks].filter(([id]) => listIds.has(id)));
  return {
    world: { user, horizon, items, calendar, stakeholders, meetings, people, completed, ...(colleagues ? { colleagues } : {}) },
    cache: {
      userId: p.me.id as string,
      events: p.events,
      lists: p.lists,
      todoTasks,
      checklists: p.checklists,
      plans: p.plans,
      users: p.users,
      senders: p.senders,
      stakeholderUsers: p.stakeholderUsers,
      plannerTaskIds: p.plannerTasks.map((p) => p.id).filter((id): id is string => typeof id === 'string'),
      userEmail: user.email,
      groupMembers: p.groupMembers,
      memberUsers: p.memberUsers,
    },
    window: ctx.window,
    calendarDeltaLink: p.calendarPaging.deltaLink as string,
    todoDeltaLinks,
  };
}

function planFor(p: WorldParts, task: GraphPlannerTask): { plan?: GraphPlannerPlan; details?: GraphPlannerTaskDetails } {
  const plan = task.planId ? p.plans.get(task.planId) : undefined;
  const details = task.id ? p.details.get(task.id) : undefined;
  return { ...(plan ? { plan } : {}), ...(details ? { details } : {}) };
}

/** How far back a completed item still counts as recently delivered. */
const COMPLETED_WITHIN_DAYS = 14;

/**
 * The members of the groups that own the user's plans, other than the user, with their busy times in the horizon:
 * people who could take part of an item. A member without a schedule (not found) is left out.
 */
function toColleagues(
  p: WorldParts,
  items: readonly WorkItem[],
  userEmail: string,
  horizon: Interval,
  now: Instant,
  year: number,
  awayOf: (email: string) => AwayWindow | undefined,
): Colleague[] {
  const plansOf = new Map<string, Set<string>>();
  for (const planId of new Set(items.map((i) => i.planId).filter((id): id is string => id !== undefined))) {
    const owner = planGroupOf(p.plans.get(planId));
    for (const email of (owner ? p.groupMembers.get(owner) : undefined) ?? []) {
      if (email === userEmail) continue;
      plansOf.set(email, (plansOf.get(email) ?? new Set()).add(planId));
    }
  }
  const within = { start: Date.parse(now) > Date.parse(horizon.start) ? now : horizon.start, end: horizon.end };
  const colleagues: Colleague[] = [];
  for (const email of [...plansOf.keys()].sort()) {
    const schedule = p.busySchedules.get(email);
    if (!schedule?.workingHours) continue;
    const u = p.memberUsers.get(email);
    const country = u ? toHolidayRegion(u)?.country : undefined;
    const workingHours = toWorkingHours(schedule.workingHours, `getSchedule[${email}].workingHours`, { year, ...(country ? { country } : {}) });
    const away = awayOf(email);
    colleagues.push({
      ...toPerson({ email, ...(u ? { user: u } : {}), workingHours, ...(away ? { away } : {}) }),
      busy: toBusyTimes(schedule.scheduleItems, within, `getSchedule[${email}].scheduleItems`),
      planIds: [...(plansOf.get(email) ?? [])].sort(),
    });
  }
  return colleagues;
}
