import { describe, expect, it } from 'vitest';
import { graphErrorFrom, parseRetryAfterSeconds } from './errors.js';
import { loadContract } from './testing/contract.js';

type ErrorBody = { error: { code: string; message: string; innerError?: Record<string, string> } };

describe('Graph error answers become typed errors', () => {
  it('reads the documented 429 with its fractional Retry-After (throttling.429.1)', () => {
    const ex = loadContract('throttling.429.1');
    const body = ex.response.body as ErrorBody;
    const err = graphErrorFrom(ex.response.status, body.error.code, body.error.message, ex.response.headers['Retry-After'] ?? null, { stale: ['calendar'] });
    expect(err).toMatchObject({ code: 'GRAPH_THROTTLED', details: { status: 429, graphCode: 'TooManyRequests', retryAfterSeconds: 2.128, stale: ['calendar'] } });
    expect(err.publicMessage).toContain('calendar');
  });

  it('maps every failed item of the documented $batch answer, including Planner 403 with an empty code (batch.post.1)', () => {
    const responses = (loadContract('batch.post.1').response.body as { responses: { id: string; status: number; body: ErrorBody | object }[] }).responses;
    const codes = responses.filter((r) => r.status >= 400).map((r) => {
      const e = (r.body as ErrorBody).error;
      return [r.id, graphErrorFrom(r.status, e.code, e.message, null).code];
    });
    expect(codes).toEqual([['2', 'GRAPH_FORBIDDEN'], ['3', 'GRAPH_FORBIDDEN'], ['4', 'GRAPH_UNAVAILABLE']]);
  });

  it('reads the generic error body and maps delta expiry and 401 (errors.generic.1)', () => {
    const body = loadContract('errors.generic.1').response.body as ErrorBody;
    expect(graphErrorFrom(416, body.error.code, body.error.message, null)).toMatchObject({ code: 'GRAPH_UNAVAILABLE', details: { graphCode: 'invalidRange' } });
    expect(graphErrorFrom(410, 'syncStateNotFound', 'gone', null).code).toBe('GRAPH_SYNC_EXPIRED');
    expect(graphErrorFrom(400, 'resyncRequired', 'again', null).code).toBe('GRAPH_SYNC_EXPIRED');
    expect(graphErrorFrom(401, 'InvalidAuthenticationToken', 'expired', null)).toMatchObject({ name: 'AuthError', code: 'AUTH_TOKEN_REJECTED' });
  });

  it.each([
    { value: '2.128', want: 2.128 },
    { value: '0', want: 0 },
    { value: 'Wed, 21 Oct 2015 07:28:05 GMT', want: 5 },
    { value: 'soon', want: undefined },
  ])('reads Retry-After $value', ({ value, want }) => {
    expect(parseRetryAfterSeconds(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(want);
  });
});
