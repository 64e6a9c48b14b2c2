import type { Instant } from '@upfront/core';
import type { UserKey } from '@upfront/store';

/** The jobs Upfront runs: a tick that finds the digests now due, and one user's digest. */
export type JobName = 'digests_due' | 'digest';

/** How one kind of job is retried and when a running one counts as lost. */
export interface JobPolicy {
  /** Attempts after the first one. */
  readonly retryLimit: number;
  /** Wait before the first retry; with `retryBackoff`, doubled on each further retry. */
  readonly retryDelaySeconds: number;
  readonly retryBackoff: boolean;
  /** A job running longer than this is taken as lost (its worker died) and retried. */
  readonly expireInSeconds: number;
}

/** Options of one enqueued job. */
export interface EnqueueOptions {
  /** Whose job it is: every job belongs to one user. */
  readonly key: UserKey;
  /**
   * At most one job per user and key: enqueuing a key that is already queued, running, done or failed (and kept)
   * is a no-op. A digest's key is its period (`digest:2026-W49`).
   */
  readonly singletonKey: string;
  /** Do not start before this instant. */
  readonly startAfterAt?: Instant;
}

/** What a handler learns about the job it runs. */
export interface JobContext {
  readonly jobId: string;
  readonly name: JobName;
  /** The user the job belongs to; absent for a scheduled tick, which belongs to no one. */
  readonly key?: UserKey;
}

/** Runs one job. A throw fails the attempt: the queue retries it, then keeps it as failed with the error. */
export type JobHandler<T> = (data: T, context: JobContext) => Promise<void>;

/** A job that used up its retries, kept with its error for inspection (the dead letter). */
export interface FailedJob<T = unknown> {
  readonly jobId: string;
  readonly name: JobName;
  readonly key: UserKey | undefined;
  readonly singletonKey: string | undefined;
  readonly data: T;
  readonly attempts: number;
  readonly error: string;
}

/**
 * The queue port: the same jobs run in-process on SQLite (the default) or in any number of worker processes on
 * PostgreSQL (pg-boss). Delivery is at least once per attempt on both; handlers must be idempotent.
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'pg-boss';
  /** Adds a job; `'duplicate'` when a job with the same `singletonKey` exists already. */
  enqueue<T extends object>(name: JobName, data: T, options: EnqueueOptions): Promise<'queued' | 'duplicate'>;
  /** Runs `name` (with empty data) every `everyMinutes`, once per interval whatever the number of processes. */
  schedule(name: JobName, everyMinutes: number): Promise<void>;
  /** Starts taking jobs of `name`, up to `concurrency` at a time in this process. */
  work<T extends object>(name: JobName, handler: JobHandler<T>, options: { readonly concurrency: number }): Promise<void>;
  /** Failed jobs of `name` with their error, newest first. */
  listFailed<T = unknown>(name: JobName, limit?: number): Promise<FailedJob<T>[]>;
  /** Stops taking jobs, waits for running ones up to `timeoutMs`, and releases the connection. */
  stop(options?: { readonly timeoutMs?: number }): Promise<void>;
}
