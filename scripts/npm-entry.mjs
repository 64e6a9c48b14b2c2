// `npm start` and `npm test`: install everything with the pinned pnpm (lockfile frozen), then run.
import { ensureChromium } from './ensure-chromium.mjs';
import { pnpm } from './pnpm.mjs';

const task = process.argv[2];
if (task === 'test') ensureChromium();
pnpm(['install', '--frozen-lockfile']);
if (task === 'start') {
  pnpm(['build']);
  pnpm(['demo']);
} else if (task === 'test') {
  pnpm(['test:all']);
} else {
  console.error(`unknown task ${task}`);
  process.exit(2);
}
