import type { SimPerson } from '../state/types.js';

/** One Graph request, from HTTP or from a `$batch` item. */
export interface GraphRequest {
  method: string;
  /** Path below `/v1.0`, percent-decoded, starting with `/`. */
  path: string;
  /** The raw query string (without `?`), kept for nextLinks. */
  rawQuery: string;
  /** Query parameters with lower-cased names. */
  query: Map<string, string>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON body, or the text body for `text/plain`. */
  body: unknown;
  /** True when a JSON body was sent but did not parse. */
  bodyInvalid?: boolean;
}

export interface GraphResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON value, or undefined for an empty body. */
  body?: unknown;
  /** Sent verbatim instead of `body` (used by the malformed-body fault). */
  rawBody?: string;
}

export type AuthContext =
  | { kind: 'delegated'; person: SimPerson; scopes: Set<string>; appId: string }
  | { kind: 'app'; roles: Set<string>; appId: string };

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function graphDate(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, '');
}

export interface ErrorContext {
  requestId: string;
  clientRequestId: string;
}

/** Graph's error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function graphError(status: number, code: string, message: string, ctx: ErrorContext, extraHeaders: Record<string, string> = {}, innerExtra: Record<string, string> = {}): GraphResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...extraHeaders },
    body: {
      error: {
        code,
        message,
        innerError: { ...innerExtra, date: graphDate(), 'request-id': ctx.requestId, 'client-request-id': ctx.clientRequestId },
      },
    },
  };
}

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'The specified object was not found in the store.') => new GraphHttpError(404, 'ErrorItemNotFound', what);
export const badRequest = (message: string, code = 'BadRequest') => new GraphHttpError(400, code, message);

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): GraphResponse {
  return { status, headers: { 'content-type': JSON_CONTENT_TYPE, ...headers }, body };
}

export function noContent(status = 204): GraphResponse {
  return { status, headers: {} };
}
