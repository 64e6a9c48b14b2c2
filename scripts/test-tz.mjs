// Core must give identical results whatever the process time zone: rerun its tests under three zones
// chosen for their oddities (UTC; +13/+14 with a dropped day; a half-hour offset).
import { pnpm } from './pnpm.mjs';

for (const tz of ['UTC', 'Pacific/Apia', 'America/St_Johns']) {
  console.log(`\n--- core with TZ=${tz} ---`);
  pnpm(['exec', 'vitest', 'run', '--project', 'core'], { env: { ...process.env, TZ: tz } });
}
