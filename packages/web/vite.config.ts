import react from '@vitejs/plugin-react';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { defineConfig, type Plugin } from 'vite';

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The server serves dist/ at '/' on the same origin as the API; in development Vite forwards API calls to it.
const server = 'http://localhost:3000';

/**
 * teams-js gets a chunk of its own, named so, which only a Teams/Outlook host fetches (the shell imports it on
 * demand). Everything else is left to Rollup: it splits by use, so the first view loads only what its code imports and
 * each other view brings its own Fluent components when it is opened. (Two eager chunks of "every Fluent
 * component" and "every vendor" made the first view wait for 275 KB gzip; see docs/benchmarks.md, "Tab".)
 */
function chunkFor(id: string): string | undefined {
  return id.includes('/node_modules/@microsoft/teams-js/') ? 'teams-js' : undefined;
}

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|xml)$/i;
/** Below this a compressed copy saves less than a packet; the file goes out as it is. */
const MIN_BYTES = 512;

/**
 * Writes `<file>.br` (quality 11) and `<file>.gz` (level 9) beside every text file of the build, whatever the
 * `outDir`, so the server sends compressed bytes without compressing per request: @fastify/static's
 * `preCompressed` picks one by the request's Accept-Encoding. A copy that is not smaller is not written.
 */
function precompress(): Plugin {
  return {
    name: 'upfront:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (dir === undefined) return;
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name)).map((name) => join(dir, name));
      await Promise.all(
        files.map(async (file) => {
          const source = await readFile(file);
          if (source.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            promisify(brotliCompress)(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            promisify(gzip)(source, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < source.length) await writeFile(`${file}.br`, br);
          if (gz.length < source.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    // Compressed sizes are what count (docs/benchmarks.md); Vite's report of gzip sizes is a slow duplicate.
    reportCompressedSize: false,
    rollupOptions: {
      // The tab, the consent pop-up's two pages, and Outlook's add-in task pane (the only page that loads Office.js).
      input: {
        main: page('./index.html'),
        authStart: page('./auth-start.html'),
        authEnd: page('./auth-end.html'),
        taskpane: page('./addin/taskpane.html'),
      },
      output: { manualChunks: chunkFor },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/demo-auth': server,
    },
  },
});
