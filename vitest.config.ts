import { defineConfig } from 'vitest/config';

const unit = (name: string, extra: Record<string, unknown> = {}) => ({
  test: {
    name,
    root: `packages/${name}`,
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    ...extra,
  },
});

export default defineConfig({
  test: {
    passWithNoTests: false,
    projects: [
      unit('core', { testTimeout: 60_000 }),
      unit('contracts'),
      unit('graph', { testTimeout: 30_000 }),
      unit('graph-sim', { testTimeout: 30_000 }),
      unit('store', { testTimeout: 30_000 }),
      unit('server', { testTimeout: 30_000 }),
      unit('web'),
      {
        test: {
          name: 'e2e',
          root: 'packages/server',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
