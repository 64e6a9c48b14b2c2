import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { RequestError } from '../errors.js';
import type { SignedInUser } from '../auth/verify-sso-token.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SignedInUser;
  }
}

/**
 * Requires a valid SSO token on every route of the context that registers it. Public routes are registered
 * outside that context (never exempted by URL prefix).
 */
const auth: FastifyPluginAsync<{ verify: (token: string) => Promise<SignedInUser> }> = async (app, opts) => {
  app.decorateRequest('user', null as unknown as SignedInUser);
  app.addHook('onRequest', async (req) => {
    const header = req.headers.authorization;
    const match = header === undefined ? null : /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(header);
    if (match?.[1] === undefined) {
      throw new RequestError('AUTH_TOKEN_MISSING', 'no bearer token', 'Sign in to use Upfront.');
    }
    req.user = await opts.verify(match[1]);
  });
};

/** Not encapsulated, so its hook covers the context it is registered in (the `/api` scope), and only that. */
export const authPlugin = fp(auth, { name: 'auth' });
