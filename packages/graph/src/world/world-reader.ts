import type { Interval } from '@upfront/core';
import { GraphError } from '../errors.js';
import type { GraphArea } from '../errors.js';
import { toUserPath } from '../session/graph-access.js';
import type { GraphCall, GraphResult } from '../session/graph-call.js';
import type { GraphReadTransport } from '../session/graph-read-transport.js';
import type { LoadStats } from '../session/load-stats.js';
import { toPersonId } from '../map-world.js';
import { toUpcomingMeetings } from '../map/map-meetings.js';
import type {
  GraphDirectoryObject,
  GraphEvent,
  GraphMailboxSettings,
  GraphMailTips,
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
import { collection, linkedMessageIds, planGroupOf, plannerPeople, senderOf, toPersonIdOrNull } from './wire-helpers.js';

// `city`, `officeLocation` and `usageLocation` say where a person is (their label), `usageLocation` also their holidays.
const USER_SELECT = '$select=id,displayName,givenName,mail,userPrincipalName,preferredLanguage,usageLocation,officeLocation,city';
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
  /** Addresses whose one-day schedule (and profile), colleague schedule, and mail tip were asked for. */
  private readonly scheduleAsked = new Set<string>();
  private readonly busyAsked = new Set<string>();
  private readonly tipsAsked = new Set<string>();

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
      // Members are kept even for a fresh read: their schedules are asked for in the first wave, and the members
      // a fresh read gets replace these (a first page starts the group anew).
      for (const [id, m] of cache.groupMembers) this.p.groupMembers.set(id, new Set(m));
      for (const [id, u] of cache.memberUsers) this.p.memberUsers.set(id, u);
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
    return composeWorld(this.p, { horizon: this.req.horizon, now: this.req.now, window: this.window, colleagues: this.req.colleagues !== false });
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
      calls.push(...this.personCalls(this.attendeeEmails(this.previous.cache.userEmail), { contact: false, users: knownUsers }));
      if (this.req.fresh) {
        for (const plan of this.previous.cache.plans.values()) {
          const groupId = planGroupOf(plan);
          if (groupId) calls.push(...this.memberCalls(groupId));
        }
      }
      calls.push(...this.colleagueCalls());
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
    // Mail tips, group members and colleagues' schedules only add to the world (time away, colleagues): refused or
    // unknown, they stay out.
    if ((kind === 'tips' || kind === 'members' || kind === 'busy') && OPTIONAL_REFUSALS.has(result.status)) {
      if (kind === 'members') this.p.memberPaging.set(memberGroupOf(key), { done: true });
      return;
    }
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
      case 'tips':
        for (const tip of collection<GraphMailTips>(body, call)) {
          const address = tip.emailAddress?.address?.toLowerCase();
          if (address) this.p.mailTips.set(address, tip.error ? null : tip);
        }
        return;
      case 'members': {
        const groupId = memberGroupOf(key);
        const members = key.endsWith(':1') ? new Set<string>() : (this.p.groupMembers.get(groupId) ?? new Set<string>());
        this.p.groupMembers.set(groupId, members);
        for (const m of collection<GraphDirectoryObject>(body, call)) {
          const isUser = m['@odata.type'] === undefined || m['@odata.type'].toLowerCase() === '#microsoft.graph.user';
          const address = isUser ? toPersonIdOrNull(m) : null;
          if (address === null || m.id === this.p.me?.id) continue;
          members.add(address);
          this.p.memberUsers.set(address, m);
        }
        const paging = this.p.memberPaging.get(groupId) ?? { done: false };
        this.p.memberPaging.set(groupId, paging);
        this.page(paging, body, call);
        return;
      }
      case 'busy':
        for (const s of collection<GraphScheduleInformation>(body, call)) {
          if (typeof s.scheduleId === 'string') this.p.busySchedules.set(s.scheduleId.toLowerCase(), s.error ? null : s);
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
    const mine = this.p.me && (this.p.me.mail || this.p.me.userPrincipalName) ? toPersonId(this.p.me, 'me') : this.previous?.cache.userEmail;
    if (mine !== undefined) calls.push(...this.personCalls(this.attendeeEmails(mine), { contact: false }));
    for (const plan of this.p.plans.values()) {
      const groupId = planGroupOf(plan);
      if (groupId && !this.p.groupMembers.has(groupId) && !this.p.memberPaging.has(groupId)) calls.push(...this.memberCalls(groupId));
    }
    for (const [groupId, paging] of this.p.memberPaging) calls.push(...this.pageCall(`members:${groupId}`, paging, 'colleagues'));
    calls.push(...this.colleagueCalls());
    return calls;
  }

  /** Addresses of the people in the user's upcoming meetings (they are read for their day, as stakeholders are). */
  private attendeeEmails(userEmail: string): string[] {
    const emails = new Set<string>();
    for (const m of toUpcomingMeetings(this.p.events.values(), userEmail, this.req.now, this.req.horizon.end)) for (const id of m.attendeeIds) emails.add(id);
    return [...emails];
  }

  /** The first page of a plan group's members (colleagues), unless colleagues are not wanted. */
  private memberCalls(groupId: string): GraphCall[] {
    if (this.req.colleagues === false) return [];
    return this.call(`members:${groupId}:1`, `/groups/${encodeURIComponent(groupId)}/members?${USER_SELECT}&$top=100`, 'colleagues');
  }

  /**
   * Colleagues' busy times over the horizon (getSchedule, ≤ 20 a call, a window under 62 days) and their mail tips,
   * for every group member known so far whose schedule was not asked for yet.
   */
  private colleagueCalls(): GraphCall[] {
    if (this.req.colleagues === false) return [];
    const fresh = [...new Set([...this.p.groupMembers.values()].flatMap((m) => [...m]))].filter((e) => !this.busyAsked.has(e)).sort();
    for (const e of fresh) this.busyAsked.add(e);
    const calls: GraphCall[] = [...this.tipCalls(fresh)];
    const startMs = Math.max(Date.parse(this.req.now), Date.parse(this.req.horizon.start));
    const endMs = Math.min(Date.parse(this.req.horizon.end), startMs + 61 * 86_400_000);
    if (endMs <= startMs) return calls;
    for (let i = 0; i < fresh.length; i += 20) {
      calls.push(...this.call(`busy:${this.requested.size}`, `${this.userPath}/calendar/getSchedule`, 'colleagues', { method: 'POST', headers: { Prefer: 'outlook.timezone="UTC"' }, body: scheduleBody(fresh.slice(i, i + 20), startMs, endMs, 60) }));
    }
    return calls;
  }

  /** Mail tips (automatic replies) for addresses not asked about yet, ≤ 20 a call. */
  private tipCalls(emails: readonly string[]): GraphCall[] {
    const fresh = emails.filter((e) => !this.tipsAsked.has(e));
    for (const e of fresh) this.tipsAsked.add(e);
    const calls: GraphCall[] = [];
    for (let i = 0; i < fresh.length; i += 20) {
      calls.push(...this.call(`tips:${this.requested.size}`, `${this.userPath}/getMailTips`, 'stakeholders', { method: 'POST', body: { EmailAddresses: fresh.slice(i, i + 20), MailTipsOptions: 'automaticReplies' } }));
    }
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
    return this.personCalls(emails, { contact: true, users });
  }

  /**
   * What a person's day needs, for addresses not asked about yet: profile (holiday region, city), working hours and
   * zone (a one-day getSchedule is enough), automatic replies; and for stakeholders the last mail the user sent them.
   */
  private personCalls(emails: readonly string[], opts: { contact: boolean; users?: Iterable<GraphUser | null> }): GraphCall[] {
    const calls: GraphCall[] = [];
    const planUsers = new Set([...(opts.users ?? this.p.users.values())].filter((u): u is GraphUser => u !== null).map((u) => toPersonIdOrNull(u)));
    if (opts.contact) {
      for (const email of emails) {
        calls.push(
          ...this.call(
            `contact:${email}`,
            `${this.userPath}/mailFolders/sentitems/messages?$filter=${encodeURIComponent(`toRecipients/any(r:r/emailAddress/address eq '${email.replace(/'/g, "''")}')`)}&$orderby=${encodeURIComponent('sentDateTime desc')}&$top=1&$select=sentDateTime`,
            'lastContact',
          ),
        );
      }
    }
    const fresh = emails.filter((e) => !this.scheduleAsked.has(e));
    for (const email of fresh) {
      this.scheduleAsked.add(email);
      if (!planUsers.has(email) && !this.p.stakeholderUsers.has(email)) calls.push(...this.call(`suser:${email}`, `/users/${encodeURIComponent(email)}?${USER_SELECT}`, 'stakeholders'));
    }
    // getSchedule: ≤ 20 addresses per call; a one-day window is enough to read working hours and their zone.
    const startMs = Date.parse(this.req.now);
    for (let i = 0; i < fresh.length; i += 20) {
      calls.push(
        ...this.call(`schedule:${this.requested.size}`, `${this.userPath}/calendar/getSchedule`, 'stakeholders', {
          method: 'POST',
          headers: { Prefer: 'outlook.timezone="UTC"' },
          body: scheduleBody(fresh.slice(i, i + 20), startMs, startMs + 86_400_000, 1440),
        }),
      );
    }
    calls.push(...this.tipCalls(fresh));
    return calls;
  }
}

function splitId(id: string): [string, string] {
  const i = id.indexOf(':');
  return i < 0 ? [id, ''] : [id.slice(0, i), id.slice(i + 1)];
}

/** Answers that mean "not for this app or this address" for an optional read. */
const OPTIONAL_REFUSALS = new Set([400, 403, 404, 501]);

/** `members:{groupId}:{page}` → the group id. */
function memberGroupOf(key: string): string {
  return key.slice(0, key.lastIndexOf(':'));
}

/** A getSchedule body in UTC: the body Graph documents (`schedules`, `startTime`, `endTime`, `availabilityViewInterval`). */
function scheduleBody(emails: readonly string[], startMs: number, endMs: number, intervalMinutes: number): Record<string, unknown> {
  const utc = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace(/Z$/, ''), timeZone: 'UTC' });
  return { schedules: emails, startTime: utc(startMs), endTime: utc(endMs), availabilityViewInterval: intervalMinutes };
}
