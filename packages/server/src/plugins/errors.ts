import type { FastifyError, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '@upfront/core';
import { statusFor } from '../errors.js';

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
  502: 'Upstream error',
  503: 'Temporarily unavailable',
  504: 'Upstream timeout',
};

/** Sends an RFC 9457 problem (`application/problem+json`). */
export function sendProblem(reply: FastifyReply, status: number, code: string, detail: string) {
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: `https://upfront.example/problems/${code.toLowerCase().replaceAll('_', '-')}`, title: titles[status] ?? 'Error', status, detail, code });
}

function retryAfterOf(err: AppError): number | undefined {
  const value = (err as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof value === 'number' && Number.isFinite(value) ? Math.ceil(value) : undefined;
}

/** Maps every error to a problem body. A 5xx body never carries internals. */
export default fp(
  async (app) => {
    app.setErrorHandler<FastifyError>((err, req, reply) => {
      if (err instanceof AppError) {
        const status = statusFor(err.code);
        if (status >= 500) req.log.error({ err, code: err.code }, err.message);
        else req.log.info({ code: err.code }, err.message);
        const retryAfter = retryAfterOf(err);
        if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
        return sendProblem(reply, status, err.code, err.publicMessage);
      }
      if (err.validation) {
        const where = err.validationContext ?? 'request';
        // Name a property the API does not know ("body must NOT have additional properties" alone does not).
        const unknown = err.validation.flatMap((v) => (v.keyword === 'additionalProperties' && typeof v.params['additionalProperty'] === 'string' ? [v.params['additionalProperty']] : []));
        const named = unknown.length > 0 ? ` (${unknown.map((p) => `'${p}'`).join(', ')})` : '';
        return sendProblem(reply, 400, 'REQUEST_INVALID', `${where}${err.message.startsWith(where) ? err.message.slice(where.length) : ': ' + err.message}${named}`);
      }
      const status = err.statusCode ?? 500;
      if (status < 500) return sendProblem(reply, status, err.code ?? 'REQUEST_INVALID', err.message);
      req.log.error({ err }, 'unhandled error');
      return sendProblem(reply, 500, 'INTERNAL', 'Something went wrong on our side. Try again; if it keeps happening, tell us the time it happened.');
    });
  },
  { name: 'errors' },
);
