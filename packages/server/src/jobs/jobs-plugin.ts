import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Services } from '../services.js';
import { createDigestPreparer, type Digests } from '../services/digests.js';
import { createDigestsFor } from './run-worker.js';
import { openJobQueue, startJobs, type RunningJobs } from './start-jobs.js';

declare module 'fastify' {
  interface FastifyInstance {
    digests: Digests;
  }
}

/**
 * Decorates the app with the digest service and, with `JOBS=in-process` (the default run), runs the scheduler
 * and the digest workers inside the server once it is ready, stopping them (running digests first) on close.
 * With `JOBS=pg-boss` the server only serves; `pnpm worker` processes run the jobs.
 */
export default fp(
  async (app: FastifyInstance, opts: { services: Services; config: Readonly<Config> }) => {
    const { services, config } = opts;
    const digests = createDigestsFor(services, config, createDigestPreparer(services.loadAssessedWorld));
    app.decorate('digests', digests);
    if (config.JOBS !== 'in-process') return;
    let running: RunningJobs | undefined;
    app.addHook('onReady', async () => {
      const queue = await openJobQueue(config, { jobs: services.store.jobs, clock: services.clock, log: app.log });
      running = await startJobs(queue, config, { digests, jobs: services.store.jobs, clock: services.clock, log: app.log });
    });
    // Runs before the services' own onClose (hooks run in registration order; register this plugin after it).
    app.addHook('preClose', async () => {
      await running?.stop({ timeoutMs: 10_000 });
    });
  },
  { name: 'jobs' },
);
