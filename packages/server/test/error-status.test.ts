import { describe, expect, it } from 'vitest';
import { statusFor } from '../src/errors.js';

describe('statusFor', () => {
  it.each([
    { code: 'STORE_UNAVAILABLE', want: 503, why: 'the database is away: try again' },
    { code: 'STORE_CONFLICT', want: 503, why: 'by the STORE_ prefix' },
    { code: 'STORE_INVALID_INPUT', want: 500, why: 'our own code handed the store a bad value: our bug' },
    { code: 'GRAPH_THROTTLED', want: 503, why: 'exact before prefix' },
    { code: 'GRAPH_BAD_RESPONSE', want: 502, why: 'by the GRAPH_ prefix' },
    { code: 'GRAPH_APP_ACCESS_DENIED', want: 403, why: 'the admin has not granted the mailbox' },
    { code: 'DRAFT_IN_PROGRESS', want: 409, why: 'another instance is creating the draft' },
    { code: 'AUTH_SOMETHING_NEW', want: 401, why: 'by the AUTH_ prefix' },
    { code: 'WHATEVER', want: 500, why: 'an unknown code is a server error' },
  ])('$code → $want ($why)', ({ code, want }) => {
    expect(statusFor(code)).toBe(want);
  });
});
