import { randomUUID } from 'node:crypto';
import type { SqlDriver } from '../driver/sql-driver.js';
import { addStoredMs, fromStoredInstant, toStoredInstant } from '../instants.js';
import type { Job, JobState, JobsRepo } from '../types.js';
import { parseJsonColumn } from './parse-json-column.js';

interface JobRow {
  id: string;
  tenant_id: string;
  user_id: string;
  queue: string;
  singleton_key: string | null;
  payload: string;
  state: string;
  attempts: number | string;
  max_attempts: number | string;
  retry_delay_ms: number | string;
  run_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

const COLUMNS =
  'id, tenant_id, user_id, queue, singleton_key, payload, state, attempts, max_attempts, retry_delay_ms, run_at, locked_until, last_error, created_at, updated_at';

const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_RETRY_DELAY_MS = 30_000;
/** The error kept on a job whose last attempt's lease ran out (the worker died or hung). */
const LEASE_EXPIRED_ERROR = 'JOB_LEASE_EXPIRED';

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    queue: row.queue,
    key: { tenantId: row.tenant_id, userId: row.user_id },
    payload: parseJsonColumn<unknown>(row.payload, 'payload'),
    ...(row.singleton_key === null ? {} : { singletonKey: row.singleton_key }),
    state: row.state as JobState,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    retryDelayMs: Number(row.retry_delay_ms),
    runAfter: fromStoredInstant(row.run_at),
    ...(row.locked_until === null ? {} : { lockedUntil: fromStoredInstant(row.locked_until) }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    createdAt: fromStoredInstant(row.created_at),
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

/** The delay before attempt `attempts + 1`: the retry delay, doubled for each attempt after the first. */
function toRetryDelayMs(retryDelayMs: number, attempts: number): number {
  return retryDelayMs * 2 ** Math.max(0, attempts - 1);
}

/**
 * The job queue of the SQLite default (and usable on PostgreSQL): a take leases one job atomically — inside
 * `BEGIN IMMEDIATE` on SQLite (one writer at a time), with `FOR UPDATE SKIP LOCKED` on PostgreSQL (concurrent takers
 * skip a row another is taking) — and every settlement is a compare-and-set on (id, attempts, active).
 */
export function createJobsRepo(driver: SqlDriver): JobsRepo {
  const skipLocked = driver.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
  const get = async (id: string) => {
    const rows = await driver.all<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE id = $1`, [id]);
    return rows[0] === undefined ? undefined : toJob(rows[0]);
  };
  return {
    get,
    async enqueue(job, at) {
      const id = randomUUID();
      const now = toStoredInstant(at);
      const inserted = await driver.all<{ id: string }>(
        `INSERT INTO jobs (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, 'queued', 0, $7, $8, $9, NULL, NULL, $10, $10)
         ON CONFLICT (tenant_id, user_id, queue, singleton_key) DO NOTHING RETURNING id`,
        [
          id,
          job.key.tenantId,
          job.key.userId,
          job.queue,
          job.singletonKey ?? null,
          JSON.stringify(job.payload ?? null),
          job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          job.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
          toStoredInstant(job.runAfter),
          now,
        ],
      );
      if (inserted[0] !== undefined) return { id: inserted[0].id, created: true };
      const existing = await driver.all<{ id: string }>(
        'SELECT id FROM jobs WHERE tenant_id = $1 AND user_id = $2 AND queue = $3 AND singleton_key = $4',
        [job.key.tenantId, job.key.userId, job.queue, job.singletonKey ?? null],
      );
      // A conflict without a row cannot happen: rows leave only through forgetUser.
      return { id: existing[0]?.id ?? id, created: false };
    },
    async take(queue, at, leaseMs) {
      const now = toStoredInstant(at);
      return driver.transaction(async (tx) => {
        // A job whose last attempt's lease ran out is not retried forever: it fails, with the reason kept.
        // Rows another taker holds are skipped (it fails them itself), so concurrent takers never wait on each other.
        await tx.run(
          `UPDATE jobs SET state = 'failed', locked_until = NULL, last_error = COALESCE(last_error, $3), updated_at = $2
           WHERE id IN (SELECT id FROM jobs WHERE queue = $1 AND state = 'active' AND locked_until <= $2
                          AND attempts >= max_attempts ${skipLocked})`,
          [queue, now, LEASE_EXPIRED_ERROR],
        );
        const rows = await tx.all<JobRow>(
          `UPDATE jobs SET state = 'active', attempts = attempts + 1, locked_until = $3, updated_at = $2
           WHERE id = (SELECT id FROM jobs WHERE queue = $1
                         AND ((state = 'queued' AND run_at <= $2) OR (state = 'active' AND locked_until <= $2))
                       ORDER BY run_at, id LIMIT 1 ${skipLocked})
           RETURNING ${COLUMNS}`,
          [queue, now, addStoredMs(at, leaseMs)],
        );
        return rows[0] === undefined ? undefined : toJob(rows[0]);
      });
    },
    async complete(lease, at) {
      const rows = await driver.all(
        `UPDATE jobs SET state = 'completed', locked_until = NULL, updated_at = $3
         WHERE id = $1 AND attempts = $2 AND state = 'active' RETURNING id`,
        [lease.id, lease.attempts, toStoredInstant(at)],
      );
      return rows.length > 0;
    },
    async fail(lease, error, at) {
      const job = await get(lease.id);
      if (job === undefined || job.state !== 'active' || job.attempts !== lease.attempts) return undefined;
      const final = job.attempts >= job.maxAttempts;
      const state: JobState = final ? 'failed' : 'queued';
      const runAt = final ? toStoredInstant(job.runAfter) : addStoredMs(at, toRetryDelayMs(job.retryDelayMs, job.attempts));
      const rows = await driver.all(
        `UPDATE jobs SET state = $3, run_at = $4, last_error = $5, locked_until = NULL, updated_at = $6
         WHERE id = $1 AND attempts = $2 AND state = 'active' RETURNING id`,
        [lease.id, lease.attempts, state, runAt, error, toStoredInstant(at)],
      );
      return rows.length > 0 ? state : undefined;
    },
    async release(lease, at) {
      const rows = await driver.all(
        `UPDATE jobs SET state = 'queued', attempts = attempts - 1, locked_until = NULL, updated_at = $3
         WHERE id = $1 AND attempts = $2 AND state = 'active' RETURNING id`,
        [lease.id, lease.attempts, toStoredInstant(at)],
      );
      return rows.length > 0;
    },
    async extend(lease, now, leaseMs) {
      const rows = await driver.all(
        `UPDATE jobs SET locked_until = $3, updated_at = $4 WHERE id = $1 AND attempts = $2 AND state = 'active' RETURNING id`,
        [lease.id, lease.attempts, addStoredMs(now, leaseMs), toStoredInstant(now)],
      );
      return rows.length > 0;
    },
    async purgeCompleted(before) {
      const rows = await driver.all(`DELETE FROM jobs WHERE state = 'completed' AND updated_at < $1 RETURNING id`, [toStoredInstant(before)]);
      return rows.length;
    },
    async listFailed(limit, queue) {
      const rows = await driver.all<JobRow>(
        `SELECT ${COLUMNS} FROM jobs WHERE state = 'failed' AND (CAST($2 AS TEXT) IS NULL OR queue = $2) ORDER BY updated_at DESC, id LIMIT $1`,
        [limit, queue ?? null],
      );
      return rows.map(toJob);
    },
  };
}
