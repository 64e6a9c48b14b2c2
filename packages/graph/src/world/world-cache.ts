import { randomUUID } from 'node:crypto';
import type { Interval } from '@upfront/core';
import type { GraphEvent, GraphPlannerPlan, GraphTodoTask, GraphTodoTaskList, GraphUser } from '../wire-types.js';
import type { WorldSync } from './load-world-request.js';

/** Raw material of the last load, kept only in memory (privacy: calendar contents are never persisted). */
export interface CachedWorld {
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
  /** The user's own address: who is not an attendee to read on a refresh. */
  userEmail: string;
  /** Group id → member addresses, and their profiles: memberships change rarely, a fresh read reads them again. */
  groupMembers: Map<string, Set<string>>;
  memberUsers: Map<string, GraphUser>;
}

/** The short-lived in-memory cache of raw material behind delta refreshes, bounded in age and size. */
export interface WorldCache {
  /** The last load's material for this sync, if it is still fresh, is the same user's and covers the horizon. */
  get(sync: WorldSync | undefined, horizon: Interval): CachedWorld | undefined;
  /** Keeps a load's material (dropping the one it replaces) and returns its new key. */
  put(material: Omit<CachedWorld, 'expiresAtMs'>, replaces: string | undefined): string;
}

/** Creates the cache; entries expire after `ttlMs` on `clockMs`, the oldest go first beyond `maxEntries`. */
export function createWorldCache(opts: { ttlMs: number; maxEntries: number; clockMs: () => number }): WorldCache {
  const cache = new Map<string, CachedWorld>();
  return {
    get(sync, horizon) {
      if (sync === undefined) return undefined;
      const hit = cache.get(sync.cacheKey);
      if (hit === undefined || hit.expiresAtMs <= opts.clockMs() || hit.userId !== sync.userId) return undefined;
      if (horizon.start < sync.window.start || horizon.end > sync.window.end) return undefined;
      return hit;
    },
    put(material, replaces) {
      if (replaces !== undefined) cache.delete(replaces);
      const cacheKey = randomUUID();
      cache.set(cacheKey, { ...material, expiresAtMs: opts.clockMs() + opts.ttlMs });
      while (cache.size > opts.maxEntries) cache.delete(cache.keys().next().value as string);
      return cacheKey;
    },
  };
}
