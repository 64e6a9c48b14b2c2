import { randomUUID } from 'node:crypto';
import { GRAPH_AUDIENCE } from '../constants.js';
import type { SimRuntime } from '../state/sim-runtime.js';
import type { SimPerson } from '../state/types.js';
import { graphError, GraphHttpError, JSON_CONTENT_TYPE, type AuthContext, type ErrorContext, type GraphRequest, type GraphResponse } from './graph-http.js';
import { SCOPES, type RouteCtx, type RouteDef } from './route-types.js';
import { parseRequestBody } from './schema/parse-request-body.js';
import { calendarRoutes } from './routes/calendar-routes.js';
import { mailRoutes } from './routes/mail-routes.js';
import { plannerRoutes } from './routes/planner-routes.js';
import { todoRoutes } from './routes/todo-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { groupRoutes } from './routes/group-routes.js';
import { chatRoutes } from './routes/chat-routes.js';

const ROUTES: readonly RouteDef[] = [...userRoutes, ...calendarRoutes, ...todoRoutes, ...plannerRoutes, ...mailRoutes, ...groupRoutes, ...chatRoutes];
const COMPILED = ROUTES.map((r) => ({ route: r, segments: r.pattern.split('/').filter(Boolean) }));

/** What the HTTP layer must do instead of answering: hang (timeout fault). */
export const HANG = Symbol('hang');
/** What the HTTP layer must do instead of answering: destroy the socket (the answer to a committed write is lost). */
export const DROP = Symbol('drop');
export type GraphOutcome = GraphResponse | typeof HANG | typeof DROP;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Splits `/users('x@y')/calendarView` into segments, turning `users('x')` into `users`, `x`. */
export function pathSegments(path: string): string[] {
  const out: string[] = [];
  for (const seg of path.split('/').filter(Boolean)) {
    const m = /^(\w+)\('(.*)'\)$/.exec(seg);
    if (m?.[1] && m[2] !== undefined) out.push(m[1], m[2].replace(/''/g, "'"));
    else out.push(seg);
  }
  return out;
}

interface Resolved {
  route: RouteDef;
  params: Record<string, string>;
  subject?: SimPerson;
  subjectRef?: { me: boolean; key: string };
}

function resolve(segments: string[], method: string): Resolved | GraphHttpError {
  let userRef: { me: boolean; key: string } | undefined;
  let rest = segments;
  if (segments[0]?.toLowerCase() === 'me') {
    userRef = { me: true, key: '' };
    rest = segments.slice(1);
  } else if (segments[0]?.toLowerCase() === 'users' && segments[1]) {
    userRef = { me: false, key: segments[1] };
    rest = segments.slice(2);
  }
  const candidate = userRef ? ['~', ...rest] : rest;
  let methodMismatch = false;
  for (const { route, segments: pat } of COMPILED) {
    if (pat.length !== candidate.length) continue;
    const params: Record<string, string> = {};
    let match = true;
    for (let i = 0; i < pat.length; i += 1) {
      const p = pat[i] ?? '';
      const c = candidate[i] ?? '';
      if (p.startsWith(':')) params[p.slice(1)] = c;
      else if (p.toLowerCase() !== c.toLowerCase()) {
        match = false;
        break;
      }
    }
    if (!match) continue;
    if (route.method !== method) {
      methodMismatch = true;
      continue;
    }
    return { route, params, ...(userRef ? { subjectRef: userRef } : {}) };
  }
  if (methodMismatch) return new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
  const last = candidate[candidate.length - 1] ?? '';
  return new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${last}'.`);
}

async function authenticate(rt: SimRuntime, header: string | undefined): Promise<AuthContext | GraphHttpError> {
  const wwwAuth = { 'www-authenticate': `Bearer realm="", authorization_uri="${rt.baseUrl}/${rt.identity.tenantId}/oauth2/v2.0/authorize", client_id="00000003-0000-0000-c000-000000000000"` };
  const unauthorized = (message: string) => new GraphHttpError(401, 'InvalidAuthenticationToken', message, wwwAuth);
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m?.[1]) return unauthorized('Access token is empty.');
  const token = m[1].trim();
  if (token.split('.').length !== 3) return unauthorized('IDX14100: JWT is not well formed, there are no dots (.).');
  let claims;
  try {
    claims = await rt.tokens.verify(token, GRAPH_AUDIENCE);
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code === 'ERR_JWT_EXPIRED') return unauthorized('Lifetime validation failed, the token is expired.');
    if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return unauthorized('Access token validation failure. Invalid audience.');
    return unauthorized('Access token validation failure.');
  }
  if (claims.tid !== rt.identity.tenantId) return unauthorized('Access token validation failure. Invalid tenant.');
  const appId = String(claims.appid ?? claims.azp ?? '');
  if (typeof claims.scp === 'string') {
    const person = claims.oid ? rt.findPerson(claims.oid) : undefined;
    if (!person) return unauthorized('The user in the token does not exist in the tenant.');
    return { kind: 'delegated', person, scopes: new Set(claims.scp.split(' ').filter(Boolean)), appId };
  }
  return { kind: 'app', roles: new Set(Array.isArray(claims.roles) ? claims.roles.map(String) : []), appId };
}

/** 401 for a batch whose outer token is missing or invalid; undefined when the token is good. */
export async function checkOuterAuth(rt: SimRuntime, header: string | undefined, clientRequestId: string | undefined): Promise<GraphResponse | undefined> {
  const auth = await authenticate(rt, header);
  if (!(auth instanceof GraphHttpError)) return undefined;
  const ids = { requestId: randomUUID(), clientRequestId: clientRequestId || randomUUID() };
  const res = graphError(auth.status, auth.code, auth.message, ids, auth.headers);
  return { ...res, headers: { ...res.headers, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId } };
}

export interface HandleOptions {
  inBatch?: boolean;
  /** Authorization header of the outer request (batch items inherit it). */
  authorization?: string;
}

/** A JSON body read against the route's schema type (MIME `text/plain` bodies and bodies that are not objects stay as sent). */
function withSchemaBody(req: GraphRequest, route: RouteDef): GraphRequest {
  const body = req.body;
  if (!route.body || typeof body !== 'object' || body === null || Array.isArray(body)) return req;
  if ((req.headers['content-type'] ?? '').toLowerCase().startsWith('text/plain')) return req;
  return { ...req, body: parseRequestBody(body as Record<string, unknown>, route.body) };
}

/** The 5xx a committed write answers under `failAfterCommit`: 503 with Retry-After, or 504 as Graph's gateway gives it. */
function afterCommitError(status: number, retryAfterSeconds: number | undefined): GraphHttpError {
  if (status === 504) return new GraphHttpError(504, 'UnknownError', 'The gateway did not receive a timely response from the service (simulated fault after commit).');
  return new GraphHttpError(status, status === 503 ? 'serviceNotAvailable' : 'generalException', 'The service is temporarily unavailable. Please retry later.',
    status === 503 ? { 'retry-after': String(retryAfterSeconds ?? 3) } : {});
}

/** The send endpoint a request is for, if any (counted whatever the answer). */
function sendEndpointOf(req: GraphRequest): RouteDef['sends'] {
  const resolved = resolve(pathSegments(req.path), req.method.toUpperCase());
  return resolved instanceof GraphHttpError ? undefined : resolved.route.sends;
}

/**
 * Answers one Graph request (HTTP or `$batch` item): auth, routing, permissions, faults, and the route itself.
 * Every call to a send endpoint is counted per app (client id) first, refused or not.
 */
export async function handleGraphRequest(rt: SimRuntime, req: GraphRequest, opts: HandleOptions = {}): Promise<GraphOutcome> {
  const sends = sendEndpointOf(req);
  const caller: { appId?: string } = {};
  const outcome = await answer(rt, req, opts, caller);
  if (sends) {
    const appId = caller.appId ?? 'unauthenticated';
    rt.sendCalls.count(appId, sends);
    if (typeof outcome === 'object' && outcome.status >= 400) rt.sendCalls.refuse(appId);
  }
  return outcome;
}

async function answer(rt: SimRuntime, req: GraphRequest, opts: HandleOptions, caller: { appId?: string }): Promise<GraphOutcome> {
  const requestId = randomUUID();
  const clientRequestId = req.headers['client-request-id'] || randomUUID();
  const ectx: ErrorContext = { requestId, clientRequestId };
  let familyHeaders: Record<string, string> = {};
  const finish = (res: GraphResponse): GraphResponse => ({
    ...res,
    headers: {
      'cache-control': 'no-cache',
      'x-ms-resource-unit': '1',
      ...familyHeaders,
      ...(res.body !== undefined ? { 'odata-version': '4.0' } : {}),
      ...res.headers,
      'request-id': requestId,
      'client-request-id': clientRequestId,
      'x-ms-ags-diagnostic': JSON.stringify({ ServerInfo: { DataCenter: 'Local Simulator', Slice: 'E', Ring: '0', ScaleUnit: '000', RoleInstance: 'SIM' } }),
    },
  });
  const fail = (e: GraphHttpError, inner: Record<string, string> = {}) => finish(graphError(e.status, e.code, e.message, ectx, e.headers, inner));

  const auth = await authenticate(rt, opts.authorization ?? req.headers['authorization']);
  if (auth instanceof GraphHttpError) return fail(auth);
  caller.appId = auth.appId;
  if (req.bodyInvalid) return fail(new GraphHttpError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'));

  const resolved = resolve(pathSegments(req.path), req.method.toUpperCase());
  if (resolved instanceof GraphHttpError) return fail(resolved);
  const { route, params, subjectRef } = resolved;
  if (route.pattern.includes('planner')) {
    // Planner answers through its own service cluster, as Graph shows in its headers.
    familyHeaders = { 'x-proxycluster': 'sim-001.tasks.osi.office.net', 'x-officecluster': 'sim-001.tasks.osi.office.net', 'x-tasks-correlationid': requestId };
  }

  let subject: SimPerson | undefined;
  if (subjectRef) {
    if (subjectRef.me) {
      if (auth.kind !== 'delegated') return fail(new GraphHttpError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.'));
      subject = auth.person;
    } else {
      subject = rt.findPerson(subjectRef.key);
      if (!subject) {
        return fail(new GraphHttpError(404, 'Request_ResourceNotFound', `Resource '${subjectRef.key}' does not exist or one of its queried reference-property objects are not present.`));
      }
    }
  }

  // Permissions: scopes/roles, then whose mailbox.
  const self = auth.kind === 'delegated' && subject?.id === auth.person.id;
  const required = route.pattern === '~' && subject && !self ? SCOPES.userOther : route;
  const granted = auth.kind === 'delegated' ? required.delegated.some((s) => auth.scopes.has(s)) : required.app.some((r) => auth.roles.has(r));
  const deny = route.deny ?? { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' };
  if (!granted) return fail(new GraphHttpError(403, deny.code, deny.message));
  // The Upfront app registration has no Mail.Send (it only writes drafts): whatever a token claims, it cannot send.
  if (route.sends && auth.appId === rt.identity.appClientId) return fail(new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'));
  if (route.mailbox && subject) {
    if (auth.kind === 'delegated' && !self) return fail(new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'));
    if (auth.kind === 'app' && !rt.world.appAccessPolicyUserIds.has(subject.id)) {
      return fail(new GraphHttpError(403, 'ErrorAccessDenied', 'Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.'));
    }
  }

  // Outlook's MailboxConcurrency: a request more than the limit in flight for this app and mailbox is refused.
  const mailboxId = subject?.id ?? (auth.kind === 'delegated' ? auth.person.id : undefined);
  if (opts.inBatch || mailboxId === undefined) return faultsAndRoute(rt, req, route, { auth, subject, subjectRef, params, requestId, opts, finish, fail });
  if (!rt.faults.enter(auth.appId, mailboxId)) {
    return fail(new GraphHttpError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'retry-after': '1' }));
  }
  try {
    return await faultsAndRoute(rt, req, route, { auth, subject, subjectRef, params, requestId, opts, finish, fail });
  } finally {
    rt.faults.leave(auth.appId, mailboxId);
  }
}

interface Admitted {
  auth: AuthContext;
  subject: SimPerson | undefined;
  subjectRef: { me: boolean; key: string } | undefined;
  params: Record<string, string>;
  requestId: string;
  opts: HandleOptions;
  finish(res: GraphResponse): GraphResponse;
  fail(e: GraphHttpError, inner?: Record<string, string>): GraphResponse;
}

/** Faults, the throttling budget and the route, for a request that passed auth and permissions. */
async function faultsAndRoute(rt: SimRuntime, req: GraphRequest, route: RouteDef, a: Admitted): Promise<GraphOutcome> {
  const { auth, subject, subjectRef, params, requestId, opts, finish, fail } = a;
  // Faults and the throttling budget.
  const upn = subject?.userPrincipalName ?? (auth.kind === 'delegated' ? auth.person.userPrincipalName : undefined);
  const kinds = opts.inBatch ? (['latency', 'throttle', 'unavailable', 'batchItemFailure'] as const) : (['latency', 'throttle', 'unavailable', 'timeout', 'malformed', 'dropAfterCommit', 'failAfterCommit', 'hangAfterCommit'] as const);
  const rule = rt.faults.match(kinds, req.method, req.path, upn);
  if (rule?.kind === 'latency') await sleep(rule.latencyMs ?? 1000);
  if (rule?.kind === 'timeout') return HANG;
  const throttled = (seconds: number) =>
    fail(new GraphHttpError(429, 'TooManyRequests', 'Please retry again later.', { 'retry-after': String(seconds) }), { code: '429', message: 'Please retry after', status: '429' });
  if (rule?.kind === 'throttle') return throttled(rule.retryAfterSeconds ?? 2);
  if (rule?.kind === 'unavailable') return fail(new GraphHttpError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please retry later.', { 'retry-after': String(rule.retryAfterSeconds ?? 3) }));
  if (rule?.kind === 'batchItemFailure') {
    const status = rule.status ?? 429;
    return status === 429 ? throttled(rule.retryAfterSeconds ?? 2) : fail(new GraphHttpError(status, status === 503 ? 'serviceNotAvailable' : 'generalException', 'The item failed (simulated fault).'));
  }
  const wait = rt.faults.spend(auth.appId, subject?.id ?? (auth.kind === 'delegated' ? auth.person.id : undefined), Date.now());
  if (wait !== undefined) return throttled(wait);

  const contextBase = subjectRef?.me
    ? `${rt.baseUrl}/v1.0/$metadata#users('${subject?.id ?? ''}')`
    : `${rt.baseUrl}/v1.0/$metadata#users('${subject?.id ?? ''}')`;
  try {
    const ctx: RouteCtx = { rt, req: withSchemaBody(req, route), auth, subject, params, contextBase, baseUrl: rt.baseUrl, requestId };
    const res = await route.handler(ctx);
    if (res.status < 300 && rule?.kind === 'dropAfterCommit') return DROP;
    if (res.status < 300 && rule?.kind === 'hangAfterCommit') return HANG;
    if (res.status < 300 && rule?.kind === 'failAfterCommit') return fail(afterCommitError(rule.status ?? 503, rule.retryAfterSeconds));
    if (rule?.kind === 'malformed') {
      return finish({ status: 200, headers: { 'content-type': JSON_CONTENT_TYPE }, rawBody: JSON.stringify(res.body ?? {}).slice(0, 40) });
    }
    return finish(res);
  } catch (e) {
    if (e instanceof GraphHttpError) return fail(e);
    throw e;
  }
}
