import { Client, TelemetryHandler } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { AppError } from '@upfront/core';
import { GraphError, graphErrorFrom, parseRetryAfterSeconds } from './errors.js';
import type { GraphArea } from './errors.js';

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

/** Counters for one load: HTTP requests on the wire, Graph requests inside batches, dependency waves. */
export class LoadStats {
  requests = 0;
  batchedRequests = 0;
  roundTrips = 0;
  note(wave: number): void {
    this.roundTrips = Math.max(this.roundTrips, wave);
  }
}

/** One Graph request, relative to the version root (`/me/todo/lists`) or an absolute `@odata.nextLink`. */
export interface GraphCall {
  id: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** What becomes stale if this call fails. */
  area: GraphArea;
}

export interface GraphResult {
  id: string;
  status: number;
  body: unknown;
  retryAfter?: string | null;
}

const BATCH_LIMIT = 20; // [D: json-batching.md; S: BatchRequestContent requestLimit]
const RETRYABLE = new Set([429, 503, 504]);

/**
 * A Graph session for one access token: the SDK `Client` with our middleware chain
 * (SDK AuthenticationHandler-equivalent → bounded RetryHandler → SDK TelemetryHandler → fetch on our dispatcher).
 */
export class GraphTransport {
  private readonly client: Client;
  private readonly versionRoot: string;

  constructor(
    private readonly opts: { baseUrl: string; accessToken: string; fetch: typeof fetch; retry: RetryPolicy; stats: LoadStats; useBatch: boolean },
  ) {
    const base = new URL(opts.baseUrl.replace(/\/+$/, ''));
    const version = base.pathname.replace(/^\/+/, '') || 'v1.0';
    this.versionRoot = `${base.origin}/${version}`;
    const token = opts.accessToken;
    const chain: Middleware[] = [
      new BearerHandler(base.hostname, token),
      new BoundedRetryHandler(opts.retry, opts.stats),
      new TelemetryHandler(),
      new FetchHandler(opts.fetch, opts.retry.timeoutMs),
    ];
    // customHosts are hostnames without port ([S: GraphRequestUtil.isCustomHost]); https only (see contract README).
    this.client = Client.initWithMiddleware({ baseUrl: base.origin, defaultVersion: version, customHosts: new Set([base.hostname]), middleware: chain });
  }

  /** Turns an absolute Graph URL (nextLink/deltaLink) into a path under the version root, as `$batch` wants. */
  relative(url: string): string {
    if (url.startsWith(this.versionRoot)) return url.slice(this.versionRoot.length) || '/';
    if (/^https?:\/\//i.test(url)) {
      const u = new URL(url);
      return u.pathname.replace(/^\/(v1\.0|beta)/, '') + u.search;
    }
    return url.startsWith('/') ? url : `/${url}`;
  }

  /** One request outside a batch (retried by the middleware). */
  async send(call: GraphCall, wave: number): Promise<unknown> {
    this.opts.stats.note(wave);
    try {
      let req = this.client.api(call.url.startsWith('https://') ? call.url : this.relative(call.url)).middlewareOptions([new SafeToRetry()]);
      if (call.headers) req = req.headers(call.headers);
      return call.method === 'GET' ? await req.get() : await req.post(call.body);
    } catch (error) {
      throw this.toTypedError(error, call.area);
    }
  }

  /**
   * Sends calls as `$batch`es of ≤ 20 in parallel (one round trip). Throttled items (429/503/504, each with its own
   * `Retry-After`) are sent again in a new batch after the longest wait, a bounded number of times; the SDK does not
   * retry inside batches ([D: throttling.md]). Returns every item's final status; the caller decides what is fatal.
   */
  async batch(calls: readonly GraphCall[], wave: number): Promise<Map<string, GraphResult>> {
    const results = new Map<string, GraphResult>();
    if (calls.length === 0) return results;
    this.opts.stats.note(wave);
    if (!this.opts.useBatch) return this.parallel(calls);
    let pending = [...calls];
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      const chunks: GraphCall[][] = [];
      for (let i = 0; i < pending.length; i += BATCH_LIMIT) chunks.push(pending.slice(i, i + BATCH_LIMIT));
      const answers = await Promise.all(chunks.map((chunk) => this.sendBatch(chunk)));
      const retry: GraphCall[] = [];
      let waitMs = 0;
      for (const [i, answer] of answers.entries()) {
        for (const call of chunks[i] ?? []) {
          const item = answer.get(call.id);
          if (item === undefined) throw new GraphError('GRAPH_BAD_RESPONSE', `$batch answer lacks item ${call.id}`, { stale: [call.area] });
          if (RETRYABLE.has(item.status) && attempt < this.opts.retry.maxRetries) {
            const seconds = parseRetryAfterSeconds(item.retryAfter);
            const ms = seconds === undefined ? this.opts.retry.backoffBaseMs * 2 ** attempt : seconds * 1000;
            if (ms <= this.opts.retry.maxRetryAfterMs) {
              retry.push(call);
              waitMs = Math.max(waitMs, ms);
              continue;
            }
          }
          results.set(call.id, { id: call.id, status: item.status, body: item.body, retryAfter: item.retryAfter });
        }
      }
      if (retry.length > 0) await this.opts.retry.sleep(waitMs);
      pending = retry;
    }
    return results;
  }

  /**
   * Without `$batch`: each call on its own, at most 4 at a time (Outlook allows 4 concurrent requests per mailbox,
   * [D: throttling.md]); the middleware retries each. HTTP error answers become results; failures without one throw.
   */
  private async parallel(calls: readonly GraphCall[]): Promise<Map<string, GraphResult>> {
    const results = new Map<string, GraphResult>();
    const queue = [...calls];
    const worker = async () => {
      for (let call = queue.shift(); call !== undefined; call = queue.shift()) {
        try {
          results.set(call.id, { id: call.id, status: 200, body: await this.send(call, 0) });
        } catch (error) {
          const status = (error as { details?: { status?: number } }).details?.status;
          const graph = error as { details?: { graphCode?: string; retryAfterSeconds?: number }; message?: string };
          if (status === undefined || status < 400) throw error;
          results.set(call.id, {
            id: call.id,
            status,
            body: { error: { code: graph.details?.graphCode ?? '', message: graph.message ?? '' } },
            retryAfter: graph.details?.retryAfterSeconds === undefined ? null : String(graph.details.retryAfterSeconds),
          });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, calls.length) }, worker));
    return results;
  }

  private async sendBatch(chunk: readonly GraphCall[]): Promise<Map<string, { status: number; body: unknown; retryAfter: string | null }>> {
    this.opts.stats.batchedRequests += chunk.length;
    // Wire ids are positions: Graph compares batch ids case-insensitively, Planner ids are case-sensitive.
    const requests = chunk.map((c, i) => ({
      id: String(i + 1),
      method: c.method,
      url: this.relative(c.url),
      ...(c.body === undefined ? {} : { body: c.body }),
      ...(c.headers || c.body !== undefined ? { headers: { ...(c.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...c.headers } } : {}),
    }));
    const body = (await this.send({ id: '$batch', method: 'POST', url: '/$batch', body: { requests }, area: chunk[0]?.area ?? 'profile' }, 0)) as {
      responses?: { id?: string; status?: number; headers?: Record<string, string>; body?: unknown }[];
    };
    if (!body || !Array.isArray(body.responses)) throw new GraphError('GRAPH_BAD_RESPONSE', '$batch answer has no responses array', { stale: [...new Set(chunk.map((c) => c.area))] });
    const byId = new Map<string, { status: number; body: unknown; retryAfter: string | null }>();
    for (const r of body.responses) {
      const call = typeof r.id === 'string' ? chunk[Number(r.id) - 1] : undefined;
      if (call === undefined || typeof r.status !== 'number') continue;
      const retryAfter = Object.entries(r.headers ?? {}).find(([k]) => k.toLowerCase() === 'retry-after')?.[1] ?? null;
      byId.set(call.id, { status: r.status, body: decodeItemBody(r.body), retryAfter });
    }
    return byId;
  }

  /** The error a failed batch item stands for. */
  itemError(result: GraphResult, area: GraphArea): AppError {
    const err = (result.body as { error?: { code?: string; message?: string } } | undefined)?.error;
    return graphErrorFrom(result.status, err?.code, err?.message ?? '', result.retryAfter ?? null, { stale: [area] });
  }

  private toTypedError(error: unknown, area: GraphArea): AppError {
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
    const typed = graphErrorFrom(status, e.code ?? undefined, e.message ?? '', retryAfter, { stale: [area], ...(e.requestId ? { requestId: e.requestId } : {}) });
    return typed;
  }
}

/** `$batch` item bodies are JSON; a few servers base64-encode them. */
function decodeItemBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(Buffer.from(body, 'base64').toString('utf8'));
  } catch {
    return body;
  }
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
