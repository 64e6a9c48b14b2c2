// The browser tests drive Debian's Chromium. As root with apt-get at hand, `npm test` installs it and says so;
// otherwise it stops before anything else runs, with the exact command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Makes sure Chromium is at CHROMIUM_PATH (default /usr/bin/chromium), installing Debian's package when it can. */
export function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  const canInstall = process.env.CHROMIUM_PATH === undefined && process.getuid?.() === 0 && hasCommand('apt-get');
  if (!canInstall) {
    console.error(`Browser tests need Chromium at ${chromium}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium binary).`);
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s chromium for the browser tests (apt-get install -y chromium)');
  for (const args of [['update', '-q'], ['install', '-y', '-q', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; install Chromium by hand: apt-get update && apt-get install -y chromium`);
      process.exit(1);
    }
  }
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
