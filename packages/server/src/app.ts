import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { createSsoTokenVerifier } from './auth/verify-sso-token.js';
import type { Config } from './config.js';
import errorsPlugin, { sendProblem } from './plugins/errors.js';
import { authPlugin } from './plugins/auth.js';
import securityHeaders from './plugins/security-headers.js';
import jobsPlugin from './jobs/jobs-plugin.js';
import { authConfigRoutes } from './routes/auth-config.js';
import { consentRoutes } from './routes/consent.js';
import { demoAuthRoutes } from './routes/demo-auth.js';
import { demoHostRoutes } from './routes/demo-host.js';
import { digestRoutes } from './routes/digest.js';
import { healthRoutes } from './routes/health.js';
import { marksRoutes } from './routes/marks.js';
import { meetingsRoutes } from './routes/meetings.js';
import { peopleRoutes } from './routes/people.js';
import { createPeople } from './services/people.js';
import { outlookRoutes } from './routes/outlook.js';
import { createOutlookContexts } from './services/outlook-context.js';
import { preferencesRoutes } from './routes/preferences.js';
import { risksRoutes } from './routes/risks.js';
import { suggestionsRoutes } from './routes/suggestions.js';
import { settingsRoutes } from './routes/settings.js';
import { createUserSettings } from './services/user-settings.js';
import { createServices, type ServicesDeps } from './services.js';

export interface AppDeps extends ServicesDeps {
  /** Pino options or false; defaults to JSON logs at LOG_LEVEL with tokens redacted. */
  readonly logger?: boolean;
  /** The most item marks a user keeps at once (default `MAX_ITEM_MARKS`; tests lower it). */
  readonly maxItemMarks?: number;
}

/** Builds the Fastify app from configuration; `main.ts` listens, tests use `inject()`. */
export async function buildApp(config: Readonly<Config>, deps: AppDeps = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : { level: config.LOG_LEVEL, redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.token', '*.ssoToken', '*.accessToken'], censor: '[redacted]' } },
    requestTimeout: 120_000,
    bodyLimit: 256 * 1024,
    // A suggestion's id names its kind, items, recipients and period (`heads-up:<ids>:<emails>:2025-03-24`).
    maxParamLength: 2048,
    trustProxy: false,
    // Reject unknown properties instead of silently dropping them: with unions (a deadline style), dropping
    // them while trying one branch would strip fields another branch needs.
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const services = await createServices(config, deps);
  app.addHook('onClose', async () => {
    await services.close();
  });
  const { store, clock, riskReports, suggestions, briefs } = services;
  const fetchImpl = services.fetch;
  const verify = createSsoTokenVerifier({
    issuer: config.TOKEN_ISSUER,
    jwksUrl: config.TOKEN_JWKS_URL,
    audience: config.AUTH_CLIENT_ID,
    allowedTenants: config.ALLOWED_TENANTS.split(',').map((s) => s.trim()).filter(Boolean),
    fetch: fetchImpl,
  });

  await app.register(errorsPlugin);
  await app.register(securityHeaders);
  await app.register(jobsPlugin, { services, config });
  // Public routes, outside the auth plugin's context.
  await app.register(healthRoutes);
  await app.register(authConfigRoutes, { demo: config.DEMO_IDENTITY_URL !== undefined, authority: config.AUTH_AUTHORITY, clientId: config.AUTH_CLIENT_ID });
  if (config.DEMO_IDENTITY_URL !== undefined) {
    await app.register(demoAuthRoutes, { prefix: '/demo-auth', identityUrl: config.DEMO_IDENTITY_URL, fetch: fetchImpl });
    await app.register(demoHostRoutes, { prefix: '/demo-host' });
  }
  // Signed-in routes.
  await app.register(
    async (api) => {
      await api.register(authPlugin, { verify });
      await api.register(risksRoutes, { riskReports });
      await api.register(consentRoutes, { tokens: services.tokens });
      await api.register(preferencesRoutes, { store, clock });
      await api.register(marksRoutes, { store, clock, riskReports, ...(deps.maxItemMarks === undefined ? {} : { maxMarks: deps.maxItemMarks }) });
      await api.register(digestRoutes, { digests: app.digests, loadAssessedWorld: services.loadAssessedWorld });
      await api.register(settingsRoutes, { userSettings: createUserSettings({ store, clock }) });
      await api.register(suggestionsRoutes, { suggestions });
      await api.register(meetingsRoutes, { briefs, panels: services.meetingPanels });
      await api.register(peopleRoutes, { people: createPeople({ loadAssessedWorld: services.loadAssessedWorld }) });
      await api.register(outlookRoutes, { outlook: createOutlookContexts({ loadAssessedWorld: services.loadAssessedWorld, store }) });
    },
    { prefix: '/api' },
  );

  const webRoot = config.WEB_ROOT;
  const serveTab = webRoot !== undefined && existsSync(webRoot);
  if (serveTab) {
    // The build writes .br and .gz beside each file; the plugin picks one by Accept-Encoding (and says Vary).
    // Vite's hashed files under /assets/ never change, so browsers keep them a year; a page (HTML) and
    // anything else unhashed is revalidated every time, so a new build is seen at once.
    await app.register(fastifyStatic, {
      root: webRoot,
      // An array: with `preCompressed`, @fastify/static looks a directory's index up only in a list (a string finds none).
      index: ['index.html'],
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        const hashed = relative(webRoot, path).startsWith(`assets${sep}`);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn({ webRoot }, 'the built tab was not found: run `pnpm build`; serving the API only');
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    // A page address the tab owns (a deep link, a reload): the tab's own page answers it. API paths never do.
    const isPage = req.method === 'GET' && !/^\/(api|demo-auth)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path) && (req.headers.accept ?? '').includes('text/html');
    if (serveTab && isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendProblem(reply, 404, 'NOT_FOUND', `There is no ${req.method} ${path}.`);
  });
  return app;
}
