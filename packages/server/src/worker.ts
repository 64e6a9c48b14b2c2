// `pnpm worker` (or `node dist/worker.js`): a job worker without HTTP. With JOBS=pg-boss any number of them share
// one PostgreSQL; each weekly digest is drafted once per user and period whatever the number of workers.
import pino from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { runWorker } from './jobs/run-worker.js';
import { createDigestPreparer } from './services/digests.js';

async function main() {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = pino({ level: config.LOG_LEVEL, name: 'upfront-worker', redact: { paths: ['*.token', '*.accessToken', '*.ssoToken'], censor: '[redacted]' } });
  if (config.JOBS === 'off') {
    log.warn({}, 'JOBS=off: nothing to do');
    return;
  }
  const worker = await runWorker(config, { log }, (services) => createDigestPreparer(services.loadAssessedWorld));
  log.info({ jobs: config.JOBS, concurrency: config.DIGESTS_CONCURRENCY }, 'worker started');
  const stop = async () => {
    // Stop taking jobs, let running digests finish (up to 10 s), then close the queue and the store.
    await worker.close({ timeoutMs: 10_000 });
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
