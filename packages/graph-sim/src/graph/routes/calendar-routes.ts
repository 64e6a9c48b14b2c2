import { toLocation } from '../../demo-org/locations.js';
import { guidFrom, outlookIdFrom } from '../../state/ids.js';
import type { SimAttendee, SimEvent, SimMailbox, SimPerson, SimRecurrence } from '../../state/types.js';
import { parseDateTimeTimeZone, parseQueryInstant } from '../../time/graph-time.js';
import { toIanaZone, toWindowsZone } from '../../time/windows-zones.js';
import { runDelta } from '../delta.js';
import { calendarViewInstances, expandSeries, findEventInstance, type EventInstance } from '../expand-events.js';
import { badRequest, GraphHttpError, noContent, notFound, ok, type GraphResponse } from '../graph-http.js';
import { collection, pageOf, preferValues, selectedFields } from '../odata.js';
import { DENY, mailboxOf, SCOPES, subjectOf, type RouteCtx, type RouteDef } from '../route-types.js';
import { applySelect, parseSelect } from '../schema/select-properties.js';
import { preferredZone, toGraphEvent } from '../serialize.js';

const calRead = { ...SCOPES.calRead, mailbox: true, deny: DENY.outlook };
/** The id of a person's default calendar. */
const calendarIdOf = (p: SimPerson) => outlookIdFrom('calendar', p.id);
const calWrite = { ...SCOPES.calWrite, mailbox: true, deny: DENY.outlook };

/** The zone the response uses: `Prefer: outlook.timezone` if valid (→ Preference-Applied), else UTC. */
function responseZone(ctx: RouteCtx): { zone: string; headers: Record<string, string> } {
  const wanted = preferredZone(preferValues(ctx.req).get('outlook.timezone'));
  return wanted ? { zone: wanted, headers: { 'preference-applied': `outlook.timezone="${wanted}"` } } : { zone: 'UTC', headers: {} };
}

function windowOf(ctx: RouteCtx): [string, string] {
  const s = ctx.req.query.get('startdatetime');
  const e = ctx.req.query.get('enddatetime');
  if (!s || !e) {
    throw new GraphHttpError(400, 'ErrorInvalidParameter', 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.');
  }
  const from = parseQueryInstant(s);
  const to = parseQueryInstant(e);
  if (!from || !to) throw new GraphHttpError(400, 'ErrorInvalidDatetimeFormat', 'The value of StartDateTime or EndDateTime is not a valid date/time.');
  return [from, to];
}

function calendarView(ctx: RouteCtx): GraphResponse {
  const [from, to] = windowOf(ctx);
  const selection = parseSelect(ctx.req, 'event');
  const { zone, headers } = responseZone(ctx);
  const instances = calendarViewInstances(mailboxOf(ctx).events, from, to);
  const page = pageOf(instances, ctx.req, ctx.baseUrl, { defaultSize: 10, maxSize: 1000, style: 'skiptoken', topIsPageSize: true });
  const items = page.items.map((i) => applySelect(toGraphEvent(i, zone), selection));
  const h = { ...headers, ...(page.preferenceApplied ? { 'preference-applied': [headers['preference-applied'], page.preferenceApplied].filter(Boolean).join(', ') } : {}) };
  return ok(collection(`${ctx.contextBase}/calendarView`, { ...page, items }), 200, h);
}

function calendarViewDelta(ctx: RouteCtx): GraphResponse {
  const person = subjectOf(ctx);
  const mbx = mailboxOf(ctx);
  const hasToken = ctx.req.query.has('$deltatoken') || ctx.req.query.has('$skiptoken');
  const window = hasToken ? undefined : windowOf(ctx);
  const { zone, headers } = responseZone(ctx);
  const res = runDelta(ctx, {
    kind: 'cal', scope: person.id, context: `${ctx.baseUrl}/v1.0/$metadata#Collection(event)`, defaultPageSize: 10, ...(window ? { window } : {}),
    changes: (since, upto, w) => {
      const [from, to] = w ?? ['1970-01-01T00:00:00Z', '2100-01-01T00:00:00Z'];
      const changed = mbx.events.filter((e) => e.seq > since && e.seq <= upto);
      const current = calendarViewInstances(changed, from, to).map((i) => ({ '@odata.type': '#microsoft.graph.event', ...toGraphEvent(i, zone) }));
      const removed: unknown[] = [];
      for (const [key, t] of mbx.removed) {
        if (!key.startsWith('event:') || t.seq <= since || t.seq > upto || since === 0) continue;
        const ids = t.event?.recurrence ? expandSeries(t.event, from, to).map((i) => i.id) : [key.slice('event:'.length)];
        for (const id of ids) removed.push({ '@odata.type': '#microsoft.graph.event', id, '@removed': { reason: 'deleted' } });
      }
      return [...removed, ...current];
    },
  });
  Object.assign(res.headers, headers);
  return res;
}

function listEvents(ctx: RouteCtx): GraphResponse {
  const selection = parseSelect(ctx.req, 'event');
  const { zone, headers } = responseZone(ctx);
  const items: EventInstance[] = mailboxOf(ctx).events
    .map((ev) => ({ ev, id: ev.id, startAt: ev.startAt, endAt: ev.endAt, type: ev.recurrence ? 'seriesMaster' as const : 'singleInstance' as const, seriesMasterId: null }))
    .sort((a, b) => b.ev.createdAt.localeCompare(a.ev.createdAt) || a.id.localeCompare(b.id));
  const page = pageOf(items, ctx.req, ctx.baseUrl, { defaultSize: 10, maxSize: 1000, style: 'skip', topIsPageSize: true });
  const fields = selectedFields(ctx.req);
  const ctxName = fields ? `${ctx.contextBase}/events(${fields.join(',')})` : `${ctx.contextBase}/events`;
  return ok(collection(ctxName, { ...page, items: page.items.map((i) => applySelect(toGraphEvent(i, zone), selection)) }), 200, headers);
}

function getEvent(ctx: RouteCtx): GraphResponse {
  const selection = parseSelect(ctx.req, 'event');
  const inst = findEventInstance(mailboxOf(ctx).events, ctx.params['id'] ?? '');
  if (!inst) throw notFound();
  const { zone, headers } = responseZone(ctx);
  // With $select, Outlook annotates the event's calendar navigation property (event-get.md, Response 2).
  const calendar = `${ctx.baseUrl}/v1.0/users('${subjectOf(ctx).id}')/calendars('${calendarIdOf(subjectOf(ctx))}')`;
  const links = selection ? { 'calendar@odata.associationLink': `${calendar}/$ref`, 'calendar@odata.navigationLink': calendar } : {};
  return ok({ '@odata.context': `${ctx.contextBase}/events/$entity`, ...applySelect(toGraphEvent(inst, zone), selection), ...links }, 200, headers);
}

function instances(ctx: RouteCtx): GraphResponse {
  const mbx = mailboxOf(ctx);
  const master = mbx.events.find((e) => e.id === ctx.params['id']);
  if (!master) throw notFound();
  const [from, to] = windowOf(ctx);
  const selection = parseSelect(ctx.req, 'event');
  const { zone, headers } = responseZone(ctx);
  const list = master.recurrence ? expandSeries(master, from, to) : calendarViewInstances([master], from, to);
  const page = pageOf(list, ctx.req, ctx.baseUrl, { defaultSize: 10, maxSize: 1000, style: 'skiptoken', topIsPageSize: true });
  const fields = selectedFields(ctx.req);
  return ok(collection(`${ctx.contextBase}/events('${master.id}')/instances${fields ? `(${fields.join(',')})` : ''}`,
    { ...page, items: page.items.map((i) => applySelect(toGraphEvent(i, zone), selection)) }), 200, headers);
}

const lower = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v.charAt(0).toLowerCase() + v.slice(1) : fallback);

function readRecurrence(raw: unknown, zone: string): SimRecurrence | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as { pattern?: Record<string, unknown>; range?: Record<string, unknown> };
  const p = r.pattern ?? {};
  const g = r.range ?? {};
  if (typeof g['startDate'] !== 'string') throw badRequest('Recurrence range startDate is required.', 'ErrorInvalidRequest');
  return {
    pattern: {
      type: lower(p['type'], 'weekly') as SimRecurrence['pattern']['type'],
      interval: Number(p['interval'] ?? 1) || 1,
      month: Number(p['month'] ?? 0),
      dayOfMonth: Number(p['dayOfMonth'] ?? 0),
      daysOfWeek: Array.isArray(p['daysOfWeek']) ? (p['daysOfWeek'] as unknown[]).map((d) => String(d).toLowerCase()) : [],
      firstDayOfWeek: lower(p['firstDayOfWeek'], 'sunday'),
      index: lower(p['index'], 'first'),
    },
    range: {
      type: lower(g['type'], 'noEnd') as SimRecurrence['range']['type'],
      startDate: g['startDate'],
      endDate: typeof g['endDate'] === 'string' ? g['endDate'] : '0001-01-01',
      recurrenceTimeZone: typeof g['recurrenceTimeZone'] === 'string' ? g['recurrenceTimeZone'] : toWindowsZone(zone) ?? zone,
      numberOfOccurrences: Number(g['numberOfOccurrences'] ?? 0),
    },
  };
}

function readAttendees(raw: unknown, rt: RouteCtx['rt']): SimAttendee[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((a: { emailAddress?: { address?: string; name?: string }; type?: string }) => {
    const address = String(a.emailAddress?.address ?? '');
    return { name: a.emailAddress?.name ?? rt.personByAddress(address)?.displayName ?? address, address, type: lower(a.type, 'required') as SimAttendee['type'],
      response: 'none' as const, responseAt: '0001-01-01T00:00:00Z' };
  });
}

function applyEventBody(ev: SimEvent, body: Record<string, unknown>, rt: RouteCtx['rt']): void {
  if (typeof body['subject'] === 'string') ev.subject = body['subject'];
  const b = body['body'] as { content?: string; contentType?: string } | undefined;
  if (b && typeof b.content === 'string') {
    ev.bodyHtml = String(b.contentType ?? 'html').toLowerCase() === 'text'
      ? `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${escapeHtml(b.content)}</body></html>`
      : `<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${b.content}\r\n</body>\r\n</html>\r\n`;
  }
  if (typeof body['isAllDay'] === 'boolean') ev.isAllDay = body['isAllDay'];
  const startRaw = body['start'] as { timeZone?: string } | undefined;
  if (startRaw) {
    const start = parseDateTimeTimeZone(startRaw);
    if (!start) throw badRequest('Invalid start time or time zone.', 'ErrorInvalidRequest');
    ev.startAt = start;
    const zone = toIanaZone(startRaw.timeZone ?? 'UTC') ?? 'Etc/UTC';
    ev.zone = zone;
    ev.originalZoneName = toWindowsZone(zone) ?? startRaw.timeZone ?? 'UTC';
  }
  if (body['end']) {
    const end = parseDateTimeTimeZone(body['end']);
    if (!end) throw badRequest('Invalid end time or time zone.', 'ErrorInvalidRequest');
    ev.endAt = end;
  }
  if (Date.parse(ev.endAt) < Date.parse(ev.startAt)) throw badRequest('The end time must be after the start time.', 'ErrorInvalidRequest');
  if (typeof body['showAs'] === 'string') ev.showAs = lower(body['showAs'], 'busy') as SimEvent['showAs'];
  if (typeof body['sensitivity'] === 'string') ev.sensitivity = lower(body['sensitivity'], 'normal') as SimEvent['sensitivity'];
  if (typeof body['importance'] === 'string') ev.importance = lower(body['importance'], 'normal') as SimEvent['importance'];
  if (Array.isArray(body['categories'])) ev.categories = (body['categories'] as unknown[]).map(String);
  if (body['location'] && typeof body['location'] === 'object') ev.location = toLocation('', body['location'] as Record<string, unknown>);
  if (typeof body['isOnlineMeeting'] === 'boolean') ev.isOnlineMeeting = body['isOnlineMeeting'];
  if (typeof body['reminderMinutesBeforeStart'] === 'number') ev.reminderMinutesBeforeStart = body['reminderMinutesBeforeStart'];
  if ('attendees' in body) ev.attendees = readAttendees(body['attendees'], rt);
  if ('recurrence' in body) {
    ev.recurrence = readRecurrence(body['recurrence'], ev.zone);
    ev.type = ev.recurrence ? 'seriesMaster' : 'singleInstance';
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function touch(ev: SimEvent, ctx: RouteCtx): void {
  ev.seq = ctx.rt.nextSeq();
  ev.lastModifiedAt = new Date().toISOString();
  ev.changeKey = outlookIdFrom('ck', ev.id, String(ev.seq)).slice(6, 30);
}

function createEvent(ctx: RouteCtx): GraphResponse {
  const body = ctx.req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.');
  if (!body['start'] || !body['end']) throw badRequest('The start and end of the event are required.', 'ErrorInvalidRequest');
  const me = subjectOf(ctx);
  const mbx = mailboxOf(ctx);
  const { zone, headers } = responseZone(ctx);
  const txn = typeof body['transactionId'] === 'string' ? body['transactionId'] : null;
  const existing = txn ? mbx.events.find((e) => e.transactionId === txn) : undefined;
  if (existing) return ok({ '@odata.context': `${ctx.contextBase}/events/$entity`, ...toGraphEvent(asInstance(existing), zone) }, 201, headers);
  const key = ctx.rt.nextCreated();
  const nowIso = new Date().toISOString();
  const ev: SimEvent = {
    id: outlookIdFrom('event', 'api', key, me.id), iCalUId: `040000008200E00074C5B7101A82E008${guidFrom('ical', key).replace(/-/g, '').toUpperCase()}`,
    changeKey: '', createdAt: nowIso, lastModifiedAt: nowIso, subject: '', bodyHtml: '', startAt: nowIso, endAt: nowIso, zone: 'Etc/UTC', originalZoneName: 'UTC',
    isAllDay: false, isCancelled: false, showAs: 'busy', sensitivity: 'normal', importance: 'normal', categories: [], location: toLocation(''),
    isOnlineMeeting: false, organizer: { name: me.displayName, address: me.userPrincipalName }, attendees: [], response: 'organizer', responseAt: '0001-01-01T00:00:00Z',
    recurrence: null, type: 'singleInstance', reminderMinutesBeforeStart: 15, transactionId: txn, seq: 0,
  };
  applyEventBody(ev, body, ctx.rt);
  touch(ev, ctx);
  mbx.events.push(ev);
  // Invitations land in the attendees' calendars (as Exchange does), not yet answered.
  for (const a of ev.attendees) {
    const person = ctx.rt.personByAddress(a.address);
    if (!person || person.id === me.id) continue;
    const copy: SimEvent = { ...ev, id: outlookIdFrom('event', 'api', key, person.id), response: 'notResponded', responseAt: '0001-01-01T00:00:00Z', attendees: ev.attendees.map((x) => ({ ...x })) };
    touch(copy, ctx);
    ctx.rt.mailbox(person).events.push(copy);
  }
  return ok({ '@odata.context': `${ctx.contextBase}/events/$entity`, ...toGraphEvent(asInstance(ev), zone) }, 201, headers);
}

const asInstance = (ev: SimEvent): EventInstance => ({ ev, id: ev.id, startAt: ev.startAt, endAt: ev.endAt, type: ev.recurrence ? 'seriesMaster' : 'singleInstance', seriesMasterId: null });

function ownEvent(ctx: RouteCtx): { mbx: SimMailbox; ev: SimEvent } {
  const mbx = mailboxOf(ctx);
  const id = ctx.params['id'] ?? '';
  const ev = mbx.events.find((e) => e.id === id);
  if (!ev) {
    if (findEventInstance(mbx.events, id)) throw badRequest('Changing a single occurrence is not supported by the simulator; change the series.', 'ErrorInvalidRequest');
    throw notFound();
  }
  return { mbx, ev };
}

function patchEvent(ctx: RouteCtx): GraphResponse {
  const { ev } = ownEvent(ctx);
  const body = ctx.req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.');
  applyEventBody(ev, body, ctx.rt);
  touch(ev, ctx);
  const { zone, headers } = responseZone(ctx);
  return ok({ '@odata.context': `${ctx.contextBase}/events/$entity`, ...toGraphEvent(asInstance(ev), zone) }, 200, headers);
}

function deleteEvent(ctx: RouteCtx): GraphResponse {
  const { mbx, ev } = ownEvent(ctx);
  mbx.events = mbx.events.filter((e) => e !== ev);
  mbx.removed.set(`event:${ev.id}`, { seq: ctx.rt.nextSeq(), event: ev });
  return noContent();
}

const STATUS_DIGIT: Record<string, number> = { free: 0, tentative: 1, busy: 2, oof: 3, workingElsewhere: 4, unknown: 0 };
const RANK: Record<number, number> = { 0: 0, 4: 1, 1: 2, 2: 3, 3: 4 };

function getSchedule(ctx: RouteCtx): GraphResponse {
  // Parameter names as the CSDL spells them (the body was read case-insensitively against `getSchedule(calendar)`).
  const body = ctx.req.body as { Schedules?: unknown; StartTime?: unknown; EndTime?: unknown; AvailabilityViewInterval?: unknown } | undefined;
  if (!body || !Array.isArray(body.Schedules) || body.Schedules.length === 0) throw badRequest('schedules is required.', 'ErrorInvalidParameter');
  if (body.Schedules.length > 20) throw badRequest('The number of schedules exceeds the limit of 20.', 'ErrorInvalidParameter');
  const from = parseDateTimeTimeZone(body.StartTime);
  const to = parseDateTimeTimeZone(body.EndTime);
  if (!from || !to || Date.parse(to) <= Date.parse(from)) throw badRequest('startTime and endTime must be valid dateTimeTimeZone values, end after start.', 'ErrorInvalidParameter');
  if (Date.parse(to) - Date.parse(from) >= 62 * 86400_000) throw badRequest('The time window must be shorter than 62 days.', 'ErrorInvalidParameter');
  const interval = body.AvailabilityViewInterval === undefined || body.AvailabilityViewInterval === null ? 30 : Number(body.AvailabilityViewInterval);
  if (!Number.isInteger(interval) || interval < 5 || interval > 1440) throw badRequest('availabilityViewInterval must be between 5 and 1440.', 'ErrorInvalidParameter');
  const { zone, headers } = responseZone(ctx);
  const slots = Math.ceil((Date.parse(to) - Date.parse(from)) / (interval * 60_000));
  const value = body.Schedules.map((raw) => {
    const scheduleId = String(raw);
    const person: SimPerson | undefined = ctx.rt.personByAddress(scheduleId);
    if (!person) {
      return { scheduleId, availabilityView: '', scheduleItems: [], error: { message: 'The specified address is not found or not valid.', responseCode: 'ErrorMailRecipientNotFound' } };
    }
    const mbx = ctx.rt.mailbox(person);
    const busy = calendarViewInstances(mbx.events, from, to).filter((i) => !i.ev.isCancelled && i.ev.showAs !== 'free');
    const view: number[] = Array.from({ length: slots }, () => 0);
    for (const i of busy) {
      const digit = STATUS_DIGIT[i.ev.showAs] ?? 2;
      for (let s = 0; s < slots; s += 1) {
        const a = Date.parse(from) + s * interval * 60_000;
        const b = a + interval * 60_000;
        if (Date.parse(i.startAt) < b && Date.parse(i.endAt) > a && (RANK[digit] ?? 0) > (RANK[view[s] ?? 0] ?? 0)) view[s] = digit;
      }
    }
    const wh = mbx.settings.workingHours;
    return {
      scheduleId,
      availabilityView: view.join(''),
      scheduleItems: busy.map((i) => {
        const ev = toGraphEvent(i, zone);
        const isPrivate = i.ev.sensitivity === 'private';
        return { isPrivate, status: i.ev.showAs, ...(isPrivate ? {} : { subject: i.ev.subject, location: String(i.ev.location['displayName'] ?? '') }), start: ev['start'], end: ev['end'] };
      }),
      workingHours: { daysOfWeek: [...wh.daysOfWeek], startTime: wh.startTime, endTime: wh.endTime, timeZone: { ...wh.timeZone } },
    };
  });
  return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)`, value }, 200, headers);
}

export const calendarRoutes: RouteDef[] = [
  { method: 'GET', pattern: '~/calendarView', ...calRead, handler: calendarView },
  { method: 'GET', pattern: '~/calendar/calendarView', ...calRead, handler: calendarView },
  { method: 'GET', pattern: '~/calendarView/delta', ...calRead, handler: calendarViewDelta },
  { method: 'GET', pattern: '~/events', ...calRead, handler: listEvents },
  { method: 'GET', pattern: '~/calendar/events', ...calRead, handler: listEvents },
  { method: 'POST', pattern: '~/events', ...calWrite, body: 'event', handler: createEvent },
  { method: 'POST', pattern: '~/calendar/events', ...calWrite, body: 'event', handler: createEvent },
  { method: 'GET', pattern: '~/events/:id', ...calRead, handler: getEvent },
  { method: 'PATCH', pattern: '~/events/:id', ...calWrite, body: 'event', handler: patchEvent },
  { method: 'DELETE', pattern: '~/events/:id', ...calWrite, handler: deleteEvent },
  { method: 'GET', pattern: '~/events/:id/instances', ...calRead, handler: instances },
  { method: 'POST', pattern: '~/calendar/getSchedule', ...SCOPES.calRead, mailbox: true, deny: DENY.outlook, body: 'getSchedule(calendar)', handler: getSchedule },
];

