// Lint rules that keep the architecture honest: the dependency direction between packages,
// a pure core, and tests that assert something.
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ws = (...names) => names.map((n) => `@upfront/${n}`);
const ALL = ['core', 'contracts', 'graph', 'graph-sim', 'store', 'server', 'web'];
/** package → workspace packages it may import (STYLE.md §1). */
const allowed = {
  core: [],
  contracts: [],
  graph: ['core'],
  'graph-sim': [],
  store: ['core'],
  server: ['core', 'graph', 'store', 'contracts'],
  web: ['contracts', 'core'],
};
const forbidFor = (pkg) => ({
  files: [`packages/${pkg}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ws(...ALL.filter((n) => n !== pkg && !allowed[pkg].includes(n))).map((name) => ({
          name,
          message: `@upfront/${pkg} may import only ${allowed[pkg].map((n) => '@upfront/' + n).join(', ') || 'no workspace package'} (docs/ARCHITECTURE.md).`,
        })),
        patterns: [{ group: ['@upfront/*/*'], message: 'Import a package through its index, never a deep path.' }],
      },
    ],
  },
});
// Tests may start the simulator: it is the other side of the wire, not a dependency of the code.
const testsMayUseSim = (pkg) => ({
  files: [`packages/${pkg}/**/*.test.ts`, `packages/${pkg}/test/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ws(...ALL.filter((n) => n !== pkg && n !== 'graph-sim' && !allowed[pkg].includes(n))).map((name) => ({ name })),
        patterns: [{ group: ['@upfront/*/*'], message: 'Import a package through its index, never a deep path.' }],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'tmp/**', 'test-results/**', 'data/**', 'manifest/build/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  { files: ['scripts/**', '.ci/**', '**/*.config.{js,ts}'], rules: { 'no-console': 'off' } },
  { files: ['packages/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  ...ALL.map(forbidFor),
  ...['graph', 'server'].map(testsMayUseSim),
  {
    // core is pure: no I/O, no clock, no randomness, no environment.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/testing/**', 'packages/core/src/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ws(...ALL.filter((n) => n !== 'core')).map((name) => ({ name, message: 'core imports no workspace package.' })),
          patterns: [
            { group: ['node:*', 'fs', 'http', 'https', 'net', 'child_process', 'os'], message: 'core does no I/O.' },
            { group: ['@microsoft/*', '@azure/*'], message: 'core knows no Graph types.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'core does no I/O.' },
        { name: 'process', message: 'core reads no environment.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is a parameter in core.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is a parameter in core.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'core is deterministic.' },
        { selector: "MemberExpression[object.name='DateTime'][property.name=/^(now|local)$/]", message: 'Time is a parameter in core.' },
        { selector: "MemberExpression[object.name='Settings'][property.name='now']", message: 'Time is a parameter in core.' },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', 'assert*', 'fc.assert'] }],
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
    },
  },
);
