import { guidFrom, outlookIdFrom } from '../../state/ids.js';
import type { SimTodoList, SimTodoTask } from '../../state/types.js';
import { parseDateTimeTimeZone, toGraphUtcStamp } from '../../time/graph-time.js';
import { runDelta } from '../delta.js';
import { badRequest, noContent, notFound, ok, type GraphResponse } from '../graph-http.js';
import { collection, pageOf } from '../odata.js';
import { DENY, mailboxOf, SCOPES, type RouteCtx, type RouteDef } from '../route-types.js';
import { applySelect, parseSelect } from '../schema/select-properties.js';
import { toGraphChecklistItem, toGraphTodoList, toGraphTodoTask } from '../serialize.js';

const read = { ...SCOPES.tasksRead, mailbox: true, deny: DENY.outlook };
const write = { ...SCOPES.tasksWrite, mailbox: true, deny: DENY.outlook };

function listOf(ctx: RouteCtx): SimTodoList {
  const list = mailboxOf(ctx).todoLists.find((l) => l.id === ctx.params['listId']);
  if (!list) throw notFound();
  return list;
}

function taskOf(ctx: RouteCtx): { list: SimTodoList; task: SimTodoTask } {
  const list = listOf(ctx);
  const task = list.tasks.find((t) => t.id === ctx.params['taskId']);
  if (!task) throw notFound();
  return { list, task };
}

const listContext = (ctx: RouteCtx) => `${ctx.contextBase}/todo/lists`;
const tasksContext = (ctx: RouteCtx, list: SimTodoList) => `${ctx.contextBase}/todo/lists('${encodeURIComponent(list.id)}')/tasks`;
const expandsChecklist = (ctx: RouteCtx) => (ctx.req.query.get('$expand') ?? '').toLowerCase().split(',').some((e) => e.trim().startsWith('checklistitems'));

function touch(ctx: RouteCtx, task: SimTodoTask): void {
  task.seq = ctx.rt.nextSeq();
  task.etagVersion += 1;
  task.lastModifiedAt = toGraphUtcStamp(new Date().toISOString());
}

function listTasks(ctx: RouteCtx): GraphResponse {
  const selection = parseSelect(ctx.req, 'todoTask');
  const list = listOf(ctx);
  let tasks = list.tasks;
  const filter = ctx.req.query.get('$filter');
  if (filter) {
    const m = /^\s*status\s+(eq|ne)\s+'(\w+)'\s*$/i.exec(filter);
    if (!m) throw badRequest(`The $filter '${filter}' is not supported by the simulator (supported: status eq|ne '...').`, 'invalidRequest');
    tasks = tasks.filter((t) => (m[1]?.toLowerCase() === 'eq') === (t.status.toLowerCase() === m[2]?.toLowerCase()));
  }
  const page = pageOf(tasks, ctx.req, ctx.baseUrl, { defaultSize: 10, maxSize: 1000, style: 'skip', topIsPageSize: true });
  const exp = expandsChecklist(ctx);
  return ok(collection(tasksContext(ctx, list), { ...page, items: page.items.map((t) => applySelect(toGraphTodoTask(t, exp), selection, exp ? ['checklistItems'] : [])) }));
}

function applyTask(task: SimTodoTask, body: Record<string, unknown>): void {
  if (typeof body['title'] === 'string') task.title = body['title'];
  if (typeof body['status'] === 'string') {
    task.status = (body['status'].charAt(0).toLowerCase() + body['status'].slice(1)) as SimTodoTask['status'];
    if (task.status === 'completed') task.completedAt = new Date().toISOString();
    else delete task.completedAt;
  }
  if (typeof body['importance'] === 'string') task.importance = body['importance'].toLowerCase() as SimTodoTask['importance'];
  if (typeof body['isReminderOn'] === 'boolean') task.isReminderOn = body['isReminderOn'];
  if (Array.isArray(body['categories'])) task.categories = (body['categories'] as unknown[]).map(String);
  const b = body['body'] as { content?: string } | undefined;
  if (b && typeof b.content === 'string') task.bodyText = b.content;
  if ('dueDateTime' in body) {
    if (body['dueDateTime'] === null) delete task.due;
    else {
      const due = parseDateTimeTimeZone(body['dueDateTime']);
      if (!due) throw badRequest('Invalid dueDateTime.', 'invalidRequest');
      // Graph stores the due date and returns it converted to UTC.
      task.due = { dateTime: `${due.slice(0, 19)}.0000000`, timeZone: 'UTC' };
    }
  }
  if (Array.isArray(body['linkedResources'])) {
    task.linkedResources = (body['linkedResources'] as Record<string, unknown>[]).map((r, i) => ({
      id: guidFrom('lr', task.id, String(i)), applicationName: String(r['applicationName'] ?? ''), displayName: String(r['displayName'] ?? ''),
      ...(r['webUrl'] ? { webUrl: String(r['webUrl']) } : {}), ...(r['externalId'] ? { externalId: String(r['externalId']) } : {}),
    }));
  }
}

function createTask(ctx: RouteCtx): GraphResponse {
  const list = listOf(ctx);
  const body = ctx.req.body as Record<string, unknown> | undefined;
  if (!body || typeof body['title'] !== 'string') throw badRequest('title is required.', 'invalidRequest');
  const nowStamp = toGraphUtcStamp(new Date().toISOString());
  const task: SimTodoTask = {
    id: outlookIdFrom('task', 'api', ctx.rt.nextCreated()), title: '', bodyText: '', status: 'notStarted', importance: 'normal', isReminderOn: false,
    categories: [], createdAt: nowStamp, lastModifiedAt: nowStamp, linkedResources: [], checklistItems: [], seq: 0, etagVersion: 0,
  };
  applyTask(task, body);
  touch(ctx, task);
  list.tasks.push(task);
  return ok({ '@odata.context': `${tasksContext(ctx, list)}/$entity`, ...toGraphTodoTask(task) }, 201);
}

function deleteTask(ctx: RouteCtx): GraphResponse {
  const { list, task } = taskOf(ctx);
  list.tasks = list.tasks.filter((t) => t !== task);
  mailboxOf(ctx).removed.set(`task:${list.id}:${task.id}`, { seq: ctx.rt.nextSeq() });
  return noContent();
}

function tasksDelta(ctx: RouteCtx): GraphResponse {
  const list = listOf(ctx);
  const mbx = mailboxOf(ctx);
  const selection = parseSelect(ctx.req, 'todoTask');
  return runDelta(ctx, {
    kind: 'todo', scope: list.id, context: `${tasksContext(ctx, list)}/delta()`, defaultPageSize: 10,
    changes: (since, upto) => {
      const removed = since === 0 ? [] : [...mbx.removed.entries()]
        .filter(([k, t]) => k.startsWith(`task:${list.id}:`) && t.seq > since && t.seq <= upto)
        .map(([k]) => ({ '@odata.type': '#microsoft.graph.todoTask', id: k.slice(`task:${list.id}:`.length), '@removed': { reason: 'deleted' } }));
      const current = listOf(ctx).tasks.filter((t) => t.seq > since && t.seq <= upto).map((t) => applySelect(toGraphTodoTask(t), selection));
      return [...removed, ...current];
    },
  });
}

function createList(ctx: RouteCtx): GraphResponse {
  const body = ctx.req.body as { displayName?: unknown } | undefined;
  if (typeof body?.displayName !== 'string') throw badRequest('displayName is required.', 'invalidRequest');
  const list: SimTodoList = { id: outlookIdFrom('list', 'api', ctx.rt.nextCreated()), displayName: body.displayName, isOwner: true, isShared: false, wellknownListName: 'none', tasks: [] };
  mailboxOf(ctx).todoLists.push(list);
  return ok({ '@odata.context': `${listContext(ctx)}/$entity`, ...toGraphTodoList(list) }, 201);
}

export const todoRoutes: RouteDef[] = [
  { method: 'GET', pattern: '~/todo/lists', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'todoTaskList');
    const page = pageOf(mailboxOf(ctx).todoLists, ctx.req, ctx.baseUrl, { defaultSize: 100, maxSize: 1000, style: 'skip', topIsPageSize: true });
    return ok(collection(listContext(ctx), { ...page, items: page.items.map((l) => applySelect(toGraphTodoList(l), selection)) }));
  } },
  { method: 'POST', pattern: '~/todo/lists', ...write, body: 'todoTaskList', handler: createList },
  { method: 'GET', pattern: '~/todo/lists/:listId', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'todoTaskList');
    return ok({ '@odata.context': `${listContext(ctx)}/$entity`, ...applySelect(toGraphTodoList(listOf(ctx)), selection) });
  } },
  { method: 'PATCH', pattern: '~/todo/lists/:listId', ...write, body: 'todoTaskList', handler: (ctx) => {
    const list = listOf(ctx);
    const name = (ctx.req.body as { displayName?: unknown } | undefined)?.displayName;
    if (typeof name === 'string') list.displayName = name;
    return ok({ '@odata.context': `${listContext(ctx)}/$entity`, ...toGraphTodoList(list) });
  } },
  { method: 'DELETE', pattern: '~/todo/lists/:listId', ...write, handler: (ctx) => {
    const list = listOf(ctx);
    if (list.wellknownListName !== 'none') throw badRequest('The default list cannot be deleted.', 'invalidRequest');
    const mbx = mailboxOf(ctx);
    mbx.todoLists = mbx.todoLists.filter((l) => l !== list);
    return noContent();
  } },
  { method: 'GET', pattern: '~/todo/lists/:listId/tasks', ...read, handler: listTasks },
  { method: 'POST', pattern: '~/todo/lists/:listId/tasks', ...write, body: 'todoTask', handler: createTask },
  { method: 'GET', pattern: '~/todo/lists/:listId/tasks/delta', ...read, handler: tasksDelta },
  { method: 'GET', pattern: '~/todo/lists/:listId/tasks/:taskId', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'todoTask');
    const { list, task } = taskOf(ctx);
    const exp = expandsChecklist(ctx);
    return ok({ '@odata.context': `${tasksContext(ctx, list)}/$entity`, ...applySelect(toGraphTodoTask(task, exp), selection, exp ? ['checklistItems'] : []) });
  } },
  { method: 'PATCH', pattern: '~/todo/lists/:listId/tasks/:taskId', ...write, body: 'todoTask', handler: (ctx) => {
    const { list, task } = taskOf(ctx);
    const body = ctx.req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.');
    applyTask(task, body);
    touch(ctx, task);
    return ok({ '@odata.context': `${tasksContext(ctx, list)}/$entity`, ...toGraphTodoTask(task) });
  } },
  { method: 'DELETE', pattern: '~/todo/lists/:listId/tasks/:taskId', ...write, handler: deleteTask },
  { method: 'GET', pattern: '~/todo/lists/:listId/tasks/:taskId/checklistItems', ...read, handler: (ctx) => {
    const selection = parseSelect(ctx.req, 'checklistItem');
    const { list, task } = taskOf(ctx);
    return ok({ '@odata.context': `${tasksContext(ctx, list)}('${encodeURIComponent(task.id)}')/checklistItems`, value: task.checklistItems.map((c) => applySelect(toGraphChecklistItem(c), selection)) });
  } },
  { method: 'POST', pattern: '~/todo/lists/:listId/tasks/:taskId/checklistItems', ...write, body: 'checklistItem', handler: (ctx) => {
    const { list, task } = taskOf(ctx);
    const body = ctx.req.body as { displayName?: unknown; isChecked?: unknown } | undefined;
    if (typeof body?.displayName !== 'string') throw badRequest('displayName is required.', 'invalidRequest');
    const nowIso = toGraphUtcStamp(new Date().toISOString());
    const item = { id: guidFrom('cl', task.id, ctx.rt.nextCreated()), displayName: body.displayName, isChecked: body.isChecked === true, createdAt: nowIso, ...(body.isChecked === true ? { checkedAt: nowIso } : {}) };
    task.checklistItems.push(item);
    touch(ctx, task);
    return ok({ '@odata.context': `${tasksContext(ctx, list)}('${encodeURIComponent(task.id)}')/checklistItems/$entity`, ...toGraphChecklistItem(item) }, 201);
  } },
];
