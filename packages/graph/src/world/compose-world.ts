import type { Instant, Interval, Stakeholder, UserWorld, WorkingHours, WorkItem } from '@upfront/core';
import { GraphError } from '../errors.js';
import { toWorkingHours } from '../map-time.js';
import { toCalendarEntry, toHolidayRegion, toPersonId, toPlannerWorkItem, toStakeholder, toTodoWorkItem, toUserProfile } from '../map-world.js';
import type { GraphPlannerPlan, GraphPlannerTask, GraphPlannerTaskDetails, GraphUser } from '../wire-types.js';
import type { CachedWorld } from './world-cache.js';
import type { WorldParts } from './world-parts.js';
import { linkedMessageIds } from './wire-helpers.js';

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
export function composeWorld(p: WorldParts, ctx: { horizon: Interval; now: Instant; window: Interval }): WorldOutcome {
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

  const people = new Map<string, string>();
  for (const [uid, u] of p.users) if (u && (u.mail || u.userPrincipalName)) people.set(uid, toPersonId(u, 'user'));
  const usersByEmail = new Map<string, GraphUser>();
  for (const u of [...p.users.values(), ...p.stakeholderUsers.values()]) if (u && (u.mail || u.userPrincipalName)) usersByEmail.set(toPersonId(u, 'user'), u);
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
    items.push(toPlannerWorkItem(task, { userId: p.me.id as string, userZone: zone, people, zoneOf: (id) => hoursOf(id)?.timeZone, ...planFor(p, task) }));
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
    stakeholders.push(toStakeholder({ email, displayName: u?.displayName ?? names.get(email) ?? email, ...(u ? { user: u } : {}), workingHours, lastContactAt: p.lastContact.get(email) ?? null }));
  }

  const todoTasks = new Map([...p.todoTasks].filter(([id]) => listIds.has(id)));
  return {
    world: { user, horizon, items, calendar, stakeholders },
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
