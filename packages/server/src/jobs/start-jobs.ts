import type { Clock } from '@upfront/core';
import type { JobsRepo } from '@upfront/store';
import type { Config } from '../config.js';
import type { Digests, DigestJobData } from '../services/digests.js';
import { appOnly } from '../services/graph-token-source.js';
import { createInProcessQueue } from './create-in-process-queue.js';
import { createPgBossQueue } from './create-pg-boss-queue.js';
import { JobError } from './job-error.js';
import type { JobName, JobPolicy, JobQueue } from './queue.js';
import { toFailureText } from './to-failure-text.js';

/** What the job runner reports (a pino logger fits). */
export interface JobsLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** What {@link startJobs} needs: the digest service, the store's job table (in-process) and the clock. */
export interface JobsDeps {
  readonly digests: Digests;
  readonly jobs: JobsRepo;
  readonly clock: Clock;
  readonly log: JobsLogger;
}

/** Running jobs: the queue (for inspection and tests) and a graceful stop. */
export interface RunningJobs {
  readonly queue: JobQueue;
  stop(options?: { readonly timeoutMs?: number }): Promise<void>;
}

/** The retry and expiry policy of each job, from the configuration. */
export function toJobPolicies(config: Readonly<Config>): Record<JobName, JobPolicy> {
  const digest: JobPolicy = {
    retryLimit: config.DIGESTS_RETRY_LIMIT,
    retryDelaySeconds: config.DIGESTS_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    // One job is one user's digest (seconds), far below pg-boss's 15-minute default.
    expireInSeconds: config.DIGESTS_EXPIRE_SECONDS,
  };
  return { digest, digests_due: { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 300 } };
}

/** Opens the queue `JOBS` names: pg-boss on PostgreSQL, or the store's job table in this process. */
export async function openJobQueue(config: Readonly<Config>, deps: Pick<JobsDeps, 'jobs' | 'clock' | 'log'>): Promise<JobQueue> {
  const policies = toJobPolicies(config);
  if (config.JOBS === 'pg-boss') {
    const connectionString = config.JOBS_DATABASE_URL ?? (/^postgres(ql)?:\/\//.test(config.DATABASE_URL) ? config.DATABASE_URL : undefined);
    if (connectionString === undefined) throw new JobError('JOBS_UNAVAILABLE', 'JOBS=pg-boss needs JOBS_DATABASE_URL or a postgres:// DATABASE_URL');
    return createPgBossQueue({
      connectionString,
      schema: config.JOBS_SCHEMA,
      policies,
      // pg-boss waits out the polling interval after a job shorter than it: at 2 s (its default) a loop would
      // take one 1-second digest every 2 s. 0.5 s is pg-boss's minimum.
      pollingIntervalSeconds: 0.5,
      // Lost jobs (a worker killed mid-digest) are found at least twice per expiry period.
      maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(config.DIGESTS_EXPIRE_SECONDS / 2))),
      onError: (err) => deps.log.error({ err }, 'pg-boss'),
    });
  }
  return createInProcessQueue({ jobs: deps.jobs, clock: deps.clock, policies, onError: (err) => deps.log.error({ err }, 'job queue') });
}

/**
 * Starts the scheduler tick (enqueue the digests now due) and the digest workers on a queue. Each digest runs with
 * the app's own Graph token (client credentials) for the user's mailbox; without the tenant admin's grant the
 * user is marked for the next visit instead.
 */
export async function startJobs(queue: JobQueue, config: Readonly<Config>, deps: JobsDeps): Promise<RunningJobs> {
  await queue.schedule('digests_due', config.DIGESTS_TICK_MINUTES);
  await queue.work('digests_due', async () => {
    const { queued, duplicates } = await deps.digests.enqueueDue(queue);
    if (queued + duplicates > 0) deps.log.info({ queued, duplicates }, 'digests enqueued');
  }, { concurrency: 1 });
  await queue.work<DigestJobData>('digest', async (data, context) => {
    if (context.key === undefined) throw new JobError('JOBS_DIGEST_FAILED', 'a digest job without its user');
    try {
      const outcome = await deps.digests.runDigest(context.key, data, appOnly);
      deps.log.info({ jobId: context.jobId, period: data.period, outcome }, 'digest');
    } catch (error) {
      // The queue retries it, then keeps it failed with this reason (the dead letter); the log says it each time.
      deps.log.error({ jobId: context.jobId, period: data.period, reason: toFailureText(error) }, 'digest failed');
      throw error;
    }
  }, { concurrency: config.DIGESTS_CONCURRENCY });
  return { queue, stop: (options) => queue.stop(options) };
}
