import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MeetingBriefQuerySchema, MeetingBriefSchema, MeetingChatParamsSchema, MeetingIdParamsSchema, MeetingPanelSchema, ProblemSchema } from '@upfront/contracts';
import { onBehalfOf } from '../services/graph-token-source.js';
import type { MeetingBriefs } from '../services/meeting-briefs.js';
import type { MeetingPanels } from '../services/meeting-panels.js';

/** The brief for one of the user's upcoming meetings (the meeting side panel). */
export const meetingsRoutes: FastifyPluginAsyncTypebox<{ briefs: MeetingBriefs; panels: MeetingPanels }> = async (app, { briefs, panels }) => {
  app.get(
    '/meetings/:id/brief',
    { schema: { params: MeetingIdParamsSchema, querystring: MeetingBriefQuerySchema, response: { 200: MeetingBriefSchema, 404: ProblemSchema } } },
    async (req) =>
      briefs.forMeeting({ tenantId: req.user.tenantId, userId: req.user.userId }, onBehalfOf(req.user.ssoToken), req.params.id, {
        ...(req.query.locale === undefined ? {} : { locale: req.query.locale }),
      }),
  );

  // The meeting side panel knows only its chat: the meeting, its attendees' items and the heads-ups to send.
  app.get(
    '/meetings/by-chat/:chatId',
    {
      schema: {
        params: MeetingChatParamsSchema,
        querystring: MeetingBriefQuerySchema,
        response: { 200: MeetingPanelSchema, 403: ProblemSchema, 404: ProblemSchema, 422: ProblemSchema },
      },
    },
    async (req) =>
      panels.forChat({ tenantId: req.user.tenantId, userId: req.user.userId }, onBehalfOf(req.user.ssoToken), req.params.chatId, {
        ...(req.query.locale === undefined ? {} : { locale: req.query.locale }),
      }),
  );
};
