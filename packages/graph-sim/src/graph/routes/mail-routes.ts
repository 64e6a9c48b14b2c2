import { outlookIdFrom, guidFrom } from '../../state/ids.js';
import { submitMessage } from '../../state/deferred-send.js';
import type { SimMessage, SimPerson, SimRecipient } from '../../state/types.js';
import { toGraphUtcStamp } from '../../time/graph-time.js';
import { badRequest, GraphHttpError, noContent, notFound, ok, type GraphResponse } from '../graph-http.js';
import { collection, pageOf, selectedFields } from '../odata.js';
import { DENY, mailboxOf, SCOPES, subjectOf, type RouteCtx, type RouteDef } from '../route-types.js';
import { applySelect, parseSelect } from '../schema/select-properties.js';
import { toGraphMessage } from '../serialize.js';

const read = { ...SCOPES.mailRead, mailbox: true, deny: DENY.outlook };
const write = { ...SCOPES.mailWrite, mailbox: true, deny: DENY.outlook };
const send = { ...SCOPES.mailSend, mailbox: true, deny: DENY.outlook };

const FOLDERS: Record<string, SimMessage['folder']> = { inbox: 'inbox', drafts: 'drafts', outbox: 'outbox', sentitems: 'sentitems', deleteditems: 'deleteditems' };

type Pred = (m: SimMessage) => boolean;

/** Splits on ` and ` outside parentheses and quotes. */
function splitAnd(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let start = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i];
    if (c === "'") quote = !quote;
    else if (!quote && c === '(') depth += 1;
    else if (!quote && c === ')') depth -= 1;
    else if (!quote && depth === 0 && /^\sand\s/i.test(s.slice(i, i + 5))) {
      out.push(s.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

const unq = (s: string) => s.replace(/''/g, "'");

/**
 * The `$filter` forms the gateway uses on messages (and a few simple comparisons). `indexed` says whether the
 * search index already sees a message: the extended-property form finds only those (search lag).
 */
export function parseMessageFilter(filter: string, indexed: Pred = () => true): Pred {
  const preds = splitAnd(filter.trim()).map((clause): Pred => {
    let m = /^singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*\1\/id\s+eq\s+'((?:[^']|'')*)'\s+and\s+\1\/value\s+eq\s+'((?:[^']|'')*)'\s*\)$/i.exec(clause);
    if (m) {
      const id = unq(m[2] ?? '');
      const value = unq(m[3] ?? '').toLowerCase();
      return (msg) => indexed(msg) && msg.extendedProperties.some((p) => sameExtendedPropertyId(p.id, id) && p.value.toLowerCase() === value);
    }
    m = /^(toRecipients|ccRecipients|bccRecipients)\/any\(\s*(\w+)\s*:\s*\2\/emailAddress\/address\s+eq\s+'((?:[^']|'')*)'\s*\)$/i.exec(clause);
    if (m) {
      const field = (m[1] ?? '').toLowerCase();
      const address = unq(m[3] ?? '').toLowerCase();
      return (msg) => (field === 'torecipients' ? msg.toRecipients : field === 'ccrecipients' ? msg.ccRecipients : msg.bccRecipients).some((r) => r.address.toLowerCase() === address);
    }
    m = /^(from|sender)\/emailAddress\/address\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause);
    if (m) {
      const address = unq(m[2] ?? '').toLowerCase();
      return (msg) => msg.from.address.toLowerCase() === address;
    }
    m = /^isDraft\s+eq\s+(true|false)$/i.exec(clause);
    if (m) {
      const want = m[1]?.toLowerCase() === 'true';
      return (msg) => msg.isDraft === want;
    }
    m = /^(sentDateTime|receivedDateTime|createdDateTime)\s+(ge|gt|le|lt|eq)\s+(\S+)$/i.exec(clause);
    if (m) {
      const field = (m[1] ?? '').toLowerCase();
      const op = (m[2] ?? '').toLowerCase();
      const at = Date.parse(m[3] ?? '');
      if (Number.isNaN(at)) throw badRequest(`Invalid date in $filter: ${m[3]}`, 'ErrorInvalidUrlQueryFilter');
      return (msg) => {
        const v = Date.parse((field === 'sentdatetime' ? msg.sentAt : field === 'receiveddatetime' ? msg.receivedAt : msg.createdAt) ?? '');
        return op === 'ge' ? v >= at : op === 'gt' ? v > at : op === 'le' ? v <= at : op === 'lt' ? v < at : v === at;
      };
    }
    m = /^flag\/flagStatus\s+eq\s+'(\w+)'$/i.exec(clause);
    if (m) {
      const want = (m[1] ?? '').toLowerCase();
      return (msg) => msg.flagStatus.toLowerCase() === want;
    }
    throw new GraphHttpError(400, 'ErrorInvalidUrlQueryFilter', `The query filter contains one or more invalid nodes (simulator does not support: ${clause}).`);
  });
  return (msg) => preds.every((p) => p(msg));
}

/** Extended property ids: the GUID part is case-insensitive, the Name is case-sensitive. */
function sameExtendedPropertyId(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\{[0-9a-f-]+\}/i, (g) => g.toLowerCase()).replace(/^\w+/, (t) => t.toLowerCase());
  return norm(a) === norm(b);
}

function orderBy(list: SimMessage[], raw: string | undefined): SimMessage[] {
  const [field = 'receivedDateTime', dir = 'desc'] = (raw ?? 'receivedDateTime desc').trim().split(/\s+/);
  const key = (m: SimMessage) => (field.toLowerCase() === 'sentdatetime' ? m.sentAt ?? m.createdAt : field.toLowerCase() === 'createddatetime' ? m.createdAt : m.receivedAt);
  const sign = dir.toLowerCase() === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => sign * key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
}

function listMessages(ctx: RouteCtx, folder?: SimMessage['folder']): GraphResponse {
  const selection = parseSelect(ctx.req, 'message');
  let list = mailboxOf(ctx).messages.filter((m) => (folder ? m.folder === folder : m.folder !== 'deleteditems'));
  const filter = ctx.req.query.get('$filter');
  const lagMs = ctx.rt.faults.searchLagMs();
  const nowMs = Date.now();
  if (filter) list = list.filter(parseMessageFilter(filter, (m) => m.indexedAtMs === undefined || nowMs - m.indexedAtMs >= lagMs));
  list = orderBy(list, ctx.req.query.get('$orderby'));
  const page = pageOf(list, ctx.req, ctx.baseUrl, { defaultSize: 10, maxSize: 1000, style: 'skip', topIsPageSize: true });
  const fields = selectedFields(ctx.req);
  const context = `${ctx.contextBase}/${folder ? `mailFolders('${folder}')/` : ''}messages${fields ? `(${fields.join(',')})` : ''}`;
  return ok(collection(context, { ...page, items: page.items.map((m) => applySelect(toGraphMessage(m, ctx.rt), selection)) }));
}

function folderParam(ctx: RouteCtx): SimMessage['folder'] {
  const raw = (ctx.params['folder'] ?? '').toLowerCase();
  const f = FOLDERS[raw] ?? Object.values(FOLDERS).find((x) => `aamkadfolder${x}aaa=` === raw);
  if (!f) throw notFound('The specified folder could not be found in the store.');
  return f;
}

function messageOf(ctx: RouteCtx): SimMessage {
  const m = mailboxOf(ctx).messages.find((x) => x.id === ctx.params['id']);
  if (!m) throw notFound();
  return m;
}

function recipients(raw: unknown, ctx: RouteCtx): SimRecipient[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((r: { emailAddress?: { address?: string; name?: string } }) => {
    const address = String(r.emailAddress?.address ?? '');
    return { address, name: r.emailAddress?.name ?? ctx.rt.personByAddress(address)?.displayName ?? address };
  });
}

function wrapHtml(content: string): string {
  return `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n<meta content="text/html; charset=us-ascii">\r\n</head>\r\n<body>\r\n${content}\r\n</body>\r\n</html>\r\n`;
}

function applyMessage(msg: SimMessage, body: Record<string, unknown>, ctx: RouteCtx): void {
  if (typeof body['subject'] === 'string') msg.subject = body['subject'].replace(/[\r\n]+/g, ' ');
  const b = body['body'] as { contentType?: string; content?: string } | undefined;
  if (b && typeof b.content === 'string') {
    msg.bodyContentType = String(b.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text';
    msg.bodyContent = msg.bodyContentType === 'html' ? wrapHtml(b.content) : b.content;
  }
  if ('toRecipients' in body) msg.toRecipients = recipients(body['toRecipients'], ctx);
  if ('ccRecipients' in body) msg.ccRecipients = recipients(body['ccRecipients'], ctx);
  if ('bccRecipients' in body) msg.bccRecipients = recipients(body['bccRecipients'], ctx);
  if (typeof body['importance'] === 'string') msg.importance = body['importance'].toLowerCase() as SimMessage['importance'];
  if (Array.isArray(body['categories'])) msg.categories = (body['categories'] as unknown[]).map(String);
  if (Array.isArray(body['singleValueExtendedProperties'])) {
    msg.indexedAtMs = Date.now();
    for (const p of body['singleValueExtendedProperties'] as { id?: unknown; value?: unknown }[]) {
      if (typeof p.id !== 'string' || typeof p.value !== 'string') throw badRequest('Extended property id and value must be strings.', 'ErrorInvalidExtendedPropertyValue');
      if (/^SystemTime\s/i.test(p.id.trim()) && Number.isNaN(Date.parse(p.value))) {
        throw badRequest(`The value '${p.value}' of extended property '${p.id}' is not a valid SystemTime.`, 'ErrorInvalidExtendedPropertyValue');
      }
      const existing = msg.extendedProperties.find((x) => x.id === p.id);
      if (existing) existing.value = p.value;
      else msg.extendedProperties.push({ id: p.id, value: p.value });
    }
  }
}

/** A MIME message sent as base64 `text/plain`: only the headers the simulator needs. */
function parseMime(text: unknown): Record<string, unknown> {
  const raw = typeof text === 'string' ? text.replace(/\s+/g, '') : '';
  if (!raw || !/^[A-Za-z0-9+/]+={0,2}$/.test(raw) || raw.length % 4 !== 0) {
    throw new GraphHttpError(400, 'ErrorMimeContentInvalidBase64String', 'Invalid base64 string for MIME content.');
  }
  const mime = Buffer.from(raw, 'base64').toString('utf8');
  const [head = '', ...rest] = mime.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const addr = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean).map((x) => {
    const m = /^(.*)<([^>]+)>$/.exec(x);
    return { emailAddress: { address: (m?.[2] ?? x).trim(), ...(m?.[1]?.trim() ? { name: m[1].trim().replace(/^"|"$/g, '') } : {}) } };
  });
  return { subject: headers.get('subject') ?? '', toRecipients: addr(headers.get('to')), ccRecipients: addr(headers.get('cc')), body: { contentType: 'text', content: rest.join('\n\n').slice(0, 2000) } };
}

function newMessage(ctx: RouteCtx, me: SimPerson): SimMessage {
  const now = toGraphUtcStamp(new Date().toISOString()).replace(/\.\d+Z$/, 'Z');
  const key = ctx.rt.nextCreated();
  return {
    id: outlookIdFrom('msg', 'api', key, me.id), folder: 'drafts', subject: '', bodyContentType: 'text', bodyContent: '',
    from: { name: me.displayName, address: me.userPrincipalName }, toRecipients: [], ccRecipients: [], bccRecipients: [],
    createdAt: now, lastModifiedAt: now, sentAt: null, receivedAt: now, isDraft: true, isRead: true, importance: 'normal', flagStatus: 'notFlagged',
    conversationId: `AAQkAD${guidFrom('conv', key).replace(/-/g, '').slice(0, 24)}=`, internetMessageId: `<${guidFrom('imid', key)}@northwind.example>`,
    changeKey: guidFrom('ck', key).replace(/-/g, '').slice(0, 24), extendedProperties: [], categories: [],
  };
}

function bodyOrMime(ctx: RouteCtx): Record<string, unknown> {
  const ct = ctx.req.headers['content-type'] ?? '';
  if (ct.toLowerCase().startsWith('text/plain')) return parseMime(ctx.req.body);
  const body = ctx.req.body;
  if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.', 'ErrorInvalidRequest');
  return body as Record<string, unknown>;
}

function createDraft(ctx: RouteCtx): GraphResponse {
  const me = subjectOf(ctx);
  const msg = newMessage(ctx, me);
  applyMessage(msg, bodyOrMime(ctx), ctx);
  mailboxOf(ctx).messages.push(msg);
  return ok({ '@odata.context': `${ctx.contextBase}/messages/$entity`, ...toGraphMessage(msg, ctx.rt) }, 201);
}

function getMessage(ctx: RouteCtx): GraphResponse {
  const selection = parseSelect(ctx.req, 'message');
  const msg = messageOf(ctx);
  const out: Record<string, unknown> = { '@odata.context': `${ctx.contextBase}/messages/$entity`,
    '@odata.id': `${ctx.baseUrl}/v1.0/users('${subjectOf(ctx).id}')/messages('${msg.id}')`, ...applySelect(toGraphMessage(msg, ctx.rt), selection) };
  const expand = ctx.req.query.get('$expand');
  if (expand) {
    const m = /^singleValueExtendedProperties(?:\(\s*\$filter\s*=\s*id\s+eq\s+'((?:[^']|'')*)'\s*\))?$/i.exec(expand.trim());
    if (!m) throw badRequest(`$expand '${expand}' is not supported by the simulator.`, 'ErrorInvalidUrlQuery');
    const props = msg.extendedProperties.filter((p) => !m[1] || sameExtendedPropertyId(p.id, unq(m[1])));
    out['singleValueExtendedProperties'] = props.map((p) => ({ id: p.id, value: p.value }));
  }
  return ok(out);
}

function sendExisting(ctx: RouteCtx): GraphResponse {
  const msg = messageOf(ctx);
  if (!msg.isDraft) throw new GraphHttpError(400, 'ErrorInvalidOperation', 'Only drafts can be sent.');
  if (msg.toRecipients.length + msg.ccRecipients.length + msg.bccRecipients.length === 0) throw badRequest('At least one recipient is required.', 'ErrorInvalidRecipients');
  // A deferred send time (PidTagDeferredSendTime) still ahead keeps it in the Outbox until then.
  submitMessage(msg, ctx.rt.clockMs());
  return { status: 202, headers: { 'content-length': '0' } };
}

function sendMail(ctx: RouteCtx): GraphResponse {
  const ct = ctx.req.headers['content-type'] ?? '';
  const mime = ct.toLowerCase().startsWith('text/plain');
  const body = bodyOrMime(ctx);
  // Parameter names as the CSDL spells them (the body was read case-insensitively against `sendMail(user)`).
  const message = mime ? body : (body['Message'] as Record<string, unknown> | undefined);
  if (!message || typeof message !== 'object') throw badRequest('The message parameter is required.', 'ErrorInvalidRequest');
  const msg = newMessage(ctx, subjectOf(ctx));
  applyMessage(msg, message, ctx);
  if (msg.toRecipients.length + msg.ccRecipients.length + msg.bccRecipients.length === 0) throw badRequest('At least one recipient is required.', 'ErrorInvalidRecipients');
  submitMessage(msg, ctx.rt.clockMs());
  const save = mime ? true : body['SaveToSentItems'] !== false;
  // Nothing is delivered; the message is recorded (in Sent Items unless saveToSentItems is false, then only in the demo log).
  if (!save && msg.folder === 'sentitems') msg.folder = 'deleteditems';
  mailboxOf(ctx).messages.push(msg);
  return { status: 202, headers: { 'content-length': '0' } };
}

/** `reply`, `replyAll` and `forward` (with `comment`; `toRecipients` for a forward): sent at once, nothing delivered. */
function respond(kind: 'reply' | 'replyAll' | 'forward') {
  return (ctx: RouteCtx): GraphResponse => {
    const original = messageOf(ctx);
    const me = subjectOf(ctx);
    const body = (ctx.req.body && typeof ctx.req.body === 'object' ? ctx.req.body : {}) as Record<string, unknown>;
    const param = (name: string) => Object.entries(body).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    const msg = newMessage(ctx, me);
    msg.subject = `${kind === 'forward' ? 'FW' : 'RE'}: ${original.subject}`;
    const comment = param('comment');
    msg.bodyContent = typeof comment === 'string' ? comment : '';
    const others = (list: SimRecipient[]) => list.filter((r) => r.address.toLowerCase() !== me.userPrincipalName.toLowerCase());
    msg.toRecipients = kind === 'forward' ? recipients(param('toRecipients'), ctx) : kind === 'reply' ? [original.from] : others([original.from, ...original.toRecipients]);
    if (kind === 'replyAll') msg.ccRecipients = others(original.ccRecipients);
    if (msg.toRecipients.length === 0) throw badRequest('At least one recipient is required.', 'ErrorInvalidRecipients');
    submitMessage(msg, ctx.rt.clockMs());
    mailboxOf(ctx).messages.push(msg);
    return { status: 202, headers: { 'content-length': '0' } };
  };
}

export const mailRoutes: RouteDef[] = [
  { method: 'GET', pattern: '~/messages', ...read, handler: (ctx) => listMessages(ctx) },
  { method: 'GET', pattern: '~/mailFolders/:folder/messages', ...read, handler: (ctx) => listMessages(ctx, folderParam(ctx)) },
  { method: 'POST', pattern: '~/messages', ...write, body: 'message', handler: createDraft },
  { method: 'GET', pattern: '~/messages/:id', ...read, handler: getMessage },
  { method: 'PATCH', pattern: '~/messages/:id', ...write, body: 'message', handler: (ctx) => {
    const msg = messageOf(ctx);
    const body = ctx.req.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.', 'ErrorInvalidRequest');
    if (!msg.isDraft && Object.keys(body).some((k) => !['isRead', 'categories', 'flag', 'singleValueExtendedProperties', 'importance'].includes(k))) {
      throw new GraphHttpError(400, 'ErrorInvalidPropertyUpdateSentMessage', 'Update operation is not supported on sent items.');
    }
    applyMessage(msg, body, ctx);
    if (typeof body['isRead'] === 'boolean') msg.isRead = body['isRead'];
    msg.lastModifiedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    return ok({ '@odata.context': `${ctx.contextBase}/messages/$entity`, ...toGraphMessage(msg, ctx.rt) });
  } },
  { method: 'DELETE', pattern: '~/messages/:id', ...write, handler: (ctx) => {
    const msg = messageOf(ctx);
    const mbx = mailboxOf(ctx);
    mbx.messages = mbx.messages.filter((m) => m !== msg);
    return noContent();
  } },
  { method: 'POST', pattern: '~/messages/:id/send', ...send, sends: 'send', handler: sendExisting },
  { method: 'POST', pattern: '~/sendMail', ...send, sends: 'sendMail', body: 'sendMail(user)', handler: sendMail },
  { method: 'POST', pattern: '~/messages/:id/reply', ...send, sends: 'reply', handler: respond('reply') },
  { method: 'POST', pattern: '~/messages/:id/replyAll', ...send, sends: 'replyAll', handler: respond('replyAll') },
  { method: 'POST', pattern: '~/messages/:id/forward', ...send, sends: 'forward', handler: respond('forward') },
];
