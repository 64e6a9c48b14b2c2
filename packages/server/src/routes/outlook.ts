import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OutlookContextRequestSchema, OutlookContextSchema, ProblemSchema } from '@upfront/contracts';
import { onBehalfOf } from '../services/graph-token-source.js';
import type { OutlookContexts } from '../services/outlook-context.js';

/** The Outlook add-in pane: what the user owes the people of the message open, and the update to insert. */
export const outlookRoutes: FastifyPluginAsyncTypebox<{ outlook: OutlookContexts }> = async (app, { outlook }) => {
  app.post(
    '/outlook/context',
    { schema: { body: OutlookContextRequestSchema, response: { 200: OutlookContextSchema, 400: ProblemSchema } } },
    async (req) => outlook.forMessage({ tenantId: req.user.tenantId, userId: req.user.userId }, onBehalfOf(req.user.ssoToken), req.body),
  );
};
