import { fileURLToPath } from 'node:url';

/**
 * The built tab the browser tests serve: `packages/web/dist` (what `pnpm build` makes), or `UPFRONT_WEB_DIST`
 * when a developer builds elsewhere (`vite build --outDir …`) to keep a run apart from another one.
 */
export const webRoot = process.env.UPFRONT_WEB_DIST ?? fileURLToPath(new URL('../../../../web/dist', import.meta.url));

/** The flags Debian's Chromium needs headless in a container, and nothing that reaches the network. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
