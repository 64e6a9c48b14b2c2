import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  EffortOverrideSchema,
  ItemIdParamsSchema,
  StakeholderIdParamsSchema,
  StakeholderPreferenceListSchema,
  StakeholderPreferenceSchema,
} from '@upfront/contracts';
import type { Clock, LocalDate } from '@upfront/core';
import type { Store } from '@upfront/store';
import { Type } from 'typebox';

/** The user's own settings: per-stakeholder deadline style, language, tone and worked holidays, and effort overrides. */
export const preferencesRoutes: FastifyPluginAsyncTypebox<{ store: Store; clock: Clock }> = async (app, { store, clock }) => {
  const keyOf = (req: { user: { tenantId: string; userId: string } }) => ({ tenantId: req.user.tenantId, userId: req.user.userId });

  app.get('/stakeholders/preferences', { schema: { response: { 200: StakeholderPreferenceListSchema } } }, async (req) => {
    const rows = await store.preferences.list(keyOf(req));
    return {
      value: rows.map((p) => ({
        stakeholderId: p.stakeholderId,
        ...(p.deadlineStyle ? { deadlineStyle: p.deadlineStyle } : {}),
        ...(p.language ? { language: p.language } : {}),
        ...(p.tone ? { tone: p.tone } : {}),
        workedHolidays: [...p.workedHolidays],
      })),
    };
  });

  app.put(
    '/stakeholders/:stakeholderId/preferences',
    { schema: { params: StakeholderIdParamsSchema, body: StakeholderPreferenceSchema, response: { 204: Type.Null() } } },
    async (req, reply) => {
      const { deadlineStyle, language, tone, workedHolidays } = req.body;
      await store.preferences.put(keyOf(req), {
        stakeholderId: req.params.stakeholderId.toLowerCase(),
        ...(deadlineStyle ? { deadlineStyle: deadlineStyle as never } : {}),
        ...(language ? { language } : {}),
        ...(tone ? { tone } : {}),
        workedHolidays: [...new Set(workedHolidays)].sort() as LocalDate[],
        updatedAt: clock.now(),
      });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/items/:itemId/effort',
    { schema: { params: ItemIdParamsSchema, body: EffortOverrideSchema, response: { 204: Type.Null() } } },
    async (req, reply) => {
      await store.efforts.put(keyOf(req), { itemId: req.params.itemId, hours: req.body.hours, updatedAt: clock.now() });
      return reply.status(204).send(null);
    },
  );

  app.delete('/items/:itemId/effort', { schema: { params: ItemIdParamsSchema, response: { 204: Type.Null() } } }, async (req, reply) => {
    await store.efforts.delete(keyOf(req), req.params.itemId);
    return reply.status(204).send(null);
  });
};
