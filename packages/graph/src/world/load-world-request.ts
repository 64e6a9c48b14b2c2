import type { Instant, Interval, UserWorld } from '@upfront/core';
import type { GraphAccess } from '../session/graph-access.js';

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
  /**
   * Read the colleagues in the user's plans (group members, with their busy times over the horizon) for "ask for
   * help"; default true. They cost one more round trip on a full load (plan → group → members → schedules); a delta
   * refresh reads their schedules in its one wave. `false` leaves `UserWorld.colleagues` out.
   */
  colleagues?: boolean;
}

export interface LoadWorldResult {
  world: UserWorld;
  sync: WorldSync;
  /** `requests`: HTTP requests on the wire (retries included); `batchedRequests`: Graph requests inside `$batch`es; `roundTrips`: sequential waves. */
  stats: { requests: number; batchedRequests: number; roundTrips: number; mode: 'full' | 'delta' };
}
