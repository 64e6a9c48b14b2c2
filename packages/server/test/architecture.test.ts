import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The dependency direction and core's purity are lint rules (eslint.config.js); prove they bite.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
};

describe('architecture rules', () => {
  it.each([
    { from: 'core', file: 'packages/core/src/x.ts', imports: '@upfront/graph' },
    { from: 'graph', file: 'packages/graph/src/x.ts', imports: '@upfront/store' },
    { from: 'store', file: 'packages/store/src/x.ts', imports: '@upfront/server' },
    { from: 'web', file: 'packages/web/src/x.ts', imports: '@upfront/graph' },
    { from: 'graph-sim', file: 'packages/graph-sim/src/x.ts', imports: '@upfront/graph' },
    { from: 'server', file: 'packages/server/src/x.ts', imports: '@upfront/web' },
  ])('fails the lint when $from imports $imports', async ({ file, imports }) => {
    const found = await problems(file, `import { x } from '${imports}';\nexport const y = x;\n`);
    expect(found.some((p) => p.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('allows the imports the direction permits', async () => {
    const found = await problems('packages/server/src/x.ts', `import { a } from '@upfront/core';\nimport { b } from '@upfront/graph';\nexport const y = [a, b];\n`);
    expect(found).toEqual([]);
  });

  it('forbids deep imports into another package', async () => {
    const found = await problems('packages/server/src/x.ts', `import { a } from '@upfront/core/src/time/parse.js';\nexport const y = a;\n`);
    expect(found.some((p) => p.startsWith('no-restricted-imports'))).toBe(true);
  });

  it.each([
    { what: 'reading the clock', code: 'export const t = Date.now();' },
    { what: 'a date without arguments', code: 'export const t = new Date();' },
    { what: 'randomness', code: 'export const r = Math.random();' },
    { what: 'the environment', code: 'export const e = process.env.X;' },
    { what: 'I/O modules', code: "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;" },
  ])('keeps core pure: $what fails the lint', async ({ code }) => {
    expect(await problems('packages/core/src/x.ts', `${code}\n`)).not.toEqual([]);
  });
});
