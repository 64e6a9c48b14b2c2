import type { AppError } from '@upfront/core';
import { GraphError, graphErrorFrom } from '../errors.js';
import type { GraphArea } from '../errors.js';

/** A failure of one request as a typed error: an HTTP error answer, an unusable body, or no answer at all. */
export function toTypedError(error: unknown, area: GraphArea, appOnly = false): AppError {
  if (error instanceof GraphError) return error;
  const e = error as { statusCode?: number; code?: string | null; message?: string; headers?: Headers; requestId?: string | null };
  const status = typeof e.statusCode === 'number' ? e.statusCode : -1;
  const retryAfter = e.headers?.get?.('retry-after') ?? null;
  if (status >= 200 && status < 300) {
    return new GraphError('GRAPH_BAD_RESPONSE', `Graph answered ${status} with a body that is not JSON (${e.code ?? ''})`, { status, stale: [area], cause: error });
  }
  if (status <= 0) {
    return new GraphError('GRAPH_UNAVAILABLE', `Graph could not be reached: ${e.code ?? ''} ${e.message ?? ''}`.trim(), { stale: [area], cause: error });
  }
  const typed = graphErrorFrom(status, e.code ?? undefined, e.message ?? '', retryAfter, { stale: [area], appOnly, ...(e.requestId ? { requestId: e.requestId } : {}) });
  return typed;
}
