import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuthConfigSchema, type AuthConfig } from '@upfront/contracts';

/** Public: tells the tab how to sign in outside Teams (demo identity), if this deployment offers it. */
export const authConfigRoutes: FastifyPluginAsyncTypebox<{ demo: boolean }> = async (app, opts) => {
  const body: AuthConfig = opts.demo ? { demoUsersUrl: '/demo-auth/users', demoTokenUrl: '/demo-auth/sso-token' } : {};
  app.get('/api/auth-config', { schema: { response: { 200: AuthConfigSchema } } }, async () => body);
};
