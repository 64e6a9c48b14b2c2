import type { Config } from '../config.js';
import { createServices, type Services, type ServicesDeps } from '../services.js';
import { createDigests, type Digests, type PrepareDigest } from '../services/digests.js';
import { openJobQueue, startJobs, type JobsLogger, type RunningJobs } from './start-jobs.js';

/** What a worker may be given instead of what it makes from the configuration. */
export interface WorkerDeps extends ServicesDeps {
  readonly log: JobsLogger;
  /** How a digest is written; default: core's digest composer over the user's assessed world. */
  readonly prepare?: PrepareDigest;
}

/** A running worker: its services, its digests and its jobs; `close` stops the jobs, then the services. */
export interface RunningWorker {
  readonly services: Services;
  readonly digests: Digests;
  readonly jobs: RunningJobs;
  close(options?: { readonly timeoutMs?: number }): Promise<void>;
}

/** Builds the digest service on shared services (the app and the worker make it the same way). */
export function createDigestsFor(services: Services, config: Readonly<Config>, prepare: PrepareDigest): Digests {
  return createDigests({
    store: services.store,
    clock: services.clock,
    tokens: services.tokens,
    drafts: services.drafts,
    prepare,
  });
}

/**
 * Starts a job worker: the services of `createServices`, the queue `JOBS` names, the scheduler tick and the digest
 * workers. Any number of workers may run against one PostgreSQL (pg-boss); each digest is drafted once.
 */
export async function runWorker(config: Readonly<Config>, deps: WorkerDeps, defaultPrepare: (services: Services) => PrepareDigest): Promise<RunningWorker> {
  // A worker drafts only digests: a ledger claim older than a digest job's expiry is surely a dead attempt's.
  const draftLeaseMs = deps.draftLeaseMs ?? Math.min(120_000, config.DIGESTS_EXPIRE_SECONDS * 1000);
  const services = await createServices(config, { ...deps, draftLeaseMs });
  try {
    const digests = createDigestsFor(services, config, deps.prepare ?? defaultPrepare(services));
    const queue = await openJobQueue(config, { jobs: services.store.jobs, clock: services.clock, log: deps.log });
    const jobs = await startJobs(queue, config, { digests, jobs: services.store.jobs, clock: services.clock, log: deps.log });
    return {
      services,
      digests,
      jobs,
      async close(options) {
        await jobs.stop(options);
        await services.close();
      },
    };
  } catch (error) {
    await services.close();
    throw error;
  }
}
