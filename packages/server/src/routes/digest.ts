import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DigestPreviewSchema, DigestSettingsResponseSchema, DigestSettingsSchema } from '@upfront/contracts';
import type { Digests } from '../services/digests.js';
import type { LoadAssessedWorld } from '../services/load-assessed-world.js';
import { onBehalfOf } from '../services/graph-token-source.js';
import { exactBody } from './settings.js';

/**
 * The weekly digest: its settings (opt-in, audience, weekday and time in the user's zone), how it is delivered
 * (scheduled with the admin's app-only grant, or prepared at the next visit), and a preview that drafts nothing.
 */
/** The horizon the tab asks for by default: its world is the one most likely cached. */
const DEFAULT_HORIZON_DAYS = 14;

export const digestRoutes: FastifyPluginAsyncTypebox<{ digests: Digests; loadAssessedWorld: LoadAssessedWorld }> = async (app, { digests, loadAssessedWorld }) => {
  const keyOf = (req: { user: { tenantId: string; userId: string } }) => ({ tenantId: req.user.tenantId, userId: req.user.userId });

  app.get('/settings/digest', { schema: { response: { 200: DigestSettingsResponseSchema } } }, async (req) => {
    // A visit: a digest that waited for the user (no app-only grant) is drafted now, with their own token.
    const key = keyOf(req);
    const tokens = onBehalfOf(req.user.ssoToken);
    await digests.prepareAtVisit(key, tokens);
    // Defaults read in the user's own zone (the world the tab just loaded is usually still cached).
    return digests.getSettings(key, async () => (await loadAssessedWorld(key, tokens, { horizonDays: DEFAULT_HORIZON_DAYS })).world.user.timeZone);
  });

  app.put('/settings/digest', { schema: { body: DigestSettingsSchema, response: { 200: DigestSettingsResponseSchema } }, validatorCompiler: exactBody }, async (req) =>
    digests.putSettings(keyOf(req), req.body),
  );

  app.get('/digest/preview', { schema: { response: { 200: DigestPreviewSchema } } }, async (req) => digests.preview(keyOf(req), onBehalfOf(req.user.ssoToken)));
};
