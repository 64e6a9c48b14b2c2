// Runs the pinned pnpm: the one on PATH when it is the pinned version, otherwise through npx.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager.split('@')[1];

function onPath() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === pinned;
  } catch {
    return false;
  }
}

const command = onPath() ? ['pnpm'] : ['npx', '-y', `pnpm@${pinned}`];

/** Runs pnpm with arguments; exits the process with pnpm's code when it fails. */
export function pnpm(args, options = {}) {
  const result = spawnSync(command[0], [...command.slice(1), ...args], { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
