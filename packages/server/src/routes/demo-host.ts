import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { RequestError } from '../errors.js';
import { isLoopback } from './demo-auth.js';

/**
 * Where the preview host's page and script are: beside this file's folder when run from source (`src/routes/`),
 * or in `src/` next to the bundle when run built (`dist/main.js`); they are static files, never bundled.
 */
function demoHostDir(): string {
  const candidates = ['../demo-host/', '../src/demo-host/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((dir) => existsSync(`${dir}host.html`));
  if (found === undefined) throw new Error(`the demo host's page was not found in ${candidates.join(' or ')}`);
  return found;
}

/**
 * Registered only when the demo sign-in relay is (DEMO_IDENTITY_URL), and only to this machine, like
 * `/demo-auth`: a "Teams preview" page that frames the real tab on this origin and answers the teams-js
 * protocol as Teams does, so a person can try the personal tab (Teams, Outlook) and the meeting side panel,
 * themes and host locales without Microsoft Teams. Its script is a separate file: the CSP forbids inline script.
 */
export const demoHostRoutes: FastifyPluginAsync = async (app) => {
  const dir = demoHostDir();
  const page = readFileSync(`${dir}host.html`, 'utf8');
  const script = readFileSync(`${dir}host.js`, 'utf8');
  app.addHook('onRequest', async (req) => {
    if (!isLoopback(req.socket.remoteAddress ?? req.ip)) throw new RequestError('NOT_FOUND', 'the demo preview host is only offered on this machine');
  });
  app.get('/', async (_req, reply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page));
  app.get('/host.js', async (_req, reply) => reply.header('cache-control', 'no-cache').type('text/javascript; charset=utf-8').send(script));
};
