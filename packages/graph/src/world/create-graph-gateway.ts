import { AppError } from '@upfront/core';
import { GraphError } from '../errors.js';
import { createDraftOnce, findDraftByKey } from '../mail/create-draft-once.js';
import type { DraftContent, DraftLookupPolicy, DraftOutcome, FoundDraft } from '../mail/create-draft-once.js';
import { toUserPath } from '../session/graph-access.js';
import type { GraphAccess } from '../session/graph-access.js';
import type { RetryPolicy } from '../session/graph-middleware.js';
import { GraphReadTransport } from '../session/graph-read-transport.js';
import { GraphWriteTransport } from '../session/graph-write-transport.js';
import { LoadStats } from '../session/load-stats.js';
import type { WorldOutcome } from './compose-world.js';
import type { LoadWorldRequest, LoadWorldResult } from './load-world-request.js';
import { createWorldCache } from './world-cache.js';
import { WorldReader } from './world-reader.js';

export type { LoadWorldRequest, LoadWorldResult, WorldSync } from './load-world-request.js';

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
  const cache = createWorldCache({ ttlMs: opts.cacheTtlMs ?? 5 * 60_000, maxEntries: opts.cacheMaxEntries ?? 500, clockMs: opts.clockMs ?? Date.now });

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
      const transport = new GraphReadTransport({ baseUrl: opts.baseUrl, accessToken: req.accessToken, fetch: fetchFn, retry, stats, useBatch: opts.useBatch ?? true, appOnly: req.address?.kind === 'user' });
      const previous = cache.get(req.sync, req.horizon);
      let outcome: WorldOutcome;
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
      const cacheKey = cache.put(outcome.cache, req.sync?.cacheKey);
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

