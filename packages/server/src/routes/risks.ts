import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { RiskReportQuerySchema, RiskReportSchema } from '@upfront/contracts';
import type { RiskReports } from '../services/risk-reports.js';

export const risksRoutes: FastifyPluginAsyncTypebox<{ riskReports: RiskReports }> = async (app, opts) => {
  app.get(
    '/risks',
    { schema: { querystring: RiskReportQuerySchema, response: { 200: RiskReportSchema } } },
    async (req) => opts.riskReports.build(req.user, req.query.horizonDays),
  );
};
