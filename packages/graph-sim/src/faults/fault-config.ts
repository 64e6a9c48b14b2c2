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
   * - `batchItemFailure`: inside `$batch` only, the matching items fail with `status` (default 429) while the batch answers 200.
   */
  kind: 'latency' | 'throttle' | 'unavailable' | 'timeout' | 'malformed' | 'batchItemFailure';
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
}

export interface FaultConfig {
  rules?: FaultRule[];
  budget?: ThrottleBudget;
}
