import { randomUUID } from 'node:crypto';
import type { SimRuntime } from '../state/sim-runtime.js';
import { graphError, ok, type GraphRequest, type GraphResponse } from './graph-http.js';
import { handleGraphRequest } from './handle-graph-request.js';

const MAX_BATCH = 20;
/** Header names as Graph spells them inside batch responses. */
const CANONICAL: Record<string, string> = {
  'content-type': 'Content-Type', 'cache-control': 'Cache-Control', 'odata-version': 'OData-Version', 'retry-after': 'Retry-After',
  'preference-applied': 'Preference-Applied', location: 'Location', 'www-authenticate': 'WWW-Authenticate',
  'x-proxycluster': 'X-ProxyCluster', 'x-officecluster': 'X-OfficeCluster', 'x-tasks-correlationid': 'X-Tasks-CorrelationId',
};

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

interface ItemResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Turns a batch item URL (relative to the version root, or absolute) into a GraphRequest. */
export function toBatchRequest(item: BatchItem): GraphRequest {
  let url = item.url.trim();
  url = url.replace(/^https:\/\/[^/]+/i, '').replace(/^\/?v1\.0(?=\/|$)/i, '');
  if (!url.startsWith('/')) url = `/${url}`;
  const q = url.indexOf('?');
  const rawPath = q >= 0 ? url.slice(0, q) : url;
  const rawQuery = q >= 0 ? url.slice(q + 1) : '';
  const query = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(rawQuery.replace(/\+/g, '%2B'))) query.set(k.toLowerCase(), v);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(item.headers ?? {})) headers[k.toLowerCase()] = String(v);
  return { method: item.method.toUpperCase(), path: safeDecode(rawPath), rawQuery, query, headers, body: item.body };
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** `POST /$batch`: up to 20 items, `dependsOn` ordering (424 when a dependency failed), per-item status/headers/body. */
export async function handleBatch(rt: SimRuntime, outer: GraphRequest): Promise<GraphResponse> {
  const ectx = { requestId: randomUUID(), clientRequestId: outer.headers['client-request-id'] || randomUUID() };
  const bad = (message: string) => graphError(400, 'BadRequest', message, ectx);
  if (outer.bodyInvalid) return bad('Invalid JSON batch payload.');
  const body = outer.body as { requests?: unknown } | undefined;
  if (!body || !Array.isArray(body.requests)) return bad('Invalid batch payload format.');
  const items = body.requests as BatchItem[];
  if (items.length === 0) return bad('Invalid batch payload format: no requests.');
  if (items.length > MAX_BATCH) return bad(`Number of batch request steps exceeds the maximum of ${MAX_BATCH}.`);
  const seen = new Set<string>();
  for (const it of items) {
    if (!it || typeof it.id !== 'string' || typeof it.method !== 'string' || typeof it.url !== 'string') return bad('Each batch request needs a string id, method and url.');
    const key = it.id.toLowerCase();
    if (seen.has(key)) return bad(`Batch request id '${it.id}' is duplicated.`);
    seen.add(key);
  }
  for (const it of items) {
    for (const dep of it.dependsOn ?? []) if (!seen.has(String(dep).toLowerCase())) return bad(`Batch request '${it.id}' depends on unknown request '${dep}'.`);
  }

  const results = new Map<string, Promise<ItemResult>>();
  const run = (it: BatchItem): Promise<ItemResult> => {
    const key = it.id.toLowerCase();
    const existing = results.get(key);
    if (existing) return existing;
    const p = (async (): Promise<ItemResult> => {
      const deps = await Promise.all((it.dependsOn ?? []).map((d) => {
        const dep = items.find((x) => x.id.toLowerCase() === String(d).toLowerCase());
        return dep ? run(dep) : Promise.resolve(undefined);
      }));
      if (deps.some((d) => !d || d.status >= 400)) {
        const e = graphError(424, 'FailedDependency', 'The request failed because a request it depends on failed.', ectx);
        return { id: it.id, status: 424, headers: e.headers, body: e.body };
      }
      if (it.body !== undefined && !Object.keys(it.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')) {
        const e = graphError(400, 'BadRequest', 'Content-Type header is required when a body is present.', ectx);
        return { id: it.id, status: 400, headers: e.headers, body: e.body };
      }
      const res = await handleGraphRequest(rt, toBatchRequest(it), { inBatch: true, ...(outer.headers['authorization'] ? { authorization: outer.headers['authorization'] } : {}) });
      // Batch items never get the commit faults; a symbol here would be a bug, answered as a gateway timeout.
      if (typeof res !== 'object') return { id: it.id, status: 504, headers: {}, body: undefined };
      const headers = Object.fromEntries(Object.entries(res.headers).filter(([k]) => !['request-id', 'client-request-id', 'x-ms-ags-diagnostic'].includes(k)));
      const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [CANONICAL[k] ?? k, v]));
      return { id: it.id, status: res.status, headers: h, ...(res.body !== undefined ? { body: res.body } : {}) };
    })();
    results.set(key, p);
    return p;
  };
  // Graph answers items in any order; the simulator keeps request order.
  const responses = await Promise.all(items.map(run));
  return ok({ responses });
}
