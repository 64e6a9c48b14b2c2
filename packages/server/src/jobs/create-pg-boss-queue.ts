import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { JobError } from './job-error.js';
import { toFailureText } from './to-failure-text.js';
import type { EnqueueOptions, FailedJob, JobContext, JobHandler, JobName, JobPolicy, JobQueue } from './queue.js';

/** Settings of the pg-boss queue. */
export interface PgBossQueueOptions {
  readonly connectionString: string;
  /** pg-boss's own schema (its tables live there, apart from Upfront's). */
  readonly schema: string;
  readonly policies: Readonly<Record<JobName, JobPolicy>>;
  /** How often an idle worker asks for a job (pg-boss's minimum is 0.5 s). */
  readonly pollingIntervalSeconds?: number;
  /** How often lost (expired) jobs are found and retried. */
  readonly maintenanceIntervalSeconds?: number;
  /** How long a finished or failed job stays in the job table, where it blocks a second job with its key. */
  readonly keepFinishedSeconds?: number;
  readonly onError?: (error: Error) => void;
}

/** The dead-letter queue of a job name: where a job goes, with its data, when it used up its retries. */
export const deadLetterOf = (name: JobName) => `${name}_dead`;

/**
 * The queue port on PostgreSQL through pg-boss 10 (SKIP LOCKED: each attempt goes to exactly one worker, in any
 * number of processes). A job's id is derived from its singleton key, so a second enqueue of the same key is
 * dropped by the primary key whatever the number of schedulers; `singletonKey` is kept on the row for inspection.
 */
export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const keepSeconds = options.keepFinishedSeconds ?? 8 * 24 * 3600;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema,
    application_name: 'upfront-jobs',
    max: 4,
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    archiveCompletedAfterSeconds: keepSeconds,
    archiveFailedAfterSeconds: keepSeconds,
  });
  boss.on('error', (error) => options.onError?.(error));
  try {
    await boss.start();
    for (const [name, policy] of Object.entries(options.policies) as [JobName, JobPolicy][]) {
      await ensureQueue(boss, deadLetterOf(name), { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: policy.expireInSeconds });
      await ensureQueue(boss, name, policy, deadLetterOf(name));
    }
  } catch (cause) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw new JobError('JOBS_UNAVAILABLE', 'could not start the pg-boss queue', { cause });
  }
  const workerIds: string[] = [];
  return {
    kind: 'pg-boss',
    async enqueue<T extends object>(name: JobName, data: T, enqueue: EnqueueOptions) {
      const singletonKey = `${enqueue.key.tenantId}/${enqueue.key.userId}/${enqueue.singletonKey}`;
      const envelope: Envelope<T> = { tenantId: enqueue.key.tenantId, userId: enqueue.key.userId, payload: data };
      const id = await boss.send(name, envelope, {
        id: uuidFromKey(`${name}:${singletonKey}`),
        singletonKey,
        ...(enqueue.startAfterAt === undefined ? {} : { startAfter: new Date(enqueue.startAfterAt) }),
      });
      return id === null ? 'duplicate' : 'queued';
    },
    async schedule(name, everyMinutes) {
      // pg-boss's cron runs each schedule once per minute slot across every process (its clock is the database's).
      await boss.schedule(name, everyMinutes === 1 ? '* * * * *' : `*/${everyMinutes} * * * *`, {});
    },
    async work<T extends object>(name: JobName, handler: JobHandler<T>, work: { readonly concurrency: number }) {
      for (let i = 0; i < work.concurrency; i += 1) {
        const id = await boss.work<Envelope<T> | Record<string, never>>(name, { batchSize: 1, ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}) }, async (jobs) => {
          for (const job of jobs) {
            const data = job.data;
            if ('payload' in data) await runSafely(handler, data.payload, { jobId: job.id, name, key: { tenantId: data.tenantId, userId: data.userId } });
            else await runSafely(handler, {} as T, { jobId: job.id, name });
          }
        });
        workerIds.push(id);
      }
    },
    async listFailed<T>(name: JobName, limit = 100): Promise<FailedJob<T>[]> {
      const { rows } = await boss.getDb().executeSql(
        `SELECT id, singleton_key, data, retry_count, output FROM ${quoteIdent(options.schema)}.job
          WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC LIMIT $2`,
        [name, limit],
      );
      return (rows as { id: string; singleton_key: string | null; data: Envelope<T>; retry_count: number; output: { message?: string } | null }[]).map((row) => ({
        jobId: row.id,
        name,
        key: { tenantId: row.data.tenantId, userId: row.data.userId },
        singletonKey: row.singleton_key?.split('/').slice(2).join('/'),
        data: row.data.payload,
        attempts: row.retry_count + 1,
        error: row.output?.message ?? 'unknown',
      }));
    },
    async stop(stop = {}) {
      await boss.stop({ graceful: true, wait: true, close: true, timeout: stop.timeoutMs ?? 10_000 });
    },
  };
}

/** What a pg-boss job row holds: its user and the handler's data. */
interface Envelope<T> {
  readonly tenantId: string;
  readonly userId: string;
  readonly payload: T;
}

async function ensureQueue(boss: PgBoss, name: string, policy: JobPolicy, deadLetter?: string) {
  const queue: PgBoss.Queue = {
    name,
    policy: 'standard',
    retryLimit: policy.retryLimit,
    retryDelay: policy.retryDelaySeconds,
    retryBackoff: policy.retryBackoff,
    expireInSeconds: policy.expireInSeconds,
    ...(deadLetter === undefined ? {} : { deadLetter }),
  };
  if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
  else await boss.createQueue(name, queue).catch(async (error: unknown) => {
    // Another process created it between the two calls.
    if (!(await boss.getQueue(name))) throw error;
  });
}

/** Runs a handler; what pg-boss stores as the failure is our error's code and message only, never a cause's details. */
async function runSafely<T>(handler: JobHandler<T>, data: T, context: JobContext) {
  try {
    await handler(data, context);
  } catch (error) {
    throw new Error(toFailureText(error));
  }
}

/** A UUID (version 8, RFC 9562) from a SHA-256 of the key: the same key, the same job id. */
export function uuidFromKey(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
