import type { Problem } from '@upfront/contracts';

/** What the tab knows about a failed response: its status, content type and body text. */
export interface FailedResponse {
  status: number;
  statusText: string;
  contentType: string | null;
  bodyText: string;
}

/**
 * Turns a failed HTTP response into a `Problem`. Our server always answers `application/problem+json`;
 * anything else (a proxy's HTML page, an empty 502) still becomes a problem with a user-safe detail.
 */
export function parseProblem(res: FailedResponse): Problem {
  const parsed = isJson(res.contentType) ? tryParseJson(res.bodyText) : undefined;
  if (isProblemLike(parsed)) {
    return {
      type: typeof parsed.type === 'string' ? parsed.type : 'about:blank',
      title: typeof parsed.title === 'string' ? parsed.title : res.statusText || `HTTP ${res.status}`,
      status: typeof parsed.status === 'number' ? parsed.status : res.status,
      detail: typeof parsed.detail === 'string' && parsed.detail !== '' ? parsed.detail : fallbackDetail(res.status),
      code: typeof parsed.code === 'string' && parsed.code !== '' ? parsed.code : `HTTP_${res.status}`,
    };
  }
  return {
    type: 'about:blank',
    title: res.statusText || `HTTP ${res.status}`,
    status: res.status,
    detail: fallbackDetail(res.status),
    code: `HTTP_${res.status}`,
  };
}

/** The problem the tab reports when the server cannot be reached at all. */
export function networkProblem(cause: unknown): Problem {
  const reason = cause instanceof Error && cause.message !== '' ? ` (${cause.message})` : '';
  return {
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    detail: `Upfront's server could not be reached${reason}. Check your connection and try again.`,
    code: 'NETWORK_UNREACHABLE',
  };
}

/** The problem the tab reports when a 2xx body is not the JSON it expects. */
export function unexpectedBodyProblem(status: number, what: string): Problem {
  return {
    type: 'about:blank',
    title: 'Unexpected response',
    status,
    detail: `The server's answer was not ${what}. Try again; if it persists, tell your administrator.`,
    code: 'RESPONSE_UNEXPECTED',
  };
}

function fallbackDetail(status: number): string {
  if (status === 401) return 'Your sign-in has expired. Sign in again.';
  if (status === 403) return 'You are not allowed to do this.';
  if (status === 404) return 'The server does not know this address.';
  if (status === 429) return 'Too many requests. Wait a moment and try again.';
  if (status >= 500) return `The server had a problem (HTTP ${status}). Try again in a moment.`;
  return `The request failed (HTTP ${status}).`;
}

function isJson(contentType: string | null): boolean {
  if (contentType === null) return false;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A body that says it is JSON but is not: treat it like any other non-problem body.
    return undefined;
  }
}

function isProblemLike(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.detail === 'string' || typeof v.code === 'string' || typeof v.title === 'string';
}
