// Every check `npm test` runs, in order: types, lint, build (the browser tests use the built tab),
// all vitest projects (unit, integration, browser), then core again under other process time zones.
import { readFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { pnpm } from './pnpm.mjs';

ensureChromium();
const step = (title, args) => {
  console.log(`\n=== ${title} ===`);
  pnpm(args);
};
step('typecheck', ['typecheck']);
step('lint', ['lint']);
step('build', ['build']);
step('tests', ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
step('core under other process time zones', ['test:tz']);
const results = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
if (results.numTotalTests === 0) {
  console.error('No test ran.');
  process.exit(1);
}
console.log('\nAll checks passed.');
console.log(`${results.numPassedTests} passed, ${results.numFailedTests} failed`);
