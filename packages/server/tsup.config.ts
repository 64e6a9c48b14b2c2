import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/main.ts', 'src/worker.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  // Workspace packages are source-only TypeScript: bundle them. Every npm package stays external and is
  // resolved from node_modules at run time, so the server's package.json lists the runtime dependencies of
  // the workspace packages it bundles (graph, store, core) too.
  noExternal: [/^@upfront\//],
  external: [/^(?!@upfront\/)[a-z@][^:]*$/],
});
