import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { GraphTokens } from '../services/graph-token-source.js';

/**
 * `GET /api/consent`: whether Upfront may reach Graph for the signed-in person. It runs the on-behalf-of exchange
 * (MSAL keeps the result, so the next call reuses it) and answers 204, or the `AUTH_CONSENT_REQUIRED` problem the
 * tab answers with its "Grant permissions" pop-up. The tab asks it again after the pop-up, until consent is in effect.
 */
export const consentRoutes: FastifyPluginAsyncTypebox<{ tokens: GraphTokens }> = async (app, { tokens }) => {
  app.get('/consent', async (req, reply) => {
    await tokens.onBehalfOf(req.user.ssoToken);
    return reply.code(204).send();
  });
};
