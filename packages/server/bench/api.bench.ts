// `pnpm bench api` (npx tsx packages/server/bench/api.bench.ts): what one GET /api/risks costs the server.
// The simulator runs in this process; the server (buildApp on the simulator's environment) and a bare Fastify
// route answering the same bytes each run as a child process (api-server.ts), so their CPU and memory are their own.
//   1. CPU per warm call, plain and fresh (`Cache-Control: no-cache`), from process.cpuUsage() inside the server.
//   2. Resident memory across bursts of concurrent `?horizonDays=90` calls from one user (VmRSS, VmHWM).
//   3. autocannon on loopback: requests/s, p50, p99 at 10 and 100 connections, as a ratio to the bare route.
// Options (environment): API_BENCH_ONLY=cpu,memory,http  API_BENCH_ROUNDS  API_BENCH_SECONDS  API_BENCH_CPU_PROF=<dir>
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { mainDemoUser, ssoTokenFor, startSimulator, envFor } from '../test/support.js';

const only = new Set((process.env['API_BENCH_ONLY'] ?? 'cpu,memory,http').split(','));
const rounds = Number(process.env['API_BENCH_ROUNDS'] ?? 5);
const seconds = Number(process.env['API_BENCH_SECONDS'] ?? 10);
const CALLS = 20;
/** CPU profiles of the measured calls, one per round and kind (summarise with summarize-cpu-profile.mjs). */
const profileDir = process.env['API_BENCH_CPU_PROF'];
const BURST = 20;

interface Usage {
  cpu: NodeJS.CpuUsage;
  memory: NodeJS.MemoryUsage;
}
interface Server {
  child: ChildProcess;
  url: string;
  usage(): Promise<Usage>;
  gc(): Promise<void>;
  /** Starts a CPU profile into `file`, or (no file) writes the one running. */
  profile(file?: string): Promise<void>;
  close(): Promise<void>;
}

async function startServer(env: Record<string, string>, mode: 'app' | 'bare', bodyFile?: string): Promise<Server> {
  const child = fork(new URL('./api-server.ts', import.meta.url).pathname, [], {
    env: { ...process.env, ...env, API_BENCH_MODE: mode, ...(bodyFile ? { API_BENCH_BODY_FILE: bodyFile } : {}) },
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (cmd: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`server exited with ${code}`));
      const onMessage = (m: Record<string, unknown>) => {
        if (m['cmd'] !== cmd) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(m);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next('ready');
  return {
    child,
    url: `http://127.0.0.1:${String(ready['port'])}`,
    async usage() {
      const answer = next('usage');
      child.send({ cmd: 'usage' });
      return (await answer) as unknown as Usage;
    },
    async gc() {
      const answer = next('gc');
      child.send({ cmd: 'gc' });
      await answer;
    },
    async profile(file) {
      const answer = next('profile');
      child.send({ cmd: 'profile', ...(file ? { file } : {}) });
      await answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

const cpuMs = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user - a.user + b.system - a.system) / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mmm = (xs: number[], digits = 1) => `${Math.min(...xs).toFixed(digits)} / ${median(xs).toFixed(digits)} / ${Math.max(...xs).toFixed(digits)}`;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc (Linux). */
function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function get(server: Server, token: string, query = '', fresh = false): Promise<string> {
  const res = await fetch(`${server.url}/api/risks${query}`, { headers: { authorization: `Bearer ${token}`, ...(fresh ? { 'cache-control': 'no-cache' } : {}) } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET /api/risks${query} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

const sim = await startSimulator(new Date().toISOString());
const env = envFor(sim, { LOG_LEVEL: 'silent', DEMO_IDENTITY_URL: '' });
const token = await ssoTokenFor(sim, await mainDemoUser(sim));
const app = await startServer(env, 'app');
const lines: string[] = [`Node ${process.version}, ${new Date().toISOString()}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`];
const say = (line: string) => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

try {
  const body = await get(app, token);
  for (let i = 0; i < 4; i += 1) await get(app, token, '', i % 2 === 1);
  say(`report: ${body.length} bytes`);

  if (only.has('cpu')) {
    const perCall: Record<'plain' | 'fresh', number[]> = { plain: [], fresh: [] };
    for (let r = 0; r < rounds; r += 1) {
      for (const kind of ['plain', 'fresh'] as const) {
        if (profileDir) await app.profile(join(profileDir, `${kind}-${r + 1}.cpuprofile`));
        const before = await app.usage();
        for (let i = 0; i < CALLS; i += 1) await get(app, token, '', kind === 'fresh');
        const after = await app.usage();
        if (profileDir) await app.profile();
        perCall[kind].push(cpuMs(before.cpu, after.cpu) / CALLS);
      }
    }
    say(`server CPU per warm call, ms (min / median / max of ${rounds} rounds of ${CALLS} sequential calls):`);
    say(`  plain:                       ${mmm(perCall.plain, 2)}`);
    say(`  fresh (Cache-Control: no-cache): ${mmm(perCall.fresh, 2)}`);
  }

  if (only.has('memory')) {
    await app.gc();
    const start = residentMb(app.child.pid!);
    say(`memory: before the bursts RSS ${start.rss} MB (peak so far ${start.peak} MB)`);
    for (const kind of ['plain', 'fresh'] as const) {
      for (let b = 1; b <= 5; b += 1) {
        const started = performance.now();
        const answers = await Promise.allSettled(Array.from({ length: BURST }, () => get(app, token, '?horizonDays=90', kind === 'fresh')));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const failed = answers.filter((a) => a.status === 'rejected');
        const after = residentMb(app.child.pid!);
        const { memory } = await app.usage();
        say(`  burst ${b} of ${BURST} concurrent ${kind} ?horizonDays=90 calls (${seconds} s${failed.length ? `, ${failed.length} failed: ${String((failed[0] as PromiseRejectedResult).reason).slice(0, 120)}` : ''}): RSS ${after.rss} MB, peak ${after.peak} MB, heap used ${mb(memory.heapUsed)} MB`);
      }
    }
    await app.gc();
    const { memory } = await app.usage();
    say(`  after a full GC: RSS ${residentMb(app.child.pid!).rss} MB, heap used ${mb(memory.heapUsed)} MB`);
  }

  if (only.has('http')) {
    const dir = mkdtempSync(join(tmpdir(), 'upfront-bench-'));
    const bodyFile = join(dir, 'report.json');
    writeFileSync(bodyFile, await get(app, token));
    const bare = await startServer(env, 'bare', bodyFile);
    try {
      say(`autocannon ${seconds} s per run, pipelining 1, GET /api/risks (plain), bare route first in each round:`);
      say('| connections | round | bare req/s | app req/s | ratio | bare p50 / p99 ms | app p50 / p99 ms |');
      say('|---|---|---|---|---|---|---|');
      for (const connections of [10, 100]) {
        const ratios: number[] = [];
        for (let r = 1; r <= 3; r += 1) {
          const run = (server: Server) =>
            autocannon({ url: `${server.url}/api/risks`, connections, duration: seconds, pipelining: 1, headers: { authorization: `Bearer ${token}` } });
          const warm = (server: Server) => autocannon({ url: `${server.url}/api/risks`, connections, duration: 2, headers: { authorization: `Bearer ${token}` } });
          await warm(bare);
          const b = await run(bare);
          await warm(app);
          if (profileDir && r === 1) await app.profile(join(profileDir, `autocannon-${connections}.cpuprofile`));
          const a = await run(app);
          if (profileDir && r === 1) await app.profile();
          if (a.non2xx > 0 || a.errors > 0) say(`  app: ${a.non2xx} non-2xx answers, ${a.errors} errors`);
          const ratio = a.requests.average / b.requests.average;
          ratios.push(ratio);
          say(`| ${connections} | ${r} | ${Math.round(b.requests.average)} | ${Math.round(a.requests.average)} | ${ratio.toFixed(2)} | ${b.latency.p50} / ${b.latency.p99} | ${a.latency.p50} / ${a.latency.p99} |`);
        }
        say(`  ${connections} connections: ratio min / median / max ${mmm(ratios, 2)}`);
      }
    } finally {
      await bare.close();
    }
  }
} finally {
  await app.close();
  await sim.close();
}
