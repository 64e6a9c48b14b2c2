// `node scripts/screenshots.mjs` (after `pnpm build`): the pictures in docs/images, from the real tab against the
// simulator's demo data in Debian's Chromium. UPFRONT_WEB_DIST=<dir> takes the tab from another build;
// SCREENSHOTS_DIR=<dir> writes them elsewhere. Look at every one before committing it.
import { pnpm } from './pnpm.mjs';

pnpm(['exec', 'tsx', 'packages/server/test/e2e/support/screenshots.ts']);
