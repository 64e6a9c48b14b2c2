import type { Clock } from '@upfront/core';
import type { JobsRepo } from '@upfront/store';
import type { EnqueueOptions, FailedJob, JobHandler, JobName, JobPolicy, JobQueue } from './queue.js';
import { toFailureText } from './to-failure-text.js';

/** Settings of the in-process queue. */
export interface InProcessQueueOptions {
  /** The store's lease queue (a `jobs` table; SQLite by default). */
  readonly jobs: JobsRepo;
  readonly clock: Clock;
  readonly policies: Readonly<Record<JobName, JobPolicy>>;
  /** How long an idle loop waits before it asks for a job again, unless an enqueue wakes it first (default 1 s). */
  readonly idlePollMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * The queue port in one process over the store's `jobs` table: each take leases a job (`BEGIN IMMEDIATE` on
 * SQLite) for the policy's `expireInSeconds`; a process that dies mid-job leaves the lease to run out, and the
 * next take after it (this process after a restart, or another) runs the job again. A scheduled name runs its
 * handler at start and then every interval (one process: the scheduler's own state is in the store).
 */
export function createInProcessQueue(options: InProcessQueueOptions): JobQueue {
  const idlePollMs = options.idlePollMs ?? 1000;
  const intervals = new Map<JobName, number>();
  const loops: Promise<void>[] = [];
  const sleepers = new Set<() => void>();
  let stopping = false;

  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      // Not unref'd: a worker process with nothing else open lives on these naps until `stop()` wakes them.
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });
  const wakeAll = () => {
    for (const wake of [...sleepers]) wake();
  };
  const report = (error: unknown) => options.onError?.(error);

  async function takeLoop<T>(name: JobName, handler: JobHandler<T>) {
    const leaseMs = options.policies[name].expireInSeconds * 1000;
    while (!stopping) {
      let job;
      try {
        job = await options.jobs.take(name, options.clock.now(), leaseMs);
      } catch (error) {
        report(error);
        await nap(idlePollMs);
        continue;
      }
      if (job === undefined) {
        await nap(idlePollMs);
        continue;
      }
      const lease = { id: job.id, attempts: job.attempts };
      try {
        await handler(job.payload as T, { jobId: job.id, name, key: job.key });
        await options.jobs.complete(lease, options.clock.now());
      } catch (error) {
        await options.jobs.fail(lease, toFailureText(error), options.clock.now()).catch(report);
      }
    }
  }

  async function tickLoop<T>(name: JobName, handler: JobHandler<T>, everyMs: number) {
    while (!stopping) {
      await handler({} as T, { jobId: `${name}@${options.clock.now()}`, name }).catch(report);
      if (!stopping) await nap(everyMs);
    }
  }

  return {
    kind: 'in-process',
    async enqueue<T extends object>(name: JobName, data: T, enqueue: EnqueueOptions) {
      const policy = options.policies[name];
      const now = options.clock.now();
      const { created } = await options.jobs.enqueue(
        {
          queue: name,
          key: enqueue.key,
          payload: data,
          singletonKey: enqueue.singletonKey,
          runAfter: enqueue.startAfterAt ?? now,
          maxAttempts: policy.retryLimit + 1,
          // The store doubles the delay on each retry; without backoff the first delay is what we have.
          retryDelayMs: policy.retryDelaySeconds * 1000,
        },
        now,
      );
      if (created) wakeAll();
      return created ? 'queued' : 'duplicate';
    },
    async schedule(name, everyMinutes) {
      intervals.set(name, everyMinutes);
    },
    async work<T extends object>(name: JobName, handler: JobHandler<T>, work: { readonly concurrency: number }) {
      const everyMinutes = intervals.get(name);
      if (everyMinutes !== undefined) {
        loops.push(tickLoop(name, handler, everyMinutes * 60_000));
        return;
      }
      for (let i = 0; i < work.concurrency; i += 1) loops.push(takeLoop(name, handler));
    },
    async listFailed<T>(name: JobName, limit = 100): Promise<FailedJob<T>[]> {
      const failed = await options.jobs.listFailed(limit, name);
      return failed.map((job) => ({
        jobId: job.id,
        name,
        key: job.key,
        singletonKey: job.singletonKey,
        data: job.payload as T,
        attempts: job.attempts,
        error: job.lastError ?? 'unknown',
      }));
    },
    async stop(stop = {}) {
      stopping = true;
      wakeAll();
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, stop.timeoutMs ?? 10_000);
        timer.unref();
      });
      await Promise.race([Promise.all(loops), gaveUp]);
      clearTimeout(timer);
    },
  };
}
