import { AppError } from '@upfront/core';

export type RequestErrorCode =
  | 'AUTH_TOKEN_MISSING'
  | 'AUTH_TOKEN_INVALID'
  | 'AUTH_TENANT_NOT_ALLOWED'
  | 'AUTH_SCOPE_MISSING'
  | 'DEMO_IDENTITY_UNAVAILABLE'
  | 'REQUEST_INVALID'
  | 'NOT_FOUND';

/** An error about the incoming request itself (its token, its target). */
export class RequestError extends AppError {
  constructor(
    readonly code: RequestErrorCode,
    message: string,
    publicMessage: string = message,
    options?: { cause?: unknown },
  ) {
    super(message, publicMessage, options);
  }
}

export type ServiceErrorCode = 'SERVICE_APP_ONLY_UNAVAILABLE' | 'DRAFT_IN_PROGRESS' | 'DRAFT_FAILED' | 'MARK_LIMIT_REACHED';

/** A service could not do what was asked for a reason of its own (not Graph's, not the store's). */
export class ServiceError extends AppError {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    publicMessage: string,
    options?: { cause?: unknown },
  ) {
    super(message, publicMessage, options);
  }
}

const exact: Record<string, number> = {
  SERVICE_APP_ONLY_UNAVAILABLE: 503,
  DRAFT_IN_PROGRESS: 409,
  DRAFT_FAILED: 502,
  // The user keeps too many marks at once: a conflict with what is stored, not a malformed request.
  MARK_LIMIT_REACHED: 409,
  AUTH_TOKEN_MISSING: 401,
  AUTH_TOKEN_INVALID: 401,
  AUTH_TOKEN_REJECTED: 401,
  AUTH_TENANT_NOT_ALLOWED: 403,
  AUTH_SCOPE_MISSING: 403,
  AUTH_CONSENT_REQUIRED: 403,
  NOT_FOUND: 404,
  // The meeting side panel's chat leads to no meeting of the user's.
  MEETING_CHAT_NOT_FOUND: 404,
  MEETING_CHAT_FORBIDDEN: 403,
  MEETING_CHAT_NOT_A_MEETING: 422,
  MEETING_NOT_ON_CALENDAR: 404,
  REQUEST_INVALID: 400,
  GRAPH_THROTTLED: 503,
  GRAPH_STALE: 503,
  GRAPH_TIMEOUT: 504,
  // Graph may hold the draft but could not confirm it: the ledger keeps the attempt, a later one looks it up.
  GRAPH_DRAFT_UNCONFIRMED: 503,
  GRAPH_APP_ACCESS_DENIED: 403,
  DEMO_IDENTITY_UNAVAILABLE: 502,
  CONFIG_INVALID: 500,
  // A value our own code handed the store is wrong: a bug of ours, not the database being away.
  STORE_INVALID_INPUT: 500,
  STORE_CORRUPT: 500,
};
const byPrefix: [string, number][] = [
  ['AUTH_', 401],
  ['GRAPH_', 502],
  ['STORE_', 503],
];

/** The one place where error codes become HTTP statuses. */
export function statusFor(code: string): number {
  return exact[code] ?? byPrefix.find(([prefix]) => code.startsWith(prefix))?.[1] ?? 500;
}
