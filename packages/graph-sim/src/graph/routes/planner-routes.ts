import { plannerIdFrom } from '../../state/ids.js';
import type { SimPlannerTask } from '../../state/types.js';
import { badRequest, GraphHttpError, noContent, ok, type GraphResponse } from '../graph-http.js';
import { collection, pageOf, preferValues } from '../odata.js';
import { DENY, SCOPES, subjectOf, type RouteCtx, type RouteDef } from '../route-types.js';
import { applySelect, parseSelect } from '../schema/select-properties.js';
import { plannerEtag, toGraphPlan, toGraphPlannerDetails, toGraphPlannerTask } from '../serialize.js';

const read = { ...SCOPES.plannerRead, deny: DENY.planner };
const write = { ...SCOPES.plannerWrite, deny: DENY.planner };
const plannerNotFound = () => new GraphHttpError(404, '', 'The requested item is not found.');

function taskOf(ctx: RouteCtx): SimPlannerTask {
  const t = ctx.rt.world.plannerTasks.find((x) => x.id === ctx.params['id']);
  if (!t) throw plannerNotFound();
  return t;
}

function checkEtag(ctx: RouteCtx, current: string): void {
  const ifMatch = ctx.req.headers['if-match'];
  if (!ifMatch) throw badRequest('The If-Match header must be specified for this kind of request.', '');
  if (ifMatch !== '*' && ifMatch !== current) throw new GraphHttpError(412, '', 'The request is not valid as the etag did not match.');
}

function representation(ctx: RouteCtx, body: Record<string, unknown>): GraphResponse {
  return preferValues(ctx.req).has('return') && preferValues(ctx.req).get('return') === 'representation' ? ok(body) : noContent();
}

function applyTask(t: SimPlannerTask, body: Record<string, unknown>, byUser: string): void {
  if (typeof body['title'] === 'string') t.title = body['title'];
  if (typeof body['percentComplete'] === 'number') {
    t.percentComplete = Math.max(0, Math.min(100, Math.round(body['percentComplete'])));
    t.completedAt = t.percentComplete === 100 ? new Date().toISOString() : null;
    t.completedBy = t.percentComplete === 100 ? byUser : null;
  }
  if (typeof body['priority'] === 'number') t.priority = body['priority'];
  if ('dueDateTime' in body) t.dueAt = body['dueDateTime'] === null ? null : new Date(String(body['dueDateTime'])).toISOString().replace('.000Z', 'Z');
  if ('startDateTime' in body) t.startAt = body['startDateTime'] === null ? null : new Date(String(body['startDateTime'])).toISOString().replace('.000Z', 'Z');
  if (typeof body['bucketId'] === 'string') t.bucketId = body['bucketId'];
  const assignments = body['assignments'] as Record<string, unknown> | undefined;
  if (assignments && typeof assignments === 'object') {
    for (const [userId, a] of Object.entries(assignments)) {
      if (a === null) delete t.assignments[userId];
      else t.assignments[userId] = { assignedBy: byUser, assignedAt: new Date().toISOString(), orderHint: String((a as { orderHint?: string }).orderHint ?? ' !') };
    }
  }
}

const byUserOf = (ctx: RouteCtx) => (ctx.auth.kind === 'delegated' ? ctx.auth.person.id : ctx.auth.appId);

export const plannerRoutes: RouteDef[] = [
  { method: 'GET', pattern: '~/planner/tasks', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'plannerTask');
    const me = subjectOf(ctx);
    const tasks = ctx.rt.world.plannerTasks.filter((t) => me.id in t.assignments);
    const page = pageOf(tasks, ctx.req, ctx.baseUrl, { defaultSize: 100, maxSize: 1000, style: 'skiptoken' });
    return ok(collection(`${ctx.baseUrl}/v1.0/$metadata#Collection(microsoft.graph.plannerTask)`, { ...page, items: page.items.map((t) => applySelect(toGraphPlannerTask(t), selection)) }));
  } },
  { method: 'GET', pattern: '/planner/tasks/:id', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'plannerTask');
    return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#planner/tasks/$entity`, ...applySelect(toGraphPlannerTask(taskOf(ctx)), selection) });
  } },
  { method: 'PATCH', pattern: '/planner/tasks/:id', ...write, body: 'plannerTask', handler: (ctx) => {
    const t = taskOf(ctx);
    checkEtag(ctx, plannerEtag(t.id, t.etagVersion));
    applyTask(t, (ctx.req.body ?? {}) as Record<string, unknown>, byUserOf(ctx));
    t.etagVersion += 1;
    return representation(ctx, { '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#planner/tasks/$entity`, ...toGraphPlannerTask(t) });
  } },
  { method: 'DELETE', pattern: '/planner/tasks/:id', ...write, handler: (ctx) => {
    const t = taskOf(ctx);
    checkEtag(ctx, plannerEtag(t.id, t.etagVersion));
    ctx.rt.world.plannerTasks = ctx.rt.world.plannerTasks.filter((x) => x !== t);
    return noContent();
  } },
  { method: 'POST', pattern: '/planner/tasks', ...write, body: 'plannerTask', handler: (ctx) => {
    const body = (ctx.req.body ?? {}) as Record<string, unknown>;
    const plan = ctx.rt.world.plans.find((p) => p.id === body['planId']);
    if (!plan) throw badRequest('The planId is missing or does not exist.', '');
    if (typeof body['title'] !== 'string') throw badRequest('title is required.', '');
    const by = byUserOf(ctx);
    const t: SimPlannerTask = {
      id: plannerIdFrom('ptask', 'api', ctx.rt.nextCreated()), planId: plan.id, bucketId: typeof body['bucketId'] === 'string' ? body['bucketId'] : plannerIdFrom('bucket', plan.id, 'doing'),
      title: '', percentComplete: 0, priority: 5, dueAt: null, startAt: null, createdAt: new Date().toISOString(), completedAt: null, createdBy: by, completedBy: null,
      assignments: {}, orderHint: '8585 !', description: '', checklist: {}, references: {}, etagVersion: 1,
    };
    applyTask(t, body, by);
    ctx.rt.world.plannerTasks.push(t);
    return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#planner/tasks/$entity`, ...toGraphPlannerTask(t) }, 201);
  } },
  { method: 'GET', pattern: '/planner/tasks/:id/details', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'plannerTaskDetails');
    return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#planner/tasks('${ctx.params['id']}')/details/$entity`, ...applySelect(toGraphPlannerDetails(taskOf(ctx)), selection) });
  } },
  { method: 'PATCH', pattern: '/planner/tasks/:id/details', ...write, body: 'plannerTaskDetails', handler: (ctx) => {
    const t = taskOf(ctx);
    checkEtag(ctx, plannerEtag(`${t.id}-details`, t.etagVersion));
    const body = (ctx.req.body ?? {}) as Record<string, unknown>;
    if (typeof body['description'] === 'string') t.description = body['description'];
    const checklist = body['checklist'] as Record<string, unknown> | undefined;
    if (checklist && typeof checklist === 'object') {
      for (const [key, item] of Object.entries(checklist)) {
        if (item === null) delete t.checklist[key];
        else {
          const i = item as { title?: string; isChecked?: boolean };
          const prev = t.checklist[key];
          t.checklist[key] = { title: i.title ?? prev?.title ?? '', isChecked: i.isChecked ?? prev?.isChecked ?? false, orderHint: prev?.orderHint ?? ' !',
            lastModifiedBy: byUserOf(ctx), lastModifiedAt: new Date().toISOString() };
        }
      }
    }
    t.etagVersion += 1;
    return representation(ctx, toGraphPlannerDetails(t));
  } },
  { method: 'GET', pattern: '/planner/plans/:id', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'plannerPlan');
    const plan = ctx.rt.world.plans.find((p) => p.id === ctx.params['id']);
    if (!plan) throw plannerNotFound();
    return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#planner/plans/$entity`, ...applySelect(toGraphPlan(plan, ctx.baseUrl), selection) });
  } },
  { method: 'GET', pattern: '/planner/plans/:id/tasks', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'plannerTask');
    const plan = ctx.rt.world.plans.find((p) => p.id === ctx.params['id']);
    if (!plan) throw plannerNotFound();
    const tasks = ctx.rt.world.plannerTasks.filter((t) => t.planId === plan.id);
    const page = pageOf(tasks, ctx.req, ctx.baseUrl, { defaultSize: 100, maxSize: 1000, style: 'skiptoken' });
    return ok(collection(`${ctx.baseUrl}/v1.0/$metadata#planner/plans('${plan.id}')/tasks`, { ...page, items: page.items.map((t) => applySelect(toGraphPlannerTask(t), selection)) }));
  } },
];

