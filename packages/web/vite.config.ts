import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The server serves dist/ at '/' on the same origin as the API; in development Vite forwards API calls to it.
const server = 'http://localhost:3000';

/** Long-lived vendor chunks, so a change to the tab's own code does not invalidate Fluent in browser caches. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (id.includes('/@fluentui/')) return 'fluent';
  if (id.includes('/@microsoft/teams-js/')) return 'teams-js';
  return 'vendor';
}

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    rollupOptions: {
      // The tab, the consent pop-up's two pages, and Outlook's add-in task pane (the only page that loads Office.js).
      input: {
        main: page('./index.html'),
        authStart: page('./auth-start.html'),
        authEnd: page('./auth-end.html'),
        taskpane: page('./addin/taskpane.html'),
      },
      output: { manualChunks: vendorChunk },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/demo-auth': server,
    },
  },
});
