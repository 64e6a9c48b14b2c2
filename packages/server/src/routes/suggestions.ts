import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ComposedTextSchema,
  ComposeRequestSchema,
  DraftRequestSchema,
  ItemIdParamsSchema,
  DraftResultSchema,
  ProblemSchema,
  SnoozeRequestSchema,
  SuggestionIdParamsSchema,
  SuggestionListQuerySchema,
  SuggestionListSchema,
  SuggestionSchema,
} from '@upfront/contracts';
import type { Instant } from '@upfront/core';
import { Type } from 'typebox';
import { onBehalfOf } from '../services/graph-token-source.js';
import type { Suggestions } from '../services/suggestions.js';

const keyOf = (req: { user: { tenantId: string; userId: string } }) => ({ tenantId: req.user.tenantId, userId: req.user.userId });
const problems = { 400: ProblemSchema, 404: ProblemSchema, 409: ProblemSchema, 502: ProblemSchema, 503: ProblemSchema };

/**
 * Suggested updates: list them, write one again in another language or tone, draft one into Outlook (never sent),
 * snooze or dismiss one and undo that; and the update the user asks for about one item.
 */
export const suggestionsRoutes: FastifyPluginAsyncTypebox<{ suggestions: Suggestions }> = async (app, { suggestions }) => {
  app.get('/suggestions', { schema: { querystring: SuggestionListQuerySchema, response: { 200: SuggestionListSchema, ...problems } } }, async (req) =>
    suggestions.list(keyOf(req), onBehalfOf(req.user.ssoToken), { horizonDays: req.query.horizonDays }),
  );

  app.post(
    '/suggestions/:id/draft',
    { schema: { params: SuggestionIdParamsSchema, body: Type.Optional(DraftRequestSchema), response: { 200: DraftResultSchema, 201: DraftResultSchema, ...problems } } },
    async (req, reply) => {
      const result = await suggestions.draft(keyOf(req), onBehalfOf(req.user.ssoToken), req.params.id, req.body ?? {});
      return reply.status(result.outcome === 'created' ? 201 : 200).send(result);
    },
  );

  app.post(
    '/suggestions/:id/snooze',
    { schema: { params: SuggestionIdParamsSchema, body: SnoozeRequestSchema, response: { 204: Type.Null(), ...problems } } },
    async (req, reply) => {
      await suggestions.snooze(keyOf(req), onBehalfOf(req.user.ssoToken), req.params.id, req.body.until as Instant);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/suggestions/:id/compose',
    { schema: { params: SuggestionIdParamsSchema, body: ComposeRequestSchema, response: { 200: ComposedTextSchema, ...problems } } },
    async (req) => suggestions.compose(keyOf(req), onBehalfOf(req.user.ssoToken), req.params.id, req.body),
  );

  app.post('/suggestions/:id/restore', { schema: { params: SuggestionIdParamsSchema, response: { 204: Type.Null(), ...problems } } }, async (req, reply) => {
    await suggestions.restore(keyOf(req), onBehalfOf(req.user.ssoToken), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/items/:itemId/update', { schema: { params: ItemIdParamsSchema, response: { 200: SuggestionSchema, ...problems } } }, async (req) =>
    suggestions.forItem(keyOf(req), onBehalfOf(req.user.ssoToken), req.params.itemId),
  );

  app.post('/suggestions/:id/dismiss', { schema: { params: SuggestionIdParamsSchema, response: { 204: Type.Null(), ...problems } } }, async (req, reply) => {
    await suggestions.dismiss(keyOf(req), onBehalfOf(req.user.ssoToken), req.params.id);
    return reply.status(204).send(null);
  });
};
