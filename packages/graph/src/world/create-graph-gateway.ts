import { randomUUID } from 'node:crypto';
import type { Instant, Interval, Stakeholder, UserWorld, WorkingHours, WorkItem } from '@upfront/core';
import { AppError } from '@upfront/core';
import { GraphError } from '../errors.js';
import type { GraphArea } from '../errors.js';
import { createDraftOnce, findDraftByKey } from '../mail/create-draft-once.js';
import type { DraftContent, DraftLookupPolicy, DraftOutcome, FoundDraft } from '../mail/create-draft-once.js';
import type { GraphCall, GraphResult } from '../session/graph-call.js';
import { toUserPath } from '../session/graph-access.js';
import type { GraphAccess } from '../session/graph-access.js';
import type { RetryPolicy } from '../session/graph-middleware.js';
import { GraphReadTransport as GraphTransport } from '../session/graph-read-transport.js';
import { GraphWriteTransport } from '../session/graph-write-transport.js';
import { LoadStats } from '../session/load-stats.js';
import { toCalendarEntry, toHolidayRegion, toPersonId, toPlannerWorkItem, toStakeholder, toTodoWorkItem, toUserProfile } from '../map-world.js';
import { toWorkingHours } from '../map-time.js';
import type {
  GraphCollection,
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

/**
 * What a later refresh needs to use delta queries: delta links and a key to the short-lived in-memory cache.
 * JSON-serialisable; holds no calendar contents, task bodies or mail: the server may store it.
 */
export interface WorldSync {
  readonly version: 1;
  readonly userId: string;
  /** The calendar window the delta link covers; a refresh may ask for any horizon inside it. */
  readonly window: Interval;
  readonly cacheKey: string;
  readonly calendarDeltaLink: string;
  /** To Do list id → tasks delta link. */
  readonly todoDeltaLinks: Readonly<Record<string, string>>;
}

export interface LoadWorldRequest extends GraphAccess {
  horizon: Interval;
  now: Instant;
  /** From the previous load: refresh with delta queries when possible. */
  sync?: WorldSync;
  /**
   * A fresh read (the user asked for one): of the previous load only what the delta links build on is reused
   * (events, To Do tasks, and the senders of known messages, which never change); plans, people and checklists
   * are read again.
   */
  fresh?: boolean;
}

export interface LoadWorldResult {
  world: UserWorld;
  sync: WorldSync;
  /** `requests`: HTTP requests on the wire (retries included); `batchedRequests`: Graph requests inside `$batch`es; `roundTrips`: sequential waves. */
  stats: { requests: number; batchedRequests: number; roundTrips: number; mode: 'full' | 'delta' };
}

/** A draft to prepare in a user's mailbox (see {@link GraphGateway.createDraftOnce}). */
export interface CreateDraftRequest extends GraphAccess, DraftContent {}

/** A draft key to look up in a user's mailbox. */
export interface FindDraftRequest extends GraphAccess {
  readonly draftKey: string;
}

/**
 * Reads a user's world from Microsoft Graph, and prepares drafts in their mailbox (never sends). With an app-only
 * token pass `address: { kind: 'user', userId }`: the user is then addressed as `/users/{id}` instead of `/me`.
 */
export interface GraphGateway {
  /** Loads a user's world for a horizon in as few sequential round trips as Graph allows. */
  loadWorld(req: LoadWorldRequest): Promise<LoadWorldResult>;
  /**
   * Creates a draft carrying `draftKey` unless the mailbox already holds one: `created`, or `found` (an earlier
   * attempt made it). The POST is never replayed; after an ambiguous outcome the key is looked up first.
   * `GRAPH_DRAFT_UNCONFIRMED` when it cannot tell (the caller retries later); `GRAPH_APP_ACCESS_DENIED` when an
   * app-only token may not reach this mailbox.
   */
  createDraftOnce(req: CreateDraftRequest): Promise<DraftOutcome>;
  /** The draft carrying `draftKey`, if the mailbox holds one. */
  findDraftByKey(req: FindDraftRequest): Promise<FoundDraft | undefined>;
}

/** Options of {@link createGraphGateway}. */
export interface GraphGatewayOptions {
  /** Graph root with version, e.g. `https://graph.microsoft.com/v1.0` or `https://127.0.0.1:4010/v1.0` (https only). */
  baseUrl: string;
  /** Use {@link createTrustingFetch} to trust the simulator's CA. */
  fetch?: typeof fetch;
  /** Retries per request or batch item for 429/503/504 (default 3). */
  maxRetries?: number;
  /** Longest `Retry-After` waited for before giving up with `GRAPH_THROTTLED` (default 10 s). */
  maxRetryAfterMs?: number;
  /** Back-off base without `Retry-After` (default 500 ms, doubled per attempt). */
  backoffBaseMs?: number;
  /** Per-attempt timeout (default 15 s). */
  timeoutMs?: number;
  /** How long calendar/task contents stay in memory for delta refreshes (default 5 min). */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
  /** Group each wave's reads into `$batch`es of ≤ 20 (default true); false sends them one by one, 4 at a time. */
  useBatch?: boolean;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic-ish clock for the cache TTL only (default `Date.now`). */
  clockMs?: () => number;
  /** Look-ups of a draft key after an ambiguous create (default 3, waiting 0.5 s, 1 s, 2 s). */
  draftRelookups?: number;
  draftRelookupDelayMs?: number;
  /** Creates of one draft per call at most (default 2). */
  draftMaxCreates?: number;
}

/** Raw material of the last load, kept only in memory (privacy: calendar contents are never persisted). */
interface CachedWorld {
  userId: string;
  expiresAtMs: number;
  events: Map<string, GraphEvent>;
  lists: GraphTodoTaskList[];
  todoTasks: Map<string, Map<string, GraphTodoTask>>;
  checklists: Map<string, { total: number; done: number }>;
  plans: Map<string, GraphPlannerPlan>;
  users: Map<string, GraphUser | null>;
  senders: Map<string, { email: string; name?: string } | null>;
  stakeholderUsers: Map<string, GraphUser | null>;
  plannerTaskIds: string[];
}

/** Creates the gateway; one per process (it holds the short-lived cache). */
export function createGraphGateway(opts: GraphGatewayOptions): GraphGateway {
  if (!opts.baseUrl.startsWith('https://')) throw new Error('createGraphGateway: baseUrl must be https:// (the SDK only sends tokens to https hosts)');
  const fetchFn = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const retry: RetryPolicy = {
    maxRetries: opts.maxRetries ?? 3,
    maxRetryAfterMs: opts.maxRetryAfterMs ?? 10_000,
    backoffBaseMs: opts.backoffBaseMs ?? 500,
    timeoutMs: opts.timeoutMs ?? 15_000,
    sleep: opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  const clockMs = opts.clockMs ?? Date.now;
  const ttlMs = opts.cacheTtlMs ?? 5 * 60_000;
  const maxEntries = opts.cacheMaxEntries ?? 500;
  const cache = new Map<string, CachedWorld>();

  function cached(sync: WorldSync | undefined, horizon: Interval): CachedWorld | undefined {
    if (sync === undefined) return undefined;
    const hit = cache.get(sync.cacheKey);
    if (hit === undefined || hit.expiresAtMs <= clockMs() || hit.userId !== sync.userId) return undefined;
    if (horizon.start < sync.window.start || horizon.end > sync.window.end) return undefined;
    return hit;
  }

  const draftPolicy: DraftLookupPolicy = {
    relookups: opts.draftRelookups ?? 3,
    relookupDelayMs: opts.draftRelookupDelayMs ?? 500,
    maxCreates: opts.draftMaxCreates ?? 2,
    sleep: retry.sleep,
  };
  const writer = (access: GraphAccess) =>
    new GraphWriteTransport({ baseUrl: opts.baseUrl, accessToken: access.accessToken, fetch: fetchFn, retry, stats: new LoadStats(), appOnly: access.address?.kind === 'user' });

  return {
    async createDraftOnce(req) {
      return createDraftOnce(writer(req), toUserPath(req.address), req, draftPolicy);
    },
    async findDraftByKey(req) {
      return findDraftByKey(writer(req), toUserPath(req.address), req.draftKey);
    },
    async loadWorld(req) {
      const stats = new LoadStats();
      const transport = new GraphTransport({ baseUrl: opts.baseUrl, accessToken: req.accessToken, fetch: fetchFn, retry, stats, useBatch: opts.useBatch ?? true, appOnly: req.address?.kind === 'user' });
      const previous = cached(req.sync, req.horizon);
      let outcome: Outcome;
      let mode: 'full' | 'delta' = previous && req.sync ? 'delta' : 'full';
      try {
        outcome = await new WorldReader(transport, stats, req, previous && req.sync ? { cache: previous, sync: req.sync } : undefined).read();
      } catch (error) {
        if (!(error instanceof GraphError && error.code === 'GRAPH_SYNC_EXPIRED') || mode === 'full') throw finalError(error);
        mode = 'full'; // a delta link expired (410 / syncStateNotFound): read everything again
        try {
          outcome = await new WorldReader(transport, stats, req, undefined).read();
        } catch (again) {
          throw finalError(again);
        }
      }
      if (req.sync) cache.delete(req.sync.cacheKey);
      const cacheKey = randomUUID();
      cache.set(cacheKey, { ...outcome.cache, expiresAtMs: clockMs() + ttlMs });
      while (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return {
        world: outcome.world,
        sync: { version: 1, userId: outcome.cache.userId, window: outcome.window, cacheKey, calendarDeltaLink: outcome.calendarDeltaLink, todoDeltaLinks: outcome.todoDeltaLinks },
        stats: { requests: stats.requests, batchedRequests: stats.batchedRequests, roundTrips: stats.roundTrips, mode },
      };
    },
  };
}

function finalError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  return new GraphError('GRAPH_UNAVAILABLE', `Graph read failed: ${(error as Error)?.message ?? String(error)}`, { cause: error, stale: ['profile', 'calendar', 'todo', 'planner', 'stakeholders'] });
}

interface Outcome {
  world: UserWorld;
  cache: Omit<CachedWorld, 'expiresAtMs'>;
  window: Interval;
  calendarDeltaLink: string;
  todoDeltaLinks: Record<string, string>;
}

/** A paged collection being read: items so far, the next page to ask for, and the delta link once complete. */
interface Paging {
  next?: string;
  done: boolean;
  deltaLink?: string;
}

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
class WorldReader {
  private wave = 0;
  private readonly requested = new Set<string>();
  private me?: GraphUser;
  private mailbox?: GraphMailboxSettings;
  private lists?: GraphTodoTaskList[];
  private readonly listPaging = new Map<string, Paging>();
  private readonly todoTasks = new Map<string, Map<string, GraphTodoTask>>();
  private readonly checklists = new Map<string, { total: number; done: number }>();
  private readonly calendarPaging: Paging = { done: false };
  private readonly events = new Map<string, GraphEvent>();
  private readonly plannerPaging: Paging = { done: false };
  private plannerTasks: GraphPlannerTask[] = [];
  private readonly plans = new Map<string, GraphPlannerPlan>();
  private readonly details = new Map<string, GraphPlannerTaskDetails>();
  private readonly users = new Map<string, GraphUser | null>();
  private flaggedDone = false;
  private readonly flaggedSenders = new Map<string, { email: string; name?: string }>();
  private readonly senders = new Map<string, { email: string; name?: string } | null>();
  private readonly schedules = new Map<string, GraphScheduleInformation | null>();
  private readonly lastContact = new Map<string, string | null>();
  private readonly stakeholderUsers = new Map<string, GraphUser | null>();
  private readonly window: Interval;
  private readonly freshChecklists = new Set<string>();
  /** Planner tasks whose details answered 404/410: deleted since they were listed. */
  private readonly goneTasks = new Set<string>();

  constructor(
    private readonly t: GraphTransport,
    private readonly stats: LoadStats,
    private readonly req: LoadWorldRequest,
    private readonly previous: { cache: CachedWorld; sync: WorldSync } | undefined,
  ) {
    this.window = previous ? previous.sync.window : req.horizon;
    if (previous) {
      const { cache, sync } = previous;
      for (const [id, e] of cache.events) this.events.set(id, e);
      for (const [listId, tasks] of cache.todoTasks) this.todoTasks.set(listId, new Map(tasks));
      for (const [id, s] of cache.senders) this.senders.set(id, s);
      if (!req.fresh) {
        for (const [id, c] of cache.checklists) this.checklists.set(id, c);
        for (const [id, p] of cache.plans) this.plans.set(id, p);
        for (const [id, u] of cache.users) this.users.set(id, u);
        for (const [id, u] of cache.stakeholderUsers) this.stakeholderUsers.set(id, u);
      }
      this.calendarPaging.next = sync.calendarDeltaLink;
      for (const [listId, link] of Object.entries(sync.todoDeltaLinks)) this.listPaging.set(listId, { next: link, done: false });
      this.flaggedDone = true; // senders of known messages are cached; new ones are read per message
    }
  }

  async read(): Promise<Outcome> {
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
    return this.compose();
  }

  private call(id: string, url: string, area: GraphArea, extra: Partial<GraphCall> = {}): GraphCall[] {
    if (this.requested.has(id)) return [];
    this.requested.add(id);
    return [{ id, method: 'GET', url, area, ...extra }];
  }

  private firstWave(): GraphCall[] {
    const { start, end } = this.window;
    const calls = [
      ...this.call('me', `/me?${USER_SELECT}`, 'profile'),
      ...this.call('mailbox', '/me/mailboxSettings', 'mailboxSettings'),
      ...this.call('lists', '/me/todo/lists', 'todo'),
      ...this.call('planner:1', '/me/planner/tasks', 'planner'),
      ...this.call(
        'calendar:1',
        this.calendarPaging.next ?? `/me/calendarView/delta?startDateTime=${encodeURIComponent(start)}&endDateTime=${encodeURIComponent(end)}`,
        'calendar',
        { headers: PREFER_UTC },
      ),
    ];
    if (!this.flaggedDone) {
      calls.push(...this.call('flagged', `/me/messages?$filter=${encodeURIComponent("flag/flagStatus eq 'flagged'")}&$select=id,sender,from&$top=100`, 'todo'));
    }
    // A refresh asks again, in the same wave, for everything it already knows the address of.
    if (this.previous) {
      this.calendarPaging.next = undefined;
      for (const [listId, paging] of this.listPaging) {
        calls.push(...this.call(`todo:${listId}:1`, paging.next ?? '', 'todo', { headers: PREFER_PAGE }));
        paging.next = undefined;
      }
      for (const taskId of this.previous.cache.plannerTaskIds) {
        calls.push(...this.call(`details:${taskId}`, `/planner/tasks/${encodeURIComponent(taskId)}/details`, 'planner'));
      }
      // A fresh read reads the people, plans and checklists the last load knew in this wave too, so it also takes one
      // round trip. Checklists come after the To Do deltas: a task the delta says changed drops its checklist first.
      const knownUsers = this.req.fresh ? [...this.previous.cache.users.values()] : [...this.users.values()];
      if (this.req.fresh) {
        for (const uid of this.previous.cache.users.keys()) calls.push(...this.call(`user:${uid}`, `/users/${encodeURIComponent(uid)}?${USER_SELECT}`, 'stakeholders'));
        for (const planId of this.previous.cache.plans.keys()) calls.push(...this.call(`plan:${planId}`, `/planner/plans/${encodeURIComponent(planId)}`, 'planner'));
        for (const [listId, tasks] of this.todoTasks) {
          for (const task of tasks.values()) {
            const taskId = task.id as string;
            if (task.status !== 'completed') calls.push(...this.call(`checklist:${taskId}`, `/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}/checklistItems`, 'todo'));
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
      this.flaggedDone = true;
      return;
    }
    if (kind === 'message' && result.status === 404) return void this.senders.set(key, null);
    if ((kind === 'user' || kind === 'suser') && result.status === 404) {
      (kind === 'user' ? this.users : this.stakeholderUsers).set(key, null);
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
        this.me = body as GraphUser;
        if (this.previous && this.me.id !== this.previous.sync.userId) throw new GraphError('GRAPH_SYNC_EXPIRED', 'sync belongs to another user');
        return;
      case 'mailbox':
        this.mailbox = body as GraphMailboxSettings;
        return;
      case 'lists':
        this.lists = collection<GraphTodoTaskList>(body, call).filter((l) => typeof l.id === 'string');
        return;
      case 'flagged':
        for (const m of collection<GraphMessage>(body, call)) {
          const sender = senderOf(m);
          if (m.id && sender) this.flaggedSenders.set(m.id, sender);
        }
        this.flaggedDone = true; // one page is enough: it only saves per-message reads
        return;
      case 'calendar':
        for (const e of collection<GraphEvent>(body, call)) {
          if (typeof e.id !== 'string') continue;
          if (e['@removed']) this.events.delete(e.id);
          else this.events.set(e.id, e);
        }
        this.page(this.calendarPaging, body, call);
        return;
      case 'planner':
        this.plannerTasks.push(...collection<GraphPlannerTask>(body, call));
        this.page(this.plannerPaging, body, call);
        return;
      case 'todo': {
        const listId = key.slice(0, key.lastIndexOf(':'));
        const tasks = this.todoTasks.get(listId) ?? new Map<string, GraphTodoTask>();
        this.todoTasks.set(listId, tasks);
        for (const task of collection<GraphTodoTask>(body, call)) {
          if (typeof task.id !== 'string') continue;
          if (task['@removed']) tasks.delete(task.id);
          else {
            tasks.set(task.id, task);
            this.checklists.delete(task.id); // changed: read its steps again
          }
        }
        const paging = this.listPaging.get(listId) ?? { done: false };
        this.listPaging.set(listId, paging);
        this.page(paging, body, call);
        return;
      }
      case 'checklist': {
        const items = collection<{ isChecked?: boolean }>(body, call);
        const prev = this.freshChecklists.has(key) ? this.checklists.get(key) : undefined;
        this.freshChecklists.add(key);
        this.checklists.set(key, { total: (prev?.total ?? 0) + items.length, done: (prev?.done ?? 0) + items.filter((i) => i.isChecked === true).length });
        if (typeof body['@odata.nextLink'] === 'string') throw new GraphError('GRAPH_BAD_RESPONSE', 'checklist paging is not expected', { stale: ['todo'] });
        return;
      }
      case 'message':
        this.senders.set(key, senderOf(body as GraphMessage) ?? null);
        return;
      case 'plan':
        this.plans.set(key, body as GraphPlannerPlan);
        return;
      case 'details':
        this.details.set(key, body as GraphPlannerTaskDetails);
        return;
      case 'user':
        this.users.set(key, body as GraphUser);
        return;
      case 'suser':
        this.stakeholderUsers.set(key, body as GraphUser);
        return;
      case 'schedule':
        for (const s of collection<GraphScheduleInformation>(body, call)) {
          if (typeof s.scheduleId === 'string') this.schedules.set(s.scheduleId.toLowerCase(), s.error ? null : s);
        }
        return;
      case 'contact': {
        const [last] = collection<GraphMessage>(body, call);
        this.lastContact.set(key, last?.sentDateTime ?? null);
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
        this.goneTasks.add(key);
        return true;
      case 'plan': // its tasks still list: keep them, without the plan's name
        this.plans.set(key, { id: key });
        return true;
      case 'checklist': // a To Do task deleted after its list's delta page
        for (const tasks of this.todoTasks.values()) tasks.delete(key);
        this.checklists.delete(key);
        return true;
      case 'todo': {
        // A To Do list deleted: gone from /me/todo/lists (read in the same wave, before), or deleted since it was listed.
        const listId = key.slice(0, key.lastIndexOf(':'));
        const listed = this.lists?.some((l) => l.id === listId) ?? true;
        if (listed && (this.previous || status !== 404)) return false; // still listed: the delta link expired
        this.lists = this.lists?.filter((l) => l.id !== listId);
        this.listPaging.delete(listId);
        this.todoTasks.delete(listId);
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
    calls.push(...this.pageCall('calendar', this.calendarPaging, 'calendar', { headers: PREFER_UTC }));
    calls.push(...this.pageCall('planner', this.plannerPaging, 'planner'));
    for (const list of this.lists ?? []) {
      const id = list.id as string;
      const paging = this.listPaging.get(id);
      if (paging === undefined) {
        this.listPaging.set(id, { done: false });
        calls.push(...this.call(`todo:${id}:1`, `/me/todo/lists/${encodeURIComponent(id)}/tasks/delta`, 'todo', { headers: PREFER_PAGE }));
      } else {
        calls.push(...this.pageCall(`todo:${id}`, paging, 'todo', { headers: PREFER_PAGE }));
      }
    }
    for (const [listId, tasks] of this.todoTasks) {
      for (const task of tasks.values()) {
        const taskId = task.id as string;
        if (task.status !== 'completed' && !this.checklists.has(taskId)) {
          calls.push(...this.call(`checklist:${taskId}`, `/me/todo/lists/${encodeURIComponent(listId)}/tasks/${encodeURIComponent(taskId)}/checklistItems`, 'todo'));
        }
        for (const messageId of linkedMessageIds(task)) {
          if (this.senders.has(messageId)) continue;
          const known = this.flaggedSenders.get(messageId);
          if (known) this.senders.set(messageId, known);
          else if (this.flaggedDone) calls.push(...this.call(`message:${messageId}`, `/me/messages/${encodeURIComponent(messageId)}?$select=id,sender,from`, 'stakeholders'));
        }
      }
    }
    if (this.me?.id) {
      for (const task of this.plannerTasks) {
        if (task.id && !this.details.has(task.id)) calls.push(...this.call(`details:${task.id}`, `/planner/tasks/${encodeURIComponent(task.id)}/details`, 'planner'));
        if (task.planId && !this.plans.has(task.planId)) calls.push(...this.call(`plan:${task.planId}`, `/planner/plans/${encodeURIComponent(task.planId)}`, 'planner'));
        for (const uid of plannerPeople(task)) {
          if (uid !== this.me.id && !this.users.has(uid)) calls.push(...this.call(`user:${uid}`, `/users/${encodeURIComponent(uid)}?${USER_SELECT}`, 'stakeholders'));
        }
      }
    }
    calls.push(...this.stakeholderCalls(this.knownStakeholderEmails()));
    return calls;
  }

  /** Addresses of everyone the items depend on or share, known so far. */
  private knownStakeholderEmails(users: Iterable<GraphUser | null> = this.users.values()): string[] {
    const emails = new Set<string>();
    for (const s of this.senders.values()) if (s) emails.add(s.email);
    for (const u of users) if (u && (u.mail || u.userPrincipalName)) emails.add(toPersonId(u, 'user'));
    const mine = this.me && (this.me.mail || this.me.userPrincipalName) ? toPersonId(this.me, 'me') : this.previous?.cache.userId;
    if (mine) emails.delete(mine);
    return [...emails];
  }

  /** `users`: the Planner people known so far (their profile is read as `user:`, never again as `suser:`). */
  private stakeholderCalls(emails: readonly string[], users: Iterable<GraphUser | null> = this.users.values()): GraphCall[] {
    const calls: GraphCall[] = [];
    const fresh = emails.filter((e) => !this.requested.has(`contact:${e}`));
    const planUsers = new Set([...users].filter((u): u is GraphUser => u !== null).map((u) => toPersonIdOrNull(u)));
    for (const email of fresh) {
      calls.push(
        ...this.call(
          `contact:${email}`,
          `/me/mailFolders/sentitems/messages?$filter=${encodeURIComponent(`toRecipients/any(r:r/emailAddress/address eq '${email.replace(/'/g, "''")}')`)}&$orderby=${encodeURIComponent('sentDateTime desc')}&$top=1&$select=sentDateTime`,
          'lastContact',
        ),
      );
      if (!planUsers.has(email) && !this.stakeholderUsers.has(email)) calls.push(...this.call(`suser:${email}`, `/users/${encodeURIComponent(email)}?${USER_SELECT}`, 'stakeholders'));
    }
    // getSchedule: ≤ 20 addresses per call; a one-day window is enough to read working hours and their zone.
    const start = this.req.now;
    const end = new Date(Date.parse(start) + 24 * 3600_000).toISOString();
    for (let i = 0; i < fresh.length; i += 20) {
      const chunk = fresh.slice(i, i + 20);
      calls.push(
        ...this.call(`schedule:${this.requested.size}`, '/me/calendar/getSchedule', 'stakeholders', {
          method: 'POST',
          headers: { Prefer: 'outlook.timezone="UTC"' },
          body: { schedules: chunk, startTime: { dateTime: start.replace(/Z$/, ''), timeZone: 'UTC' }, endTime: { dateTime: end.replace(/Z$/, ''), timeZone: 'UTC' }, availabilityViewInterval: 1440 },
        }),
      );
    }
    return calls;
  }

  private compose(): Outcome {
    if (!this.me || !this.mailbox || !this.lists || !this.calendarPaging.done || !this.plannerPaging.done) {
      throw new GraphError('GRAPH_BAD_RESPONSE', 'the read ended before every part of the world was complete', { stale: ['profile', 'calendar', 'todo', 'planner'] });
    }
    const year = Number(this.req.now.slice(0, 4));
    const user = toUserProfile(this.me, this.mailbox, { year });
    const zone = user.timeZone;
    const horizon = this.req.horizon;
    const calendar = [...this.events.values()]
      .map((e) => toCalendarEntry(e, zone))
      .filter((e) => (e.timing.kind === 'timed' ? e.timing.end > horizon.start && e.timing.start < horizon.end : e.timing.endOn > horizon.start.slice(0, 10) && e.timing.startOn <= horizon.end.slice(0, 10)))
      .sort((a, b) => startOf(a).localeCompare(startOf(b)));

    const people = new Map<string, string>();
    for (const [uid, u] of this.users) if (u && (u.mail || u.userPrincipalName)) people.set(uid, toPersonId(u, 'user'));
    const usersByEmail = new Map<string, GraphUser>();
    for (const u of [...this.users.values(), ...this.stakeholderUsers.values()]) if (u && (u.mail || u.userPrincipalName)) usersByEmail.set(toPersonId(u, 'user'), u);
    // A person's hours and zone, when getSchedule gave them (undefined: external, or not found).
    const hours = new Map<string, WorkingHours | undefined>();
    const hoursOf = (email: string): WorkingHours | undefined => {
      if (hours.has(email)) return hours.get(email);
      const schedule = this.schedules.get(email);
      const u = usersByEmail.get(email);
      const country = u ? toHolidayRegion(u)?.country : undefined;
      const wh = schedule?.workingHours ? toWorkingHours(schedule.workingHours, `getSchedule[${email}].workingHours`, { year, ...(country ? { country } : {}) }) : undefined;
      hours.set(email, wh);
      return wh;
    };
    const todoDeltaLinks: Record<string, string> = {};
    const items: WorkItem[] = [];
    const listIds = new Set(this.lists.map((l) => l.id as string));
    for (const list of this.lists) {
      const id = list.id as string;
      const paging = this.listPaging.get(id);
      if (!paging?.done || !paging.deltaLink) throw new GraphError('GRAPH_BAD_RESPONSE', `To Do list ${id} was not read completely`, { stale: ['todo'] });
      todoDeltaLinks[id] = paging.deltaLink;
      for (const task of this.todoTasks.get(id)?.values() ?? []) {
        const stakeholderIds = [...new Set(linkedMessageIds(task).map((m) => this.senders.get(m)?.email).filter((e): e is string => e !== undefined && e !== user.email))];
        const checklist = this.checklists.get(task.id as string) ?? { total: 0, done: 0 };
        items.push(toTodoWorkItem(task, { list, userZone: zone, stakeholderIds, checklist }));
      }
    }
    for (const task of this.plannerTasks) {
      if (task.id && this.goneTasks.has(task.id)) continue; // deleted while we read: its details answered 404
      items.push(toPlannerWorkItem(task, { userId: this.me.id as string, userZone: zone, people, zoneOf: (id) => hoursOf(id)?.timeZone, ...this.planFor(task) }));
    }

    const stakeholders: Stakeholder[] = [];
    const ids = new Set(items.flatMap((i) => [...i.stakeholderIds, ...i.contributorIds]));
    const names = new Map<string, string | undefined>();
    for (const s of this.senders.values()) if (s) names.set(s.email, s.name);
    for (const email of [...ids].sort()) {
      if (!this.lastContact.has(email)) throw new GraphError('GRAPH_BAD_RESPONSE', `stakeholder ${email} was not read`, { stale: ['stakeholders'] });
      // No schedule (external address, or not found): the user's own hours stand in; the server may overlay settings.
      const u = usersByEmail.get(email);
      const workingHours = hoursOf(email) ?? user.workingHours;
      stakeholders.push(toStakeholder({ email, displayName: u?.displayName ?? names.get(email) ?? email, ...(u ? { user: u } : {}), workingHours, lastContactAt: this.lastContact.get(email) ?? null }));
    }

    const todoTasks = new Map([...this.todoTasks].filter(([id]) => listIds.has(id)));
    return {
      world: { user, horizon, items, calendar, stakeholders },
      cache: {
        userId: this.me.id as string,
        events: this.events,
        lists: this.lists,
        todoTasks,
        checklists: this.checklists,
        plans: this.plans,
        users: this.users,
        senders: this.senders,
        stakeholderUsers: this.stakeholderUsers,
        plannerTaskIds: this.plannerTasks.map((p) => p.id).filter((id): id is string => typeof id === 'string'),
      },
      window: this.window,
      calendarDeltaLink: this.calendarPaging.deltaLink as string,
      todoDeltaLinks,
    };
  }

  private planFor(task: GraphPlannerTask): { plan?: GraphPlannerPlan; details?: GraphPlannerTaskDetails } {
    const plan = task.planId ? this.plans.get(task.planId) : undefined;
    const details = task.id ? this.details.get(task.id) : undefined;
    return { ...(plan ? { plan } : {}), ...(details ? { details } : {}) };
  }
}

function startOf(e: { timing: { kind: 'timed'; start: string } | { kind: 'all-day'; startOn: string } }): string {
  return e.timing.kind === 'timed' ? e.timing.start : e.timing.startOn;
}

function splitId(id: string): [string, string] {
  const i = id.indexOf(':');
  return i < 0 ? [id, ''] : [id.slice(0, i), id.slice(i + 1)];
}

function collection<T>(body: Record<string, unknown>, call: GraphCall): T[] {
  const value = (body as GraphCollection<T>).value;
  if (!Array.isArray(value)) throw new GraphError('GRAPH_BAD_RESPONSE', `${call.id}: collection without a value array`, { stale: [call.area] });
  return value;
}

function senderOf(m: GraphMessage): { email: string; name?: string } | undefined {
  const address = m.sender?.emailAddress ?? m.from?.emailAddress;
  if (!address?.address) return undefined;
  return { email: address.address.toLowerCase(), ...(address.name ? { name: address.name } : {}) };
}

/** Flagged-email tasks link the message: `applicationName` Outlook and `externalId` = message id. */
function linkedMessageIds(task: GraphTodoTask): string[] {
  return (task.linkedResources ?? [])
    .filter((r) => typeof r.externalId === 'string' && r.externalId !== '' && /outlook|mail/i.test(r.applicationName ?? ''))
    .map((r) => r.externalId as string);
}

function plannerPeople(task: GraphPlannerTask): string[] {
  const ids = Object.keys(task.assignments ?? {});
  const creator = task.createdBy?.user?.id;
  return [...new Set(creator ? [creator, ...ids] : ids)];
}

function toPersonIdOrNull(u: GraphUser): string | null {
  const a = u.mail ?? u.userPrincipalName;
  return a ? a.toLowerCase() : null;
}
