import type { AppError } from '@upfront/core';
import { GraphError, graphErrorFrom, parseRetryAfterSeconds } from '../errors.js';
import type { GraphArea } from '../errors.js';
import type { GraphCall, GraphResult } from './graph-call.js';
import { createGraphClient, RETRYABLE, SafeToRetry } from './graph-middleware.js';
import type { GraphClientSession, RetryPolicy } from './graph-middleware.js';
import type { LoadStats } from './load-stats.js';
import { toTypedError } from './to-typed-error.js';

const BATCH_LIMIT = 20; // [D: json-batching.md; S: BatchRequestContent requestLimit]
// Outlook serves 4 concurrent requests per app and mailbox; a fifth is answered 429 MailboxConcurrency ([D: throttling-limits]).
const MAILBOX_CONCURRENCY = 4;

/** Runs `work` over `items` with at most `limit` in flight; results in the order of `items`. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The read path of a Graph session for one access token: every call it makes is a read (GET, `$batch` of reads,
 * `getSchedule`, `getMailTips`) and marked {@link SafeToRetry}, so 503/504, timeouts and malformed bodies are retried.
 * Writes never go through it (see `GraphWriteTransport`).
 */
export class GraphReadTransport {
  private readonly session: GraphClientSession;

  constructor(
    private readonly opts: { baseUrl: string; accessToken: string; fetch: typeof fetch; retry: RetryPolicy; stats: LoadStats; useBatch: boolean; appOnly?: boolean },
  ) {
    this.session = createGraphClient(opts);
  }

  /** Turns an absolute Graph URL (nextLink/deltaLink) into a path under the version root, as `$batch` wants. */
  relative(url: string): string {
    return this.session.relative(url);
  }

  /** One request outside a batch (retried by the middleware). */
  async read(call: GraphCall, wave: number): Promise<unknown> {
    this.opts.stats.note(wave);
    try {
      let req = this.session.client.api(call.url.startsWith('https://') ? call.url : this.relative(call.url)).middlewareOptions([new SafeToRetry()]);
      if (call.headers) req = req.headers(call.headers);
      return call.method === 'GET' ? await req.get() : await req.post(call.body);
    } catch (error) {
      throw toTypedError(error, call.area, this.opts.appOnly === true);
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
      const answers = await inPool(chunks, MAILBOX_CONCURRENCY, (chunk) => this.sendBatch(chunk));
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
          results.set(call.id, { id: call.id, status: 200, body: await this.read(call, 0) });
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
    await Promise.all(Array.from({ length: Math.min(MAILBOX_CONCURRENCY, calls.length) }, worker));
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
    const body = (await this.read({ id: '$batch', method: 'POST', url: '/$batch', body: { requests }, area: chunk[0]?.area ?? 'profile' }, 0)) as {
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
    return graphErrorFrom(result.status, err?.code, err?.message ?? '', result.retryAfter ?? null, { stale: [area], appOnly: this.opts.appOnly === true });
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

