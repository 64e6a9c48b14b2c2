import type { RouteCtx } from './route-types.js';
import { badRequest, GraphHttpError, ok, type GraphResponse } from './graph-http.js';
import { absoluteLink, decodeToken, encodeToken, preferValues } from './odata.js';

interface DeltaToken {
  e: number;
  k: string;
  s: string;
  since: number;
  upto?: number;
  o?: number;
  w?: [string, string];
}

export interface DeltaSpec {
  kind: string;
  scope: string;
  context: string;
  defaultPageSize: number;
  /** The window, from the first call's query (calendar). Required params are checked by the caller. */
  window?: [string, string];
  /** Serialized changes with seq in (since, upto]: current items and `@removed` entries. */
  changes(since: number, upto: number, window: [string, string] | undefined): unknown[];
}

const gone = (code: string, message: string) => new GraphHttpError(410, code, message);

/** Delta query paging: `$skiptoken` nextLinks while a round lasts, then a `$deltatoken` deltaLink for the next round. */
export function runDelta(ctx: RouteCtx, spec: DeltaSpec): GraphResponse {
  const { rt, req } = ctx;
  const deltaToken = req.query.get('$deltatoken');
  const skipToken = req.query.get('$skiptoken');
  let state: DeltaToken;
  const check = (raw: string): DeltaToken => {
    const t = decodeToken<DeltaToken>(raw);
    if (!t || typeof t.since !== 'number' || t.k !== spec.kind) throw gone('syncStateNotFound', 'The sync state could not be found. Start a new sync (full resync).');
    if (t.s !== spec.scope) throw badRequest('The delta token does not belong to this resource.', 'ErrorInvalidUrlQuery');
    if (t.e !== rt.deltaEpoch) throw gone('resyncRequired', 'The delta token has expired. A full resync is required.');
    return t;
  };
  if (deltaToken !== undefined) {
    const t = check(deltaToken);
    state = { ...t, upto: rt.world.seq, o: 0 };
  } else if (skipToken !== undefined) {
    state = check(skipToken);
  } else {
    state = { e: rt.deltaEpoch, k: spec.kind, s: spec.scope, since: 0, upto: rt.world.seq, o: 0, ...(spec.window ? { w: spec.window } : {}) };
  }
  const upto = state.upto ?? rt.world.seq;
  const all = spec.changes(state.since, upto, state.w);
  const prefer = preferValues(req).get('odata.maxpagesize');
  const topRaw = req.query.get('$top');
  const size = prefer && /^\d+$/.test(prefer) && Number(prefer) > 0 ? Number(prefer) : topRaw && /^\d+$/.test(topRaw) ? Number(topRaw) : spec.defaultPageSize;
  const offset = state.o ?? 0;
  const items = all.slice(offset, offset + size);
  const more = offset + size < all.length;
  const link = more
    ? { '@odata.nextLink': absoluteLink(ctx.baseUrl, req, { $skiptoken: encodeToken({ ...state, upto, o: offset + size }) }, false) }
    : { '@odata.deltaLink': absoluteLink(ctx.baseUrl, req, { $deltatoken: encodeToken({ e: state.e, k: state.k, s: state.s, since: upto, ...(state.w ? { w: state.w } : {}) }) }, false) };
  return ok({ '@odata.context': spec.context, ...link, value: items }, 200, prefer ? { 'preference-applied': `odata.maxpagesize=${size}` } : {});
}
