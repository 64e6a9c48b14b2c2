import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FaultConfig } from './faults/fault-config.js';
import { startGraphSimulator } from './start-graph-simulator.js';

// The CLI: the only place that reads the environment.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const faults = process.env['SIM_FAULTS'] ? (JSON.parse(process.env['SIM_FAULTS']) as FaultConfig) : undefined;
const extraPeople = Number(process.env['SIM_EXTRA_PEOPLE'] ?? 0);
if (!Number.isInteger(extraPeople) || extraPeople < 0) throw new Error(`SIM_EXTRA_PEOPLE must be a whole number ≥ 0, got '${process.env['SIM_EXTRA_PEOPLE']}'`);
const extraUsers = Number(process.env['SIM_EXTRA_USERS'] ?? 0);
if (!Number.isInteger(extraUsers) || extraUsers < 0) throw new Error(`SIM_EXTRA_USERS must be a whole number ≥ 0, got '${process.env['SIM_EXTRA_USERS']}'`);
const sim = await startGraphSimulator({
  port: Number(process.env['SIM_PORT'] ?? 4010),
  certDir: process.env['SIM_CERT_DIR'] ?? resolve(repoRoot, '.certs'),
  logger: (['info', 'warn', 'error'] as const).find((level) => level === process.env['SIM_LOG_LEVEL']) ?? 'warn',
  ...(process.env['SIM_NOW'] ? { now: process.env['SIM_NOW'] } : {}),
  ...(faults ? { faults } : {}),
  ...(extraPeople > 0 ? { extraPeople } : {}),
  ...(extraUsers > 0 ? { extraUsers } : {}),
});
sim.app.log.info({ url: sim.url, authority: sim.authority, caFile: sim.caFile, now: sim.now }, `Graph simulator listening at ${sim.url} (Graph: ${sim.url}/v1.0)`);
const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
