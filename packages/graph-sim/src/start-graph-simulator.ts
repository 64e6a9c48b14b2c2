import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { DEMO_APP_CLIENT_ID, DEMO_APP_CLIENT_SECRET, DEMO_TENANT_ID } from './constants.js';
import { registerDemoRoutes } from './demo-routes.js';
import { ensureCertificates } from './ensure-certificates.js';
import type { FaultConfig } from './faults/fault-config.js';
import { FaultState } from './faults/fault-state.js';
import type { GraphRequest, GraphResponse } from './graph/graph-http.js';
import { handleBatch } from './graph/handle-batch.js';
import { checkOuterAuth, DROP, handleGraphRequest, HANG } from './graph/handle-graph-request.js';
import { registerIdentityRoutes } from './identity/identity-routes.js';
import { createTokenService } from './identity/token-service.js';
import { SimRuntime } from './state/sim-runtime.js';

export interface SimulatorOptions {
  /** ISO instant the demo data is generated around; default: the real current time. */
  now?: string;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 4010; 0 = random (tests). */
  port?: number;
  /** CA + server certificate; generated once if missing, reused after. */
  certDir: string;
  tenantId?: string;
  /** The Upfront app registration: audience of SSO tokens. */
  appClientId?: string;
  appClientSecret?: string;
  faults?: FaultConfig;
  /** `true` logs every request (info); a level logs from that level on; default off. */
  logger?: boolean | 'info' | 'warn' | 'error';
  /**
   * Extra colleagues of the main demo user, generated deterministically after the demo organisation (default 0).
   * Each adds one stakeholder to her world: 11 give her 20 (benchmarks of the gateway with many stakeholders).
   */
  extraPeople?: number;
  /**
   * Generated users besides the demo organisation (default 0; thousands are fine): teams of eight, each user with a
   * small world of their own, all inside the application access policy (digest benchmarks with app-only tokens).
   */
  extraUsers?: number;
}

export interface RunningSimulator {
  /** `https://127.0.0.1:<port>` (no trailing slash, no /v1.0). */
  url: string;
  caPem: string;
  caFile: string;
  tenantId: string;
  appClientId: string;
  appClientSecret: string;
  /** `${url}/${tenantId}`: the MSAL authority. */
  authority: string;
  /** `${url}/${tenantId}/v2.0`: `iss` of SSO tokens. */
  issuer: string;
  jwksUri: string;
  /** The Fastify instance (for `inject` in tests). */
  app: FastifyInstance;
  /** The demo data's `now`. */
  now: string;
  close(): Promise<void>;
}

function toGraphRequest(method: string, url: string, headers: Record<string, string | string[] | undefined>, body: unknown): GraphRequest {
  const u = new URL(url, 'https://sim.invalid');
  const path = u.pathname.replace(/^\/v1\.0/i, '') || '/';
  const query = new Map<string, string>();
  for (const [k, v] of u.searchParams) query.set(k.toLowerCase(), v);
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) h[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  let parsed: unknown = body;
  let bodyInvalid = false;
  const ct = (h['content-type'] ?? '').toLowerCase();
  if (typeof body === 'string' && body.length > 0 && (ct.includes('json') || !ct)) {
    try {
      parsed = JSON.parse(body);
    } catch {
      bodyInvalid = ct.includes('json');
    }
  } else if (body === '') parsed = undefined;
  let decodedPath = path;
  try {
    decodedPath = decodeURIComponent(path);
  } catch {
    decodedPath = path;
  }
  return { method, path: decodedPath, rawQuery: u.search.replace(/^\?/, ''), query, headers: h, body: parsed, ...(bodyInvalid ? { bodyInvalid } : {}) };
}

/** Starts the Graph simulator over HTTPS with the demo organisation generated around `now`. */
export async function startGraphSimulator(opts: SimulatorOptions): Promise<RunningSimulator> {
  const host = opts.host ?? '127.0.0.1';
  const tenantId = opts.tenantId ?? DEMO_TENANT_ID;
  const appClientId = opts.appClientId ?? DEMO_APP_CLIENT_ID;
  const appClientSecret = opts.appClientSecret ?? DEMO_APP_CLIENT_SECRET;
  const nowIso = new Date(opts.now ?? Date.now()).toISOString();
  const certs = await ensureCertificates(opts.certDir);

  const app = Fastify({
    https: { key: certs.keyPem, cert: certs.certPem },
    logger: typeof opts.logger === 'string' ? { level: opts.logger } : (opts.logger ?? false),
    forceCloseConnections: true,
    bodyLimit: 4 * 1024 * 1024,
  });
  // Bodies arrive as text: Graph routes parse JSON themselves (Graph-shaped errors), the token endpoint reads forms.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  // The issuer depends on the port: bind first, then build the runtime that the routes read.
  const holder: { rt?: SimRuntime } = {};
  const runtime = () => {
    if (!holder.rt) throw new Error('simulator runtime not ready');
    return holder.rt;
  };
  const lazy = new Proxy({} as SimRuntime, {
    get: (_t, prop) => {
      const value = Reflect.get(runtime(), prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(runtime()) : value;
    },
    set: (_t, prop, value) => Reflect.set(runtime(), prop, value),
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  registerIdentityRoutes(app, lazy);
  registerDemoRoutes(app, lazy);

  const sendGraph = async (reply: FastifyReply, res: GraphResponse) => {
    reply.code(res.status);
    for (const [k, v] of Object.entries(res.headers)) reply.header(k, v);
    if (res.rawBody !== undefined) return reply.send(res.rawBody);
    if (res.body === undefined) return reply.send();
    return reply.send(JSON.stringify(res.body));
  };
  app.all('/v1.0/*', async (request, reply) => {
    const req = toGraphRequest(request.method, request.url, request.headers, request.body);
    const rt = runtime();
    if (req.path.toLowerCase() === '/$batch' && req.method === 'POST') {
      const denied = await checkOuterAuth(rt, req.headers['authorization'], req.headers['client-request-id']);
      if (denied) return sendGraph(reply, denied);
      const res = await handleBatch(rt, req);
      res.headers['request-id'] = res.headers['request-id'] ?? randomUUID();
      res.headers['client-request-id'] = req.headers['client-request-id'] ?? randomUUID();
      return sendGraph(reply, res);
    }
    const res = await handleGraphRequest(rt, req);
    if (res === DROP) {
      // The write is committed; its answer is lost with the connection (no status line is ever sent).
      reply.hijack();
      request.raw.socket.destroy();
      return undefined;
    }
    if (res === HANG) {
      reply.hijack();
      await new Promise<void>((resolve) => {
        if (request.raw.socket.destroyed) resolve();
        request.raw.socket.once('close', () => resolve());
      });
      return undefined;
    }
    return sendGraph(reply, res);
  });

  await app.listen({ host, port: opts.port ?? 4010 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port ?? 4010;
  const url = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const issuer = `${url}/${tenantId}/v2.0`;
  const tokens = await createTokenService({ certDir: opts.certDir, issuer, tenantId, appClientId });
  const rt = new SimRuntime(nowIso, { tenantId, appClientId, appClientSecret }, tokens, new FaultState(opts.faults), { extraPeople: opts.extraPeople ?? 0, extraUsers: opts.extraUsers ?? 0 });
  rt.baseUrl = url;
  holder.rt = rt;

  return {
    url, caPem: certs.caPem, caFile: certs.caFile, tenantId, appClientId, appClientSecret,
    authority: `${url}/${tenantId}`, issuer, jwksUri: `${url}/${tenantId}/discovery/v2.0/keys`,
    app, now: nowIso,
    close: () => app.close(),
  };
}
