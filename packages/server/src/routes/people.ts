import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PeopleListSchema, PeopleQuerySchema } from '@upfront/contracts';
import { onBehalfOf } from '../services/graph-token-source.js';
import type { People } from '../services/people.js';

/** The user's stakeholders: their day, week, next holiday, last contact, what the user owes them, and the user's settings for them. */
export const peopleRoutes: FastifyPluginAsyncTypebox<{ people: People }> = async (app, { people }) => {
  app.get('/people', { schema: { querystring: PeopleQuerySchema, response: { 200: PeopleListSchema } } }, async (req) =>
    people.list(req.user, onBehalfOf(req.user.ssoToken), {
      horizonDays: req.query.horizonDays,
      ...(req.query.locale === undefined ? {} : { locale: req.query.locale }),
      // A Refresh asks for a fresh read: `Cache-Control: no-cache` (RFC 9111 §5.2.1.4), as for the risks.
      fresh: /(^|,)\s*no-cache\s*(,|$)/i.test(req.headers['cache-control'] ?? ''),
    }),
  );
};
