// `pnpm bench`: every benchmark, one after the other (figures go to docs/benchmarks.md by hand, with this command).
import { existsSync } from 'node:fs';
import { pnpm } from './pnpm.mjs';

const benches = ['packages/core/bench/risk-engine.bench.ts', 'packages/graph/bench/round-trips.ts', 'packages/server/bench/api.bench.ts', 'packages/server/bench/digests.bench.ts', 'packages/server/bench/tab.bench.ts'];
const only = process.argv[2];
for (const file of benches) {
  if (only && !file.includes(only)) continue;
  if (!existsSync(file)) {
    console.error(`missing benchmark ${file}`);
    process.exit(1);
  }
  console.log(`\n=== ${file} ===`);
  pnpm(['exec', 'tsx', file]);
}
