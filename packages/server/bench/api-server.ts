// The server side of `pnpm bench api`, run as its own process so that its CPU and memory are its own:
//   API_BENCH_MODE=app   buildApp() on the environment (the simulator's, set by api.bench.ts), listening on 127.0.0.1
//   API_BENCH_MODE=bare  a bare Fastify route answering the bytes in API_BENCH_BODY_FILE (the same report, as JSON)
// It tells its port over IPC and answers { cmd: 'usage' } with process.cpuUsage() and process.memoryUsage().
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

async function start(): Promise<FastifyInstance> {
  if (process.env['API_BENCH_MODE'] === 'bare') {
    const body = readFileSync(process.env['API_BENCH_BODY_FILE'] ?? '', 'utf8');
    const bare = Fastify({ logger: false });
    bare.get('/api/risks', async (_req, reply) => reply.type('application/json; charset=utf-8').send(body));
    return bare;
  }
  // API_BENCH_LOG=error shows the server's errors (the bench is otherwise silent).
  return process.env['API_BENCH_LOG'] ? buildApp(loadConfig({ ...process.env, LOG_LEVEL: process.env['API_BENCH_LOG'] })) : buildApp(loadConfig(process.env), { logger: false });
}

const app = await start();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
// A CPU profile of the measured calls only (not of start-up): { cmd: 'profile', file } starts one, { cmd: 'profile' } writes it.
const inspector = new Session();
inspector.connect();
let profileFile: string | undefined;
async function profile(file: string | undefined): Promise<void> {
  if (file !== undefined) {
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
    profileFile = file;
  } else if (profileFile !== undefined) {
    const { profile: taken } = await inspector.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(taken));
    profileFile = undefined;
  }
  process.send?.({ cmd: 'profile' });
}
process.on('message', (message: { cmd?: string; file?: string }) => {
  if (message.cmd === 'profile') void profile(message.file);
  if (message.cmd === 'usage') process.send?.({ cmd: 'usage', cpu: process.cpuUsage(), memory: process.memoryUsage() });
  if (message.cmd === 'gc') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ cmd: 'gc' });
  }
});
process.on('disconnect', () => {
  void app.close().then(() => process.exit(0));
});
process.send?.({ cmd: 'ready', port });
