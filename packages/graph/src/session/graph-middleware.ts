import { Client, TelemetryHandler } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfterSeconds } from '../errors.js';
import type { LoadStats } from './load-stats.js';

/** Retry and timeout policy of the gateway. */
export interface RetryPolicy {
  /** Retries after the first attempt, for 429/503/504, timeouts and malformed bodies of safe requests. */
  maxRetries: number;
  /** A `Retry-After` longer than this is not waited for: the read fails as throttled instead. */
  maxRetryAfterMs: number;
  /** Back-off without `Retry-After`: base × 2^attempt. */
  backoffBaseMs: number;
  /** Per-attempt timeout. */
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const RETRYABLE = new Set([429, 503, 504]);

/** The SDK client of one session and how to address Graph with it. */
export interface GraphClientSession {
  readonly client: Client;
  /** `https://host/v1.0`. */
  readonly versionRoot: string;
  /** Turns an absolute Graph URL (nextLink/deltaLink) into a path under the version root, as `$batch` wants. */
  relative(url: string): string;
}

/**
 * The SDK `Client` for one access token with our middleware chain (SDK AuthenticationHandler-equivalent → bounded
 * RetryHandler → SDK TelemetryHandler → fetch on our dispatcher). Read and write transports share it; only reads
 * mark their calls {@link SafeToRetry}.
 */
export function createGraphClient(opts: { baseUrl: string; accessToken: string; fetch: typeof fetch; retry: RetryPolicy; stats: LoadStats }): GraphClientSession {
  const base = new URL(opts.baseUrl.replace(/\/+$/, ''));
  const version = base.pathname.replace(/^\/+/, '') || 'v1.0';
  const versionRoot = `${base.origin}/${version}`;
  const chain: Middleware[] = [
    new BearerHandler(base.hostname, opts.accessToken),
    new BoundedRetryHandler(opts.retry, opts.stats),
    new TelemetryHandler(),
    new FetchHandler(opts.fetch, opts.retry.timeoutMs),
  ];
  // customHosts are hostnames without port ([S: GraphRequestUtil.isCustomHost]); https only (see contract README).
  const client = Client.initWithMiddleware({ baseUrl: base.origin, defaultVersion: version, customHosts: new Set([base.hostname]), middleware: chain });
  return {
    client,
    versionRoot,
    relative(url) {
      if (url.startsWith(versionRoot)) return url.slice(versionRoot.length) || '/';
      if (/^https?:\/\//i.test(url)) {
        const u = new URL(url);
        return u.pathname.replace(/^\/(v1\.0|beta)/, '') + u.search;
      }
      return url.startsWith('/') ? url : `/${url}`;
    },
  };
}

/** Marks a request as a read (GET, or a read-only POST such as `$batch` of GETs or `getSchedule`): safe to retry. */
export class SafeToRetry {}

function isSafe(context: Context): boolean {
  const method = (context.options?.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return true;
  return context.middlewareControl?.getMiddlewareOptions(SafeToRetry) instanceof SafeToRetry;
}

/**
 * Adds the bearer token, but only for our Graph host: like the SDK's AuthenticationHandler, which
 * deletes `Authorization` for any other host. (Equivalent to it with a fixed-token provider.)
 */
class BearerHandler implements Middleware {
  private next?: Middleware;
  constructor(
    private readonly host: string,
    private readonly token: string,
  ) {}
  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = (context.options ??= {});
    const headers = (options.headers ?? {}) as Record<string, string>;
    if (new URL(url).hostname === this.host && url.startsWith('https://')) headers.Authorization = `Bearer ${this.token}`;
    else delete headers.Authorization;
    options.headers = headers;
    await this.next?.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * Bounded retries honouring `Retry-After` (fractional seconds or an HTTP date). Retries 429 always (Graph did not
 * process the request), and 503/504, timeouts, network errors and malformed JSON bodies only for safe requests:
 * a write that may have taken effect is never repeated blindly.
 */
class BoundedRetryHandler implements Middleware {
  private next?: Middleware;
  constructor(
    private readonly policy: RetryPolicy,
    private readonly stats: LoadStats,
  ) {}
  async execute(context: Context): Promise<void> {
    const safe = isSafe(context);
    for (let attempt = 0; ; attempt += 1) {
      const last = attempt >= this.policy.maxRetries;
      if (attempt > 0) {
        const options = (context.options ??= {});
        options.headers = { ...(options.headers as Record<string, string> | undefined), 'Retry-Attempt': String(attempt) };
      }
      this.stats.requests += 1;
      let failure: unknown;
      try {
        await this.next?.execute(context);
      } catch (error) {
        failure = error;
      }
      if (failure !== undefined) {
        if (!safe || last) throw failure;
        await this.policy.sleep(this.policy.backoffBaseMs * 2 ** attempt);
        continue;
      }
      const response = context.response;
      if (response === undefined) return;
      if (RETRYABLE.has(response.status) && (safe || response.status === 429) && !last) {
        const seconds = parseRetryAfterSeconds(response.headers.get('retry-after'));
        const waitMs = seconds === undefined ? this.policy.backoffBaseMs * 2 ** attempt : seconds * 1000;
        if (waitMs > this.policy.maxRetryAfterMs) return;
        await response.body?.cancel();
        await this.policy.sleep(waitMs);
        continue;
      }
      if (safe && response.ok && isJson(response)) {
        const text = await response.text();
        if (!isParsableJson(text) && !last) {
          await this.policy.sleep(this.policy.backoffBaseMs * 2 ** attempt);
          continue;
        }
        // Hand the SDK a fresh Response with the body we read (a malformed one makes the SDK fail: GRAPH_BAD_RESPONSE).
        context.response = new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
      return;
    }
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

function isJson(response: Response): boolean {
  return /application\/json/i.test(response.headers.get('content-type') ?? '');
}

function isParsableJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The end of the chain: our fetch (explicit TLS trust), with a per-attempt timeout. */
class FetchHandler implements Middleware {
  constructor(
    private readonly fetchFn: typeof fetch,
    private readonly timeoutMs: number,
  ) {}
  async execute(context: Context): Promise<void> {
    const response = await this.fetchFn(context.request as string, { ...(context.options as RequestInit), signal: AbortSignal.timeout(this.timeoutMs) });
    context.response = response;
  }
}
