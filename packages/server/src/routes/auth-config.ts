import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuthConfigSchema, type AuthConfig } from '@upfront/contracts';

/** The Graph permissions the consent pop-up asks for: everything the app registration was given (`.default`). */
const CONSENT_SCOPE = 'https://graph.microsoft.com/.default openid profile';

/**
 * Public: tells the tab how to sign in outside Teams (demo identity), if this deployment offers it, and where the
 * consent pop-up sends the person: the authorize endpoint of the same authority the server's on-behalf-of uses.
 */
export const authConfigRoutes: FastifyPluginAsyncTypebox<{ demo: boolean; authority?: string; clientId?: string }> = async (app, opts) => {
  const consent =
    opts.authority === undefined || opts.clientId === undefined
      ? {}
      : { consent: { authorizeUrl: `${opts.authority.replace(/\/$/, '')}/oauth2/v2.0/authorize`, clientId: opts.clientId, scope: CONSENT_SCOPE } };
  const body: AuthConfig = {
    ...(opts.demo ? { demoUsersUrl: '/demo-auth/users', demoTokenUrl: '/demo-auth/sso-token' } : {}),
    ...consent,
  };
  app.get('/api/auth-config', { schema: { response: { 200: AuthConfigSchema } } }, async () => body);
};
