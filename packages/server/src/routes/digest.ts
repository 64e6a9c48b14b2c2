import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DigestPreviewSchema, DigestSettingsResponseSchema, DigestSettingsSchema } from '@upfront/contracts';
import type { Digests } from '../services/digests.js';
import { onBehalfOf } from '../services/graph-token-source.js';

/**
 * The weekly digest: its settings (opt-in, audience, weekday and time in the user's zone), how it is delivered
 * (scheduled with the admin's app-only grant, or prepared at the next visit), and a preview that drafts nothing.
 */
export const digestRoutes: FastifyPluginAsyncTypebox<{ digests: Digests }> = async (app, { digests }) => {
  const keyOf = (req: { user: { tenantId: string; userId: string } }) => ({ tenantId: req.user.tenantId, userId: req.user.userId });

  app.get('/settings/digest', { schema: { response: { 200: DigestSettingsResponseSchema } } }, async (req) => {
    // A visit: a digest that waited for the user (no app-only grant) is drafted now, with their own token.
    await digests.prepareAtVisit(keyOf(req), onBehalfOf(req.user.ssoToken));
    return digests.getSettings(keyOf(req));
  });

  app.put('/settings/digest', { schema: { body: DigestSettingsSchema, response: { 200: DigestSettingsResponseSchema } } }, async (req) =>
    digests.putSettings(keyOf(req), req.body),
  );

  app.get('/digest/preview', { schema: { response: { 200: DigestPreviewSchema } } }, async (req) => digests.preview(keyOf(req), onBehalfOf(req.user.ssoToken)));
};
