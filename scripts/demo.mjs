// Starts the whole app on its embedded default: the Graph simulator (HTTPS, local CA), then the server
// (SQLite, serving the built tab). Values come from .env.example, overridden by the environment.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaults = Object.fromEntries(
  readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);
const env = { ...defaults, ...process.env };
const children = [];
const stop = (code) => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function run(name, command, args) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code) => {
    console.error(`${name} stopped (exit ${code}); stopping the demo.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

async function waitFor(url, what) {
  for (let i = 0; i < 120; i += 1) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  console.error(`${what} did not answer at ${url}`);
  stop(1);
}

const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
run('simulator', tsx, ['packages/graph-sim/src/main.ts']);
// The simulator writes its certificate authority on first start; the server trusts it explicitly
// (TRUSTED_CA_FILE), so it starts only once the simulator answers.
await waitForSimulator();
const dev = process.argv.includes('--dev');
run('server', dev ? tsx : process.execPath, dev ? ['watch', 'packages/server/src/main.ts'] : ['packages/server/dist/main.js']);
await waitFor(`http://127.0.0.1:${env.PORT}/healthz`, 'The server');
console.log(`\n  Upfront is running: open http://localhost:${env.PORT}\n  As Teams shows it (personal tab, Outlook, meeting side panel, themes): http://localhost:${env.PORT}/demo-host/\n  (Graph simulator at https://127.0.0.1:${env.SIM_PORT}; stop with Ctrl+C)\n`);

async function waitForSimulator() {
  // Probe with the simulator's own CA once it exists.
  const { Agent, fetch: undiciFetch } = await import('undici');
  const caFile = `${root}/${env.SIM_CERT_DIR ?? '.certs'}/ca.pem`;
  for (let i = 0; i < 120; i += 1) {
    try {
      const ca = readFileSync(caFile, 'utf8');
      const res = await undiciFetch(`https://127.0.0.1:${env.SIM_PORT}/healthz`, { dispatcher: new Agent({ connect: { ca } }) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  console.error('The Graph simulator did not start.');
  stop(1);
}
