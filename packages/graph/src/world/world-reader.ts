import type { Interval } from '@upfront/core';
import { GraphError } from '../errors.js';
import type { GraphArea } from '../errors.js';
import { toUserPath } from '../session/graph-access.js';
import type { GraphCall, GraphResult } from '../session/graph-call.js';
import type { GraphReadTransport } from '../session/graph-read-transport.js';
import type { LoadStats } from '../session/load-stats.js';
import { toPersonId } from '../map-world.js';
import type {
  GraphEvent,
  GraphMailboxSettings,
  GraphMessage,
  GraphPlannerPlan,
  GraphPlannerTask,
  GraphPlannerTaskDetails,
  GraphScheduleInformation,
  GraphTodoTask,
  GraphTodoTaskList,
  GraphUser,
} from '../wire-types.js';
import { composeWorld } from './compose-world.js';
import type { WorldOutcome } from './compose-world.js';
import type { LoadWorldRequest, WorldSync } from './load-world-request.js';
import type { CachedWorld } from './world-cache.js';
import { createWorldParts } from './world-parts.js';
import type { Paging, WorldParts } from './world-parts.js';
import { collection, linkedMessageIds, plannerPeople, senderOf, toPersonIdOrNull } from './wire-helpers.js';

// `city`, `officeLocation` and `usageLocation` say where a person is (their label), `usageLocation` also their holidays.
const USER_SELECT = '$select=id,displayName,mail,userPrincipalName,preferredLanguage,usageLocation,officeLocation,city';
const PREFER_UTC = { Prefer: 'outlook.timezone="UTC", odata.maxpagesize=100' };
// To Do delta pages are short unless asked for more (10 tasks in the simulator), and every further page costs a round
// trip; Graph documents `Prefer: odata.maxpagesize` for todoTask delta (learn.microsoft.com/graph/api/todotask-delta).
const PREFER_PAGE = { Prefer: 'odata.maxpagesize=100' };

/**
 * Reads one world in waves: after each wave, every call whose inputs are now known is sent in the next one
 * (as `$batch`es of ≤ 20 in parallel), so the number of sequential round trips is the depth of the data's
 * dependency chain: 1 /me, lists, Planner tasks, calendar, flagged mail → 2 tasks, plans, details, people →
 * 3 schedules and last contact.
 */
export class WorldReader {
  private wave = 0;
  private readonly requested = new Set<string>();
  private readonly p: WorldParts = createWorldParts();
  private readonly window: Interval;
  private readonly userPath: string;

  constructor(
    private readonly t: GraphReadTransport,
    private readonly stats: LoadStats,
    private readonly req: LoadWorldRequest,
    private readonly previous: { cache: CachedWorld; sync: WorldSync } | undefined,
  ) {
    this.window = previous ? previous.sync.window : req.horizon;
    this.userPath = toUserPath(req.address);
    if (previous) {
      const { cache, sync } = previous;
      for (const [id, e] of cache.events) this.p.events.set(id, e);
      for (const [listId, tasks] of cache.todoTasks) this.p.todoTasks.set(listId, new Map(tasks));
      for (const [id, s] of cache.senders) this.p.senders.set(id, s);
      if (!req.fresh) {
        for (const [id, c] of cache.checklists) this.p.checklists.set(id, c);
        for (const [id, p] of cache.plans) this.p.plans.set(id, p);
        for (const [id, u] of cache.users) this.p.users.set(id, u);
        for (const [id, u] of cache.stakeholderUsers) this.p.stakeholderUsers.set(id, u);
      }
      this.p.calendarPaging.next = sync.calendarDeltaLink;
      for (const [listId, link] of Object.entries(sync.todoDeltaLinks)) this.p.listPaging.set(listId, { next: link, done: false });
      this.p.flaggedDone = true; // senders of known messages are cached; new ones are read per message
    }
  }

  async read(): Promise<WorldOutcome> {
    let calls = this.firstWave();
    while (calls.length > 0) {
      this.wave += 1;
      const results = await this.t.batch(calls, this.wave);
      for (const call of calls) {
        const result = results.get(call.id);
        if (result === undefined) throw new GraphError('GRAPH_BAD_RESPONSE', `no answer for ${call.id}`, { stale: [call.area] });
        this.accept(call, result);
      }
      calls = this.nextCalls();
    }
    return composeWorld(this.p, { horizon: this.req.horizon, now: this.req.now, window: this.window });
  }

  private call(id: string, url: string, area: GraphArea, extra: Partial<GraphCall> = {}): GraphCall[] {
    if (this.requested.has(id)) return [];
    this.requested.add(id);
    return [{ id, method: 'GET', url, area, ...extra }];
  }

  private firstWave(): GraphCall[] {
    const { start, end } = this.window;
    const calls = [
      ...this.call('me', `${this.userPath}?${USER_SELECT}`, 'profile'),
      ...this.call('mailbox', `${this.userPath}/mailboxSettings`, 'mailboxSettings'),
      ...this.call('lists', `${this.userPath}/todo/lists`, 'todo'),
      ...this.call('planner:1', `${this.userPath}/planner/tasks`, 'planner'),
      ...this.call(
        'calendar:1',
        this.p.calendarPaging.next ?? `${this.userPath}/calendarView/delta?startDateTime=${encodeURIComponent(start)}&endDateTime=${encodeURIComponent(end)}`,
        'calendar',
        { headers: PREFER_UTC },
      ),
    ];
    if (!this.p.flaggedDone) {
      calls.push(...this.call('flagged', `${this.userPath}/messages?$filter=${encodeURIComponent("flag/flagStatus eq 'flagged'")}&$select=id,sender,from&$top=100`, 'todo'));
    }
    // A refresh asks again, in the same wave, for everything it already knows the address of.
    if (this.previous) {
      this.p.calendarPaging.next = undefined;
      for (const [listId, paging] of this.p.listPaging) {
        calls.push(...this.call(`todo:${listId}:1`, paging.next ?? '', 'todo', { headers: PREFER_PAGE }));
        paging.next = undefined;
      }
      for (const taskId of this.previous.cache.plannerTaskIds) {
        calls.push(...this.call(`details:${taskId}`, `/planner/tasks/${encodeURIComponent(taskId)}/details`, 'planner'));
      }
      // A fresh read reads the people, plans and checklists the last load knew in this wave too, so it also takes one
      // round trip. Checklists come after the To Do deltas: a task the delta says changed drops its checklist first.
      const knownUsers = this.req.fresh ? [...this.previous.cache.users.values()] : [...this.p.users.values()];
      if (this.req.fresh) {
        for (const uid of this.previous.cache.users.keys()) calls.push(...this.call(`user:${uid}`, `/users/${encodeURIComponent(uid)}?${USER_SELECT}`, 'stakeholders'));
        for (const planId of this.previous.cache.plans.keys()) calls.push(...this.call(`plan:${planId}`, `/planner/plans/${encodeURIComponent(planId)}`, 'planner'));
        for (const [listId, tasks] of this.p.todoTasks) {
          for (const task of tasks.values()) {
            const taskId = task.id as string;
            if (task.status !== 'completed') calls.push(...this.call(`checklist:${taskId}`, `${this.userPath}/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}/checklistItems`, 'todo'));
          }
        }
      }
      calls.push(...this.stakeholderCalls(this.knownStakeholderEmails(knownUsers), knownUsers));
    }
    return calls;
  }

  private accept(call: GraphCall, result: GraphResult): void {
    const [kind, key] = splitId(call.id);
    const ok = result.status >= 200 && result.status < 300;
    // Optional reads: their absence is an answer, not a failure.
    if (kind === 'flagged' && !ok && (result.status === 400 || result.status === 501 || result.status === 403)) {
      this.p.flaggedDone = true;
      return;
    }
    if (kind === 'message' && result.status === 404) return void this.p.senders.set(key, null);
    if ((kind === 'user' || kind === 'suser') && result.status === 404) {
      (kind === 'user' ? this.p.users : this.p.stakeholderUsers).set(key, null);
      return;
    }
    // Something known was deleted since it was listed, or since the last load: it is dropped, the report stands.
    if (result.status === 404 || result.status === 410) {
      if (this.dropDeleted(kind, key, result.status)) return;
    }
    // On a refresh, a delta link that no longer resolves means: read everything again.
    if (this.previous && (kind === 'todo' || kind === 'calendar') && (result.status === 404 || result.status === 410)) {
      throw new GraphError('GRAPH_SYNC_EXPIRED', `${call.id}: delta link answered ${result.status}`, { status: result.status });
    }
    if (!ok) throw this.t.itemError(result, call.area);
    const body = result.body as Record<string, unknown>;
    if (body === null || typeof body !== 'object') throw new GraphError('GRAPH_BAD_RESPONSE', `${call.id}: body is not an object`, { stale: [call.area] });
    switch (kind) {
      case 'me':
        this.p.me = body as GraphUser;
        if (this.previous && this.p.me.id !== this.previous.sync.userId) throw new GraphError('GRAPH_SYNC_EXPIRED', 'sync belongs to another user');
        return;
      case 'mailbox':
        this.p.mailbox = body as GraphMailboxSettings;
        return;
      case 'lists':
        this.p.lists = collection<GraphTodoTaskList>(body, call).filter((l) => typeof l.id === 'string');
        return;
      case 'flagged':
        for (const m of collection<GraphMessage>(body, call)) {
          const sender = senderOf(m);
          if (m.id && sender) this.p.flaggedSenders.set(m.id, sender);
        }
        this.p.flaggedDone = true; // one page is enough: it only saves per-message reads
        return;
      case 'calendar':
        for (const e of collection<GraphEvent>(body, call)) {
          if (typeof e.id !== 'string') continue;
          if (e['@removed']) this.p.events.delete(e.id);
          else this.p.events.set(e.id, e);
        }
        this.page(this.p.calendarPaging, body, call);
        return;
      case 'planner':
        this.p.plannerTasks.push(...collection<GraphPlannerTask>(body, call));
        this.page(this.p.plannerPaging, body, call);
        return;
      case 'todo': {
        const listId = key.slice(0, key.lastIndexOf(':'));
        const tasks = this.p.todoTasks.get(listId) ?? new Map<string, GraphTodoTask>();
        this.p.todoTasks.set(listId, tasks);
        for (const task of collection<GraphTodoTask>(body, call)) {
          if (typeof task.id !== 'string') continue;
          if (task['@removed']) tasks.delete(task.id);
          else {
            tasks.set(task.id, task);
            this.p.checklists.delete(task.id); // changed: read its steps again
          }
        }
        const paging = this.p.listPaging.get(listId) ?? { done: false };
        this.p.listPaging.set(listId, paging);
        this.page(paging, body, call);
        return;
      }
      case 'checklist': {
        const items = collection<{ isChecked?: boolean }>(body, call);
        const prev = this.p.freshChecklists.has(key) ? this.p.checklists.get(key) : undefined;
        this.p.freshChecklists.add(key);
        this.p.checklists.set(key, { total: (prev?.total ?? 0) + items.length, done: (prev?.done ?? 0) + items.filter((i) => i.isChecked === true).length });
        if (typeof body['@odata.nextLink'] === 'string') throw new GraphError('GRAPH_BAD_RESPONSE', 'checklist paging is not expected', { stale: ['todo'] });
        return;
      }
      case 'message':
        this.p.senders.set(key, senderOf(body as GraphMessage) ?? null);
        return;
      case 'plan':
        this.p.plans.set(key, body as GraphPlannerPlan);
        return;
      case 'details':
        this.p.details.set(key, body as GraphPlannerTaskDetails);
        return;
      case 'user':
        this.p.users.set(key, body as GraphUser);
        return;
      case 'suser':
        this.p.stakeholderUsers.set(key, body as GraphUser);
        return;
      case 'schedule':
        for (const s of collection<GraphScheduleInformation>(body, call)) {
          if (typeof s.scheduleId === 'string') this.p.schedules.set(s.scheduleId.toLowerCase(), s.error ? null : s);
        }
        return;
      case 'contact': {
        const [last] = collection<GraphMessage>(body, call);
        this.p.lastContact.set(key, last?.sentDateTime ?? null);
        return;
      }
      default:
        throw new GraphError('GRAPH_BAD_RESPONSE', `unexpected call ${call.id}`);
    }
  }

  /** Drops what a 404/410 says is gone; false when the answer means something else (an expired delta link). */
  private dropDeleted(kind: string, key: string, status: number): boolean {
    switch (kind) {
      case 'details': // a Planner task deleted since /me/planner/tasks listed it, or since the last load
        this.p.goneTasks.add(key);
        return true;
      case 'plan': // its tasks still list: keep them, without the plan's name
        this.p.plans.set(key, { id: key });
        return true;
      case 'checklist': // a To Do task deleted after its list's delta page
        for (const tasks of this.p.todoTasks.values()) tasks.delete(key);
        this.p.checklists.delete(key);
        return true;
      case 'todo': {
        // A To Do list deleted: gone from /me/todo/lists (read in the same wave, before), or deleted since it was listed.
        const listId = key.slice(0, key.lastIndexOf(':'));
        const listed = this.p.lists?.some((l) => l.id === listId) ?? true;
        if (listed && (this.previous || status !== 404)) return false; // still listed: the delta link expired
        this.p.lists = this.p.lists?.filter((l) => l.id !== listId);
        this.p.listPaging.delete(listId);
        this.p.todoTasks.delete(listId);
        return true;
      }
      default:
        return false;
    }
  }

  private page(paging: Paging, body: Record<string, unknown>, call: GraphCall): void {
    const next = body['@odata.nextLink'];
    const delta = body['@odata.deltaLink'];
    if (typeof next === 'string') {
      paging.next = next;
      return;
    }
    if (typeof delta === 'string') paging.deltaLink = delta;
    else if (call.area === 'calendar' || (call.area === 'todo' && call.id.startsWith('todo:'))) {
      throw new GraphError('GRAPH_BAD_RESPONSE', `${call.id}: last delta page has no @odata.deltaLink`, { stale: [call.area] });
    }
    paging.next = undefined;
    paging.done = true;
  }

  private pageCall(prefix: string, paging: Paging, area: GraphArea, extra: Partial<GraphCall> = {}): GraphCall[] {
    if (paging.done || paging.next === undefined) return [];
    const n = [...this.requested].filter((id) => id.startsWith(`${prefix}:`)).length + 1;
    const url = paging.next;
    paging.next = undefined;
    return this.call(`${prefix}:${n}`, url, area, extra);
  }

  private nextCalls(): GraphCall[] {
    const calls: GraphCall[] = [];
    calls.push(...this.pageCall('calendar', this.p.calendarPaging, 'calendar', { headers: PREFER_UTC }));
    calls.push(...this.pageCall('planner', this.p.plannerPaging, 'planner'));
    for (const list of this.p.lists ?? []) {
      const id = list.id as string;
      const paging = this.p.listPaging.get(id);
      if (paging === undefined) {
        this.p.listPaging.set(id, { done: false });
        calls.push(...this.call(`todo:${id}:1`, `${this.userPath}/todo/lists/${encodeURIComponent(id)}/tasks/delta`, 'todo', { headers: PREFER_PAGE }));
      } else {
        calls.push(...this.pageCall(`todo:${id}`, paging, 'todo', { headers: PREFER_PAGE }));
      }
    }
    for (const [listId, tasks] of this.p.todoTasks) {
      for (const task of tasks.values()) {
        const taskId = task.id as string;
        if (task.status !== 'completed' && !this.p.checklists.has(taskId)) {
          calls.push(...this.call(`checklist:${taskId}`, `${this.userPath}/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}/checklistItems`, 'todo'));
        }
        for (const messageId of linkedMessageIds(task)) {
          if (this.p.senders.has(messageId)) continue;
          const known = this.p.flaggedSenders.get(messageId);
          if (known) this.p.senders.set(messageId, known);
          else if (this.p.flaggedDone) calls.push(...this.call(`message:${messageId}`, `${this.userPath}/messages/${encodeURIComponent(messageId)}?$select=id,sender,from`, 'stakeholders'));
        }
      }
    }
    if (this.p.me?.id) {
      for (const task of this.p.plannerTasks) {
        if (task.id && !this.p.details.has(task.id)) calls.push(...this.call(`details:${task.id}`, `/planner/tasks/${encodeURIComponent(task.id)}/details`, 'planner'));
        if (task.planId && !this.p.plans.has(task.planId)) calls.push(...this.call(`plan:${task.planId}`, `/planner/plans/${encodeURIComponent(task.planId)}`, 'planner'));
        for (const uid of plannerPeople(task)) {
          if (uid !== this.p.me.id && !this.p.users.has(uid)) calls.push(...this.call(`user:${uid}`, `/users/${encodeURIComponent(uid)}?${USER_SELECT}`, 'stakeholders'));
        }
      }
    }
    calls.push(...this.stakeholderCalls(this.knownStakeholderEmails()));
    return calls;
  }

  /** Addresses of everyone the items depend on or share, known so far. */
  private knownStakeholderEmails(users: Iterable<GraphUser | null> = this.p.users.values()): string[] {
    const emails = new Set<string>();
    for (const s of this.p.senders.values()) if (s) emails.add(s.email);
    for (const u of users) if (u && (u.mail || u.userPrincipalName)) emails.add(toPersonId(u, 'user'));
    const mine = this.p.me && (this.p.me.mail || this.p.me.userPrincipalName) ? toPersonId(this.p.me, 'me') : this.previous?.cache.userId;
    if (mine) emails.delete(mine);
    return [...emails];
  }

  /** `users`: the Planner people known so far (their profile is read as `user:`, never again as `suser:`). */
  private stakeholderCalls(emails: readonly string[], users: Iterable<GraphUser | null> = this.p.users.values()): GraphCall[] {
    const calls: GraphCall[] = [];
    const fresh = emails.filter((e) => !this.requested.has(`contact:${e}`));
    const planUsers = new Set([...users].filter((u): u is GraphUser => u !== null).map((u) => toPersonIdOrNull(u)));
    for (const email of fresh) {
      calls.push(
        ...this.call(
          `contact:${email}`,
          `${this.userPath}/mailFolders/sentitems/messages?$filter=${encodeURIComponent(`toRecipients/any(r:r/emailAddress/address eq '${email.replace(/'/g, "''")}')`)}&$orderby=${encodeURIComponent('sentDateTime desc')}&$top=1&$select=sentDateTime`,
          'lastContact',
        ),
      );
      if (!planUsers.has(email) && !this.p.stakeholderUsers.has(email)) calls.push(...this.call(`suser:${email}`, `/users/${encodeURIComponent(email)}?${USER_SELECT}`, 'stakeholders'));
    }
    // getSchedule: ≤ 20 addresses per call; a one-day window is enough to read working hours and their zone.
    const start = this.req.now;
    const end = new Date(Date.parse(start) + 24 * 3600_000).toISOString();
    for (let i = 0; i < fresh.length; i += 20) {
      const chunk = fresh.slice(i, i + 20);
      calls.push(
        ...this.call(`schedule:${this.requested.size}`, `${this.userPath}/calendar/getSchedule`, 'stakeholders', {
          method: 'POST',
          headers: { Prefer: 'outlook.timezone="UTC"' },
          body: { schedules: chunk, startTime: { dateTime: start.replace(/Z$/, ''), timeZone: 'UTC' }, endTime: { dateTime: end.replace(/Z$/, ''), timeZone: 'UTC' }, availabilityViewInterval: 1440 },
        }),
      );
    }
    return calls;
  }
}

function splitId(id: string): [string, string] {
  const i = id.indexOf(':');
  return i < 0 ? [id, ''] : [id.slice(0, i), id.slice(i + 1)];
}
