/** What a fault rule does to the requests it matches. */
export type FaultKind =
  | 'latency'
  | 'throttle'
  | 'unavailable'
  | 'timeout'
  | 'malformed'
  | 'batchItemFailure'
  | 'dropAfterCommit'
  | 'failAfterCommit'
  | 'hangAfterCommit';

/** Faults the simulator injects, per route, set by `SimulatorOptions.faults`, `SIM_FAULTS` or `PUT /demo/faults`. */
export interface FaultRule {
  /** Which Graph requests: HTTP method, a case-insensitive regular expression on the path below `/v1.0`, and/or a user (UPN). */
  match?: { method?: string; path?: string; user?: string };
  /**
   * - `latency`: wait `latencyMs` before answering;
   * - `throttle`: 429 `TooManyRequests` with `Retry-After: retryAfterSeconds`;
   * - `unavailable`: 503 `serviceNotAvailable` with `Retry-After`;
   * - `timeout`: never answer (the connection hangs until the client gives up);
   * - `malformed`: 200 with a truncated JSON body;
   * - `batchItemFailure`: inside `$batch` only, the matching items fail with `status` (default 429) while the batch answers 200;
   * - `dropAfterCommit`: the route runs (a POST stores its message) and then the socket is destroyed before any answer
   *   ("Graph commits the draft but the response is lost"); a route that fails answers its error as usual;
   * - `failAfterCommit`: the route runs and commits, then the answer is `status` (503 default, or 504) instead of its result;
   * - `hangAfterCommit`: the route runs and commits, then the connection hangs like `timeout`.
   * The three `…AfterCommit` kinds act on single requests, not on `$batch` items.
   */
  kind: FaultKind;
  latencyMs?: number;
  retryAfterSeconds?: number;
  status?: number;
  /** Affect only the first `times` matching requests (default: all). */
  times?: number;
  /** Affect only every n-th matching request (1 = all). */
  everyNth?: number;
}

export interface ThrottleBudget {
  /** Requests per window per app per mailbox (Graph's Outlook limit is 10,000 / 10 min). */
  perUserPerApp?: number;
  /** Requests per window per app across the tenant. */
  perApp?: number;
  windowMs?: number;
  /**
   * Requests in flight at once per app per mailbox (Outlook's MailboxConcurrency limit is 4); one more is answered
   * 429 `ApplicationThrottled`. Default 4; 0 turns the limit off. `$batch` items are not counted, their batch is.
   */
  concurrentPerMailbox?: number;
}

export interface FaultConfig {
  rules?: FaultRule[];
  budget?: ThrottleBudget;
  /**
   * Search-index lag: a message created (or given new extended properties) less than `searchLagMs` ago is not yet
   * found by the `singleValueExtendedProperties/Any(…)` `$filter`, though `GET …/messages/{id}` already returns it.
   * Judged at query time against the current value, so lowering it makes waiting messages visible at once.
   */
  searchLagMs?: number;
}
