import { DateTime } from 'luxon';
import { parseDateTimeTimeZone } from '../../time/graph-time.js';
import { toIanaZone } from '../../time/windows-zones.js';
import { badRequest, GraphHttpError, ok } from '../graph-http.js';
import { collection, pageOf } from '../odata.js';
import { DENY, mailboxOf, SCOPES, subjectOf, type RouteCtx, type RouteDef } from '../route-types.js';
import { applySelect, parseSelect } from '../schema/select-properties.js';
import { toGraphMailboxSettings, toGraphUser, toGraphUserFull } from '../serialize.js';

function getUser(ctx: RouteCtx) {
  const person = subjectOf(ctx);
  const selection = parseSelect(ctx.req, 'user');
  if (!selection) return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#users/$entity`, ...toGraphUser(person) });
  const picked = applySelect(toGraphUserFull(person, mailboxOf(ctx).settings), selection);
  return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#users(${selection.properties.map((p) => p.name).join(',')})/$entity`, ...picked });
}

const SETTINGS = ['automaticRepliesSetting', 'archiveFolder', 'timeZone', 'language', 'workingHours', 'userPurpose', 'dateFormat', 'timeFormat', 'delegateMeetingMessageDeliveryOptions'];

function getSetting(ctx: RouteCtx) {
  const name = SETTINGS.find((s) => s.toLowerCase() === (ctx.params['setting'] ?? '').toLowerCase());
  if (!name) throw badRequest(`Resource not found for the segment '${ctx.params['setting']}'.`);
  const all = toGraphMailboxSettings(mailboxOf(ctx).settings);
  const value = all[name];
  const context = `${ctx.contextBase}/mailboxSettings/${name}`;
  if (value && typeof value === 'object' && name !== 'userPurpose') return ok({ '@odata.context': context, ...(value as object) });
  return ok({ '@odata.context': context, value: name === 'userPurpose' ? (value as { value: string }).value : value });
}

function patchSettings(ctx: RouteCtx) {
  const body = ctx.req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') throw badRequest('Empty Payload. JSON content expected.');
  const s = mailboxOf(ctx).settings;
  const wh = body['workingHours'] as Record<string, unknown> | undefined;
  const startTime = typeof wh?.['startTime'] === 'string' ? normalizeTime(wh['startTime']) : s.workingHours.startTime;
  const endTime = typeof wh?.['endTime'] === 'string' ? normalizeTime(wh['endTime']) : s.workingHours.endTime;
  // Checked before anything changes; codes and messages as user-update-mailboxsettings.md documents them.
  if (typeof body['timeZone'] === 'string' && !toIanaZone(body['timeZone'])) throw new GraphHttpError(400, 'InvalidTimeZone', 'Time Zone settings provided are invalid.');
  if (startTime >= endTime) throw new GraphHttpError(400, 'ErrorInvalidTimeSettings', 'Start Time should occur before End Time.');
  if (typeof body['timeZone'] === 'string') s.timeZone = body['timeZone'];
  if (wh && typeof wh === 'object') {
    if (Array.isArray(wh['daysOfWeek'])) s.workingHours.daysOfWeek = (wh['daysOfWeek'] as string[]).map((x) => String(x).toLowerCase());
    s.workingHours.startTime = startTime;
    s.workingHours.endTime = endTime;
    const tz = wh['timeZone'] as { name?: string } | undefined;
    if (tz?.name) s.workingHours.timeZone = { ...(tz as Record<string, unknown>), name: tz.name };
  }
  const ar = body['automaticRepliesSetting'] as Record<string, unknown> | undefined;
  if (ar && typeof ar === 'object') {
    const a = s.automaticRepliesSetting;
    if (typeof ar['status'] === 'string') a.status = lowerFirst(ar['status']) as typeof a.status;
    if (typeof ar['externalAudience'] === 'string') a.externalAudience = lowerFirst(ar['externalAudience']) as typeof a.externalAudience;
    const start = parseDateTimeTimeZone(ar['scheduledStartDateTime']);
    const end = parseDateTimeTimeZone(ar['scheduledEndDateTime']);
    if (start) a.scheduledStartAt = start;
    if (end) a.scheduledEndAt = end;
    if (typeof ar['internalReplyMessage'] === 'string') a.internalReplyMessage = ar['internalReplyMessage'];
    if (typeof ar['externalReplyMessage'] === 'string') a.externalReplyMessage = ar['externalReplyMessage'];
  }
  const lang = body['language'] as { locale?: string; displayName?: string } | undefined;
  if (lang?.locale) s.language = { locale: lang.locale, displayName: lang.displayName ?? lang.locale };
  if (typeof body['dateFormat'] === 'string') s.dateFormat = body['dateFormat'];
  if (typeof body['timeFormat'] === 'string') s.timeFormat = body['timeFormat'];
  const result = toGraphMailboxSettings(s);
  const changed = Object.fromEntries(Object.keys(body).filter((k) => k in result).map((k) => [k, result[k]]));
  return ok({ '@odata.context': `${ctx.contextBase}/mailboxSettings`, ...changed });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const normalizeTime = (t: string) => (/^\d{2}:\d{2}$/.test(t) ? `${t}:00.0000000` : /^\d{2}:\d{2}:\d{2}$/.test(t) ? `${t}.0000000` : t);

function listPeople(ctx: RouteCtx) {
  const selection = parseSelect(ctx.req, 'person');
  const me = subjectOf(ctx);
  const mbx = mailboxOf(ctx);
  // Relevance: how often and how recently the user mailed or met the person.
  const score = new Map<string, number>();
  for (const m of mbx.messages) {
    for (const r of [...m.toRecipients, ...m.ccRecipients, m.from]) score.set(r.address.toLowerCase(), (score.get(r.address.toLowerCase()) ?? 0) + 3);
  }
  for (const e of mbx.events) for (const a of [...e.attendees, e.organizer]) score.set(a.address.toLowerCase(), (score.get(a.address.toLowerCase()) ?? 0) + 5);
  const people = ctx.rt.world.people
    .filter((p) => p.id !== me.id)
    .map((p) => ({ p, s: score.get(p.userPrincipalName.toLowerCase()) ?? 0 }))
    .sort((a, b) => b.s - a.s || a.p.displayName.localeCompare(b.p.displayName))
    .map(({ p, s }) => ({
      id: p.id, displayName: p.displayName, givenName: p.givenName, surname: p.surname, birthday: '', personNotes: '', isFavorite: false,
      jobTitle: p.jobTitle, companyName: 'Northwind', yomiCompany: '', department: p.department, officeLocation: p.officeLocation, profession: '',
      userPrincipalName: p.userPrincipalName, imAddress: `sip:${p.userPrincipalName}`,
      scoredEmailAddresses: [{ address: p.userPrincipalName, relevanceScore: Math.max(1, s) }],
      phones: p.businessPhones.map((n) => ({ type: 'business', number: n })), postalAddresses: [], websites: [],
      personType: { class: 'Person', subclass: 'OrganizationUser' },
    }));
  const page = pageOf(people, ctx.req, ctx.baseUrl, { defaultSize: 10, maxSize: 1000, style: 'skip' });
  const count = ctx.req.query.get('$count') === 'true' ? { '@odata.count': people.length } : {};
  return ok(collection(`${ctx.contextBase}/people`, { ...page, items: page.items.map((p) => applySelect(p, selection)) }, count));
}

function getMailTips(ctx: RouteCtx) {
  // Parameter names as the CSDL spells them (the body was read case-insensitively against `getMailTips(user)`).
  const body = ctx.req.body as { EmailAddresses?: unknown; MailTipsOptions?: unknown } | undefined;
  const addresses = body?.EmailAddresses;
  const optionsRaw = String(body?.MailTipsOptions ?? '');
  if (!Array.isArray(addresses) || !optionsRaw) throw badRequest('EmailAddresses and MailTipsOptions are required.', 'ErrorInvalidRequest');
  const options = new Set(optionsRaw.split(',').map((o) => o.trim().toLowerCase()));
  // Judged at the demo's `now`, so the scheduled window of the demo data is always the upcoming one.
  const now = Date.parse(ctx.rt.world.now);
  const value = addresses.map((raw) => {
    const address = String(raw);
    const person = ctx.rt.personByAddress(address);
    const emailAddress = { name: person?.displayName ?? '', address };
    if (!person) {
      return { emailAddress, ...(options.has('automaticreplies') ? { automaticReplies: { message: '' } } : {}),
        error: { code: 'ErrorInvalidRecipients', message: 'The recipient is not valid.' } };
    }
    const s = ctx.rt.mailbox(person).settings;
    const a = s.automaticRepliesSetting;
    const active = a.status === 'alwaysEnabled' || (a.status === 'scheduled' && Date.parse(a.scheduledEndAt) > now);
    const out: Record<string, unknown> = { emailAddress };
    if (options.has('automaticreplies')) {
      out['automaticReplies'] = active
        ? { message: a.internalReplyMessage, messageLanguage: { locale: s.language.locale, displayName: s.language.displayName },
            ...(a.status === 'scheduled' ? { scheduledStartTime: { dateTime: DateTime.fromISO(a.scheduledStartAt).toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'0000'"), timeZone: 'UTC' },
              scheduledEndTime: { dateTime: DateTime.fromISO(a.scheduledEndAt).toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'0000'"), timeZone: 'UTC' } } : {}) }
        : { message: '' };
    }
    if (options.has('mailboxfullstatus')) out['mailboxFull'] = false;
    if (options.has('custommailtip')) out['customMailTip'] = '';
    if (options.has('externalmembercount')) out['externalMemberCount'] = 0;
    if (options.has('totalmembercount')) out['totalMemberCount'] = 1;
    if (options.has('deliveryrestriction')) out['deliveryRestricted'] = false;
    if (options.has('moderationstatus')) out['isModerated'] = false;
    if (options.has('recipientscope')) out['recipientScope'] = 'internal';
    if (options.has('maxmessagesize')) out['maxMessageSize'] = 37748736;
    if (options.has('recipientsuggestions')) out['recipientSuggestions'] = [];
    return out;
  });
  return ok({ '@odata.context': `${ctx.baseUrl}/v1.0/$metadata#Collection(microsoft.graph.mailTips)`, value });
}

export const userRoutes: RouteDef[] = [
  { method: 'GET', pattern: '~', ...SCOPES.userSelf, deny: DENY.directory, handler: getUser },
  { method: 'GET', pattern: '~/mailboxSettings', ...SCOPES.settingsRead, mailbox: true, deny: DENY.outlook,
    handler: (ctx) => ok({ '@odata.context': `${ctx.contextBase}/mailboxSettings`, ...toGraphMailboxSettings(mailboxOf(ctx).settings) }) },
  { method: 'GET', pattern: '~/mailboxSettings/:setting', ...SCOPES.settingsRead, mailbox: true, deny: DENY.outlook, handler: getSetting },
  { method: 'PATCH', pattern: '~/mailboxSettings', ...SCOPES.settingsWrite, mailbox: true, deny: DENY.outlook, body: 'mailboxSettings', handler: patchSettings },
  { method: 'GET', pattern: '~/people', ...SCOPES.people, mailbox: true, deny: DENY.outlook, handler: listPeople },
  { method: 'POST', pattern: '~/getMailTips', ...SCOPES.mailTips, mailbox: true, deny: DENY.outlook, body: 'getMailTips(user)', handler: getMailTips },
];
