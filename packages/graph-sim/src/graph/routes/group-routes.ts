import { GraphHttpError, ok } from '../graph-http.js';
import { collection, pageOf } from '../odata.js';
import { DENY, SCOPES, type RouteCtx, type RouteDef } from '../route-types.js';
import { applySelect, parseSelect } from '../schema/select-properties.js';
import { toGraphUser, toGraphUserFull } from '../serialize.js';

const USER_READ = ['User.ReadBasic.All', 'User.Read.All', 'Directory.Read.All'];

/**
 * `GET /groups/{id}/members`: the users of a plan's group as `directoryObject`s. Without a permission to read
 * users, members come back with limited information (`@odata.type` and `id`, the rest null), as Graph documents.
 */
function listMembers(ctx: RouteCtx) {
  const group = ctx.rt.world.groups.find((g) => g.id === (ctx.params['id'] ?? '').toLowerCase());
  if (!group) {
    throw new GraphHttpError(404, 'Request_ResourceNotFound', `Resource '${ctx.params['id']}' does not exist or one of its queried reference-property objects are not present.`);
  }
  const selection = parseSelect(ctx.req, 'user');
  const canReadUsers = ctx.auth.kind === 'delegated' ? USER_READ.some((s) => ctx.auth.kind === 'delegated' && ctx.auth.scopes.has(s))
    : ['User.Read.All', 'Directory.Read.All'].some((r) => ctx.auth.kind === 'app' && ctx.auth.roles.has(r));
  const members = group.memberIds.flatMap((id) => {
    const p = ctx.rt.findPerson(id);
    return p ? [p] : [];
  });
  const page = pageOf(members, ctx.req, ctx.baseUrl, { defaultSize: 100, maxSize: 999, style: 'skiptoken' });
  const items = page.items.map((p) => {
    const full = selection ? applySelect(toGraphUserFull(p, ctx.rt.mailbox(p).settings), selection) : toGraphUser(p);
    const shown = canReadUsers ? full : Object.fromEntries(Object.keys(full).map((k) => [k, k === 'id' ? p.id : null]));
    return { '@odata.type': '#microsoft.graph.user', ...shown };
  });
  return ok(collection(`${ctx.baseUrl}/v1.0/$metadata#directoryObjects`, { ...page, items }));
}

export const groupRoutes: RouteDef[] = [
  { method: 'GET', pattern: '/groups/:id/members', ...SCOPES.groupMembers, deny: DENY.directory, handler: listMembers },
];
