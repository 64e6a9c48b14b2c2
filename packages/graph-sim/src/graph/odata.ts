import { badRequest, type GraphRequest } from './graph-http.js';

export interface PageOptions {
  defaultSize: number;
  maxSize: number;
  /** `$skiptoken` (opaque, calendar) or `$skip` (messages, people, tasks). */
  style: 'skiptoken' | 'skip';
  /** `$top` is a page size (calendarView, messages) rather than a total limit. */
  topIsPageSize?: boolean;
}

export interface Page<T> {
  items: T[];
  nextLink?: string;
  preferenceApplied?: string;
}

/** `Prefer` header values, e.g. `odata.maxpagesize=2`, `outlook.timezone="Pacific Standard Time"`. */
export function preferValues(req: GraphRequest): Map<string, string> {
  const out = new Map<string, string>();
  const raw = req.headers['prefer'];
  if (!raw) return out;
  for (const part of raw.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const [k, ...v] = part.split('=');
    if (!k) continue;
    out.set(k.trim().toLowerCase(), v.join('=').trim().replace(/^"(.*)"$/, '$1'));
  }
  return out;
}

function intParam(req: GraphRequest, name: string): number | undefined {
  const v = req.query.get(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) throw badRequest(`Invalid value '${v}' for query parameter ${name}.`, 'BadRequest');
  return Number(v);
}

export function encodeToken(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeToken<T>(token: string): T | undefined {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Builds an absolute link to the same path with the original query minus paging/delta params, plus `extra`. */
export function absoluteLink(baseUrl: string, req: GraphRequest, extra: Record<string, string>, keepOriginal = true): string {
  const params = new URLSearchParams(keepOriginal ? req.rawQuery : '');
  for (const key of [...params.keys()]) {
    if (['$skip', '$skiptoken', '$deltatoken'].includes(key.toLowerCase())) params.delete(key);
  }
  const parts: string[] = [];
  for (const [k, v] of params) parts.push(`${encodeQueryPart(k)}=${encodeQueryPart(v)}`);
  for (const [k, v] of Object.entries(extra)) parts.push(`${k}=${encodeQueryPart(v)}`);
  return `${baseUrl}/v1.0${encodePath(req.path)}${parts.length ? `?${parts.join('&')}` : ''}`;
}

const encodeQueryPart = (s: string) => encodeURIComponent(s).replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
const encodePath = (p: string) => p.split('/').map((s) => encodeURIComponent(s).replace(/%24/g, '$').replace(/%40/g, '@').replace(/%27/g, "'").replace(/%28/g, '(').replace(/%29/g, ')')).join('/');

/** Server-side paging: honours `$top`, `Prefer: odata.maxpagesize`, and `$skip`/`$skiptoken` from earlier nextLinks. */
export function pageOf<T>(items: readonly T[], req: GraphRequest, baseUrl: string, opts: PageOptions): Page<T> {
  const prefer = preferValues(req);
  const maxPage = prefer.get('odata.maxpagesize');
  const top = intParam(req, '$top');
  if (top !== undefined && (top < 1 || top > opts.maxSize) && opts.topIsPageSize) {
    throw badRequest(`The value of $top must be between 1 and ${opts.maxSize}.`, 'ErrorInvalidProperty');
  }
  let size = opts.defaultSize;
  let preferenceApplied: string | undefined;
  if (maxPage && /^\d+$/.test(maxPage) && Number(maxPage) > 0) {
    size = Math.min(Number(maxPage), opts.maxSize);
    preferenceApplied = `odata.maxpagesize=${size}`;
  }
  let limit = items.length;
  if (top !== undefined) {
    if (opts.topIsPageSize) size = Math.min(top, opts.maxSize);
    else limit = Math.min(top, items.length);
  }
  let offset = 0;
  const skiptoken = req.query.get('$skiptoken');
  const skip = req.query.get('$skip');
  if (skiptoken !== undefined) {
    const decoded = decodeToken<{ o: number }>(skiptoken);
    if (!decoded || typeof decoded.o !== 'number') throw badRequest('The $skiptoken is invalid.', 'ErrorInvalidUrlQuery');
    offset = decoded.o;
  } else if (skip !== undefined) {
    offset = intParam(req, '$skip') ?? 0;
  }
  const end = Math.min(offset + size, limit);
  const pageItems = items.slice(offset, end);
  const more = end < limit;
  const nextLink = more
    ? absoluteLink(baseUrl, req, opts.style === 'skiptoken' ? { $skiptoken: encodeToken({ o: end }) } : { $skip: String(end) })
    : undefined;
  return { items: pageItems, ...(nextLink ? { nextLink } : {}), ...(preferenceApplied ? { preferenceApplied } : {}) };
}

/** `$select=a,b` → the set, or undefined. */
export function selectedFields(req: GraphRequest): string[] | undefined {
  const sel = req.query.get('$select');
  if (!sel) return undefined;
  return sel.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The collection envelope: `@odata.context`, `value`, `@odata.nextLink`. */
export function collection(context: string, page: Page<unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { '@odata.context': context, ...extra, value: page.items, ...(page.nextLink ? { '@odata.nextLink': page.nextLink } : {}) };
}
