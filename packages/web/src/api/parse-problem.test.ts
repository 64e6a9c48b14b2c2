import { describe, expect, it } from 'vitest';
import { networkProblem, parseProblem } from './parse-problem.js';

const failed = (status: number, contentType: string | null, bodyText: string, statusText = '') => ({
  status,
  statusText,
  contentType,
  bodyText,
});

describe('parseProblem', () => {
  it('reads an application/problem+json body as sent by the server', () => {
    const body = JSON.stringify({
      type: 'https://upfront.example/problems/auth-consent-required',
      title: 'Consent required',
      status: 403,
      detail: 'Upfront needs your permission to read your calendar.',
      code: 'AUTH_CONSENT_REQUIRED',
    });
    expect(parseProblem(failed(403, 'application/problem+json; charset=utf-8', body))).toEqual({
      type: 'https://upfront.example/problems/auth-consent-required',
      title: 'Consent required',
      status: 403,
      detail: 'Upfront needs your permission to read your calendar.',
      code: 'AUTH_CONSENT_REQUIRED',
    });
  });

  it('fills missing fields of a partial problem from the response', () => {
    const problem = parseProblem(failed(429, 'application/json', JSON.stringify({ code: 'GRAPH_THROTTLED' }), 'Too Many Requests'));
    expect(problem).toMatchObject({ code: 'GRAPH_THROTTLED', status: 429, title: 'Too Many Requests', type: 'about:blank' });
    expect(problem.detail).toMatch(/wait a moment/i);
  });

  it.each([
    { case: 'an HTML error page', contentType: 'text/html', body: '<h1>Bad gateway</h1>', status: 502, want: /HTTP 502/ },
    { case: 'an empty body', contentType: null, body: '', status: 401, want: /sign in again/i },
    { case: 'JSON that does not parse', contentType: 'application/problem+json', body: '{"detail":', status: 500, want: /HTTP 500/ },
    { case: 'a JSON array', contentType: 'application/json', body: '[1,2]', status: 404, want: /does not know/ },
  ])('makes a user-safe problem from $case', ({ contentType, body, status, want }) => {
    const problem = parseProblem(failed(status, contentType, body));
    expect(problem.code).toBe(`HTTP_${status}`);
    expect(problem.status).toBe(status);
    expect(problem.detail).toMatch(want);
  });
});

describe('networkProblem', () => {
  it('says the server could not be reached, with the cause', () => {
    const problem = networkProblem(new TypeError('fetch failed'));
    expect(problem.code).toBe('NETWORK_UNREACHABLE');
    expect(problem.detail).toContain('(fetch failed)');
  });
});
