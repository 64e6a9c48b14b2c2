import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RiskReportQuerySchema, RiskReportSchema } from '@upfront/contracts';
import { onBehalfOf } from '../services/graph-token-source.js';
import type { RiskReports } from '../services/risk-reports.js';

export const risksRoutes: FastifyPluginAsyncTypebox<{ riskReports: RiskReports }> = async (app, opts) => {
  app.get(
    '/risks',
    { schema: { querystring: RiskReportQuerySchema, response: { 200: RiskReportSchema } } },
    async (req) =>
      opts.riskReports.build(req.user, onBehalfOf(req.user.ssoToken), {
        ...(req.query.horizonDays === undefined ? {} : { horizonDays: req.query.horizonDays }),
        ...(req.query.locale === undefined ? {} : { locale: req.query.locale }),
        // A Refresh asks for a fresh read: `Cache-Control: no-cache` (RFC 9111 §5.2.1.4).
        fresh: /(^|,)\s*no-cache\s*(,|$)/i.test(req.headers['cache-control'] ?? ''),
      }),
  );
};
