import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MeetingBriefQuerySchema, MeetingBriefSchema, MeetingIdParamsSchema, ProblemSchema } from '@upfront/contracts';
import { onBehalfOf } from '../services/graph-token-source.js';
import type { MeetingBriefs } from '../services/meeting-briefs.js';

/** The brief for one of the user's upcoming meetings (the meeting side panel). */
export const meetingsRoutes: FastifyPluginAsyncTypebox<{ briefs: MeetingBriefs }> = async (app, { briefs }) => {
  app.get(
    '/meetings/:id/brief',
    { schema: { params: MeetingIdParamsSchema, querystring: MeetingBriefQuerySchema, response: { 200: MeetingBriefSchema, 404: ProblemSchema } } },
    async (req) =>
      briefs.forMeeting({ tenantId: req.user.tenantId, userId: req.user.userId }, onBehalfOf(req.user.ssoToken), req.params.id, {
        ...(req.query.locale === undefined ? {} : { locale: req.query.locale }),
      }),
  );
};
