import { AppError } from '@upfront/core';

export type GraphErrorCode =
  | 'GRAPH_THROTTLED'
  | 'GRAPH_UNAVAILABLE'
  | 'GRAPH_FORBIDDEN'
  | 'GRAPH_NOT_FOUND'
  | 'GRAPH_BAD_RESPONSE'
  | 'GRAPH_STALE'
  | 'GRAPH_SYNC_EXPIRED'
  /** An app-only token was refused for this user's mailbox (the tenant's application access policy / RBAC for Applications leaves them out). */
  | 'GRAPH_APP_ACCESS_DENIED'
  /** A draft's create had an ambiguous outcome and the mailbox does not show it yet: retry later, looking the key up first. */
  | 'GRAPH_DRAFT_UNCONFIRMED'
  /** What we were asked to write is not valid (a draft key that is not lower-case hex, an address with a line break). */
  | 'GRAPH_REQUEST_INVALID';

/** What a failed read leaves out of date, so the caller can say so (e.g. `calendar`, `todo`, `planner`). */
export type GraphArea = 'profile' | 'mailboxSettings' | 'calendar' | 'todo' | 'planner' | 'stakeholders' | 'lastContact' | 'people' | 'colleagues' | 'drafts';

/** A Graph call failed, or answered something we cannot use; `stale` names what could not be read. */
export class GraphError extends AppError {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    readonly details: {
      status?: number;
      graphCode?: string;
      requestId?: string;
      retryAfterSeconds?: number;
      stale?: readonly GraphArea[];
      cause?: unknown;
    } = {},
  ) {
    super(message, publicMessageFor(code, details.stale), { cause: details.cause });
  }
}

export type AuthErrorCode = 'AUTH_TOKEN_REJECTED' | 'AUTH_CONSENT_REQUIRED' | 'AUTH_UNAVAILABLE';

/** The user's token could not be used for Graph: rejected, or consent/interaction is needed. */
export class AuthError extends AppError {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, AUTH_PUBLIC[code], options);
  }
}

/** A Graph value this edge cannot translate; `field` names where it was (e.g. `todoTask.status`). */
export class GraphMappingError extends GraphError {
  constructor(
    readonly field: string,
    readonly value: unknown,
    expected: string,
  ) {
    super('GRAPH_BAD_RESPONSE', `${field}: expected ${expected}, got ${JSON.stringify(value)}`);
  }
}

const AUTH_PUBLIC: Record<AuthErrorCode, string> = {
  AUTH_TOKEN_REJECTED: 'Your sign-in is no longer valid. Please sign in again.',
  AUTH_CONSENT_REQUIRED: 'Upfront needs your consent to read your calendar and tasks.',
  AUTH_UNAVAILABLE: 'Sign-in is not available right now. Please try again shortly.',
};

function publicMessageFor(code: GraphErrorCode, stale: readonly GraphArea[] | undefined): string {
  const what = stale && stale.length > 0 ? ` (not refreshed: ${stale.join(', ')})` : '';
  switch (code) {
    case 'GRAPH_THROTTLED':
      return `Microsoft 365 is busy; please try again in a moment${what}.`;
    case 'GRAPH_FORBIDDEN':
      return `Upfront is not allowed to read part of your data${what}.`;
    case 'GRAPH_NOT_FOUND':
      return `Something Upfront looked for no longer exists${what}.`;
    case 'GRAPH_BAD_RESPONSE':
      return `Microsoft 365 sent data Upfront could not read${what}.`;
    case 'GRAPH_APP_ACCESS_DENIED':
      return 'Your organisation does not let Upfront prepare this while you are away; it will be prepared at your next visit.';
    case 'GRAPH_REQUEST_INVALID':
      return 'Upfront could not prepare this message.';
    case 'GRAPH_DRAFT_UNCONFIRMED':
      return 'Microsoft 365 did not confirm the draft yet; Upfront will check again before creating it.';
    default:
      return `Microsoft 365 could not be reached; your data could not be refreshed${what}.`;
  }
}

/**
 * Turns a Graph error answer into a typed error.
 * @example graphErrorFrom(429, 'TooManyRequests', 'Please retry', '2.128') // GraphError GRAPH_THROTTLED, retryAfterSeconds 2.128
 */
export function graphErrorFrom(
  status: number,
  graphCode: string | undefined,
  detail: string,
  retryAfter: string | null,
  extra: { requestId?: string; stale?: readonly GraphArea[]; appOnly?: boolean } = {},
): AppError {
  if (status === 401) return new AuthError('AUTH_TOKEN_REJECTED', `Graph answered 401 ${graphCode ?? ''}: ${detail}`);
  const { appOnly, ...rest } = extra;
  const base = { status, graphCode, ...rest };
  // Exchange answers an app-only token outside the tenant's application access policy with 403 ErrorAccessDenied.
  if (status === 403 && appOnly === true && graphCode?.toLowerCase() === 'erroraccessdenied') {
    return new GraphError('GRAPH_APP_ACCESS_DENIED', `Graph answered 403 ${graphCode}: ${detail}`, base);
  }
  if (status === 403) return new GraphError('GRAPH_FORBIDDEN', `Graph answered 403 ${graphCode ?? ''}: ${detail}`, base);
  if (status === 404) return new GraphError('GRAPH_NOT_FOUND', `Graph answered 404 ${graphCode ?? ''}: ${detail}`, base);
  if (status === 410 || isSyncExpiredCode(graphCode)) {
    return new GraphError('GRAPH_SYNC_EXPIRED', `Graph delta state expired (${status} ${graphCode ?? ''})`, base);
  }
  if (status === 429 || status === 503 || status === 504) {
    const seconds = parseRetryAfterSeconds(retryAfter);
    return new GraphError('GRAPH_THROTTLED', `Graph answered ${status} ${graphCode ?? ''}: ${detail}`, {
      ...base,
      ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
    });
  }
  return new GraphError('GRAPH_UNAVAILABLE', `Graph answered ${status} ${graphCode ?? ''}: ${detail}`, base);
}

/** Graph's codes for a delta token it no longer knows ([D: concepts/errors.md]). */
export function isSyncExpiredCode(graphCode: string | undefined): boolean {
  if (graphCode === undefined) return false;
  const code = graphCode.toLowerCase();
  return code === 'syncstatenotfound' || code === 'resyncrequired' || code === 'syncstateinvalid';
}

/**
 * Reads `Retry-After`: seconds (fractional allowed, e.g. "2.128") or an HTTP date.
 * @example parseRetryAfterSeconds('2.128') // 2.128
 */
export function parseRetryAfterSeconds(value: string | null | undefined, nowMs?: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, (at - (nowMs ?? Date.now())) / 1000);
}
