import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../src/index.js';
import { FIXED_NOW, MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

// Every answer of the simulator, checked against Microsoft's published v1.0 schema (the CSDL subset and the JSON
// Schema derived from it, kept with the contract examples): each property name is declared by its type (or is an
// annotation such as `@odata.etag`), each value has the declared JSON type, and a `$select` of every declared
// property answers every one of them.

const SCHEMA_DIR = new URL('../../graph/fixtures/graph-contract/schemas/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('graph-v1.0-subset.schema.json', SCHEMA_DIR), 'utf8')) as { $id: string; $defs: Record<string, Def> };

interface Def {
  allOf?: [{ $ref: string }, Def];
  properties?: Record<string, PropertySchema>;
  'x-open-type'?: boolean;
  'x-navigation-properties'?: { name: string; type: string }[];
}
interface PropertySchema {
  $ref?: string;
  anyOf?: PropertySchema[];
  items?: PropertySchema;
}

const PREFIX = 'microsoft.graph.';
const defOf = (type: string) => schema.$defs[`${PREFIX}${type}`];
const refType = (ref: string) => ref.replace(`#/$defs/${PREFIX}`, '');

/** A type's structural properties (base types included) and navigation properties → the type each holds. */
function propertiesOf(type: string): { structural: Map<string, string | undefined>; navigation: Map<string, string | undefined>; map: boolean } {
  const structural = new Map<string, string | undefined>();
  const navigation = new Map<string, string | undefined>();
  let map = false;
  for (let def = defOf(type); def; ) {
    const body = def.allOf ? def.allOf[1] : def;
    for (const [name, p] of Object.entries(body.properties ?? {})) structural.set(name, typeOfProperty(p));
    for (const n of body['x-navigation-properties'] ?? []) navigation.set(n.name, /graph\.(\w+)\)?$/.exec(n.type)?.[1]);
    if (body['x-open-type'] && Object.keys(body.properties ?? {}).length === 0) map = true;
    def = def.allOf ? defOf(refType(def.allOf[0].$ref)) : undefined;
  }
  return { structural, navigation, map };
}

function typeOfProperty(p: PropertySchema): string | undefined {
  if (p.$ref) return refType(p.$ref);
  if (p.items) return typeOfProperty(p.items);
  const ref = p.anyOf?.find((x) => x.$ref);
  return ref ? typeOfProperty(ref) : undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const annotated = (v: Record<string, unknown>) => (typeof v['@odata.type'] === 'string' ? v['@odata.type'].replace(/^#?microsoft\.graph\./, '') : undefined);

/** Paths of properties that the value's type (or an `@odata.type` it names) does not declare, at every depth. */
function undeclared(value: unknown, type: string | undefined, path: string): string[] {
  if (KNOWN_CONFLICTS.some((c) => path.endsWith(`.${c}`))) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => undeclared(v, type, `${path}[${i}]`));
  if (!isRecord(value) || !type) return [];
  const actual = annotated(value) && defOf(annotated(value)!) ? annotated(value)! : type;
  if (!defOf(actual)) return [];
  const { structural, navigation, map } = propertiesOf(actual);
  return Object.entries(value).flatMap(([key, v]) => {
    if (key.includes('@')) return [];
    if (map) return undeclared(v, isRecord(v) ? annotated(v) : undefined, `${path}.${key}`);
    if (structural.has(key)) return undeclared(v, structural.get(key), `${path}.${key}`);
    if (navigation.has(key)) return undeclared(v, navigation.get(key), `${path}.${key}`);
    return [`${path}.${key} (not declared by ${actual})`];
  });
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(schema);
function typeErrors(value: unknown, type: string): string[] {
  const validate = ajv.getSchema(`${schema.$id}#/$defs/${PREFIX}${type}`);
  if (!validate) throw new Error(`no schema for ${type}`);
  if (validate(withoutConflicts(value))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
const withoutConflicts = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(withoutConflicts) : isRecord(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => !KNOWN_CONFLICTS.includes(k)).map(([k, x]) => [k, withoutConflicts(x)])) : v;
/** Where Microsoft's docs and its CSDL disagree, the simulator follows the docs (fixtures README, "Doc/CSDL conflict"). */
const KNOWN_CONFLICTS = ['userPurpose'];

const world = generateDemoWorld(FIXED_NOW);
const maya = world.people[0]!;
const ethan = world.people.find((p) => p.userPrincipalName.startsWith('ethan'))!;
const mbx = world.mailboxes.get(maya.id)!;
const tasksList = mbx.todoLists.find((l) => l.wellknownListName === 'defaultList')!;
const offTrack = world.scenarios.find((s) => s.key === 'off-track')!;
const atRisk = world.scenarios.find((s) => s.key === 'at-risk')!;
const series = mbx.events.find((e) => e.recurrence)!;
const message = mbx.messages.find((m) => m.folder === 'sentitems')!;
const WINDOW = 'startDateTime=2025-03-24T00:00:00Z&endDateTime=2025-04-05T00:00:00Z';

interface Resource {
  name: string;
  type: string;
  method?: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Graph supports `$select` here. */
  select?: boolean;
  /** The signed-in person (Maya unless said). */
  as?: string;
}

const etagOf = async (f: SimFixture, auth: Record<string, string>, path: string) =>
  ((await f.call(`/v1.0${path}`, { headers: auth })).json() as { '@odata.etag': string })['@odata.etag'];

const RESOURCES: Resource[] = [
  { name: 'GET /me', type: 'user', path: '/me', select: true },
  { name: 'GET /users/{id}', type: 'user', path: `/users/${ethan.id}`, select: true },
  { name: 'GET /me/mailboxSettings', type: 'mailboxSettings', path: '/me/mailboxSettings' },
  { name: 'GET /me/mailboxSettings/workingHours', type: 'workingHours', path: '/me/mailboxSettings/workingHours' },
  { name: 'GET /me/mailboxSettings/workingHours (customTimeZone)', type: 'workingHours', path: '/me/mailboxSettings/workingHours', as: 'olivia.harris@northwind.example' },
  { name: 'GET /me/mailboxSettings/language', type: 'localeInfo', path: '/me/mailboxSettings/language' },
  { name: 'GET /me/mailboxSettings/automaticRepliesSetting', type: 'automaticRepliesSetting', path: '/me/mailboxSettings/automaticRepliesSetting' },
  { name: 'PATCH /me/mailboxSettings', type: 'mailboxSettings', method: 'PATCH', path: '/me/mailboxSettings', body: { timeFormat: 'HH:mm' } },
  { name: 'GET /me/people', type: 'person', path: '/me/people', select: true },
  { name: 'GET /me/calendarView', type: 'event', path: `/me/calendarView?${WINDOW}&$top=50`, select: true },
  { name: 'GET /me/calendar/calendarView (Prefer zone)', type: 'event', path: `/me/calendar/calendarView?${WINDOW}&$top=50`, headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' }, select: true },
  { name: 'GET /me/events', type: 'event', path: '/me/events?$top=50', select: true },
  { name: 'GET /me/events/{id}', type: 'event', path: `/me/events/${series.id}`, select: true },
  { name: 'GET /me/events/{id}/instances', type: 'event', path: `/me/events/${series.id}/instances?${WINDOW}`, select: true },
  { name: 'GET /me/calendarView/delta', type: 'event', path: `/me/calendarView/delta?${WINDOW}`, headers: { Prefer: 'odata.maxpagesize=50' } },
  { name: 'GET /me/calendar/events', type: 'event', path: '/me/calendar/events?$top=50', select: true },
  { name: 'PATCH /me/events/{id}', type: 'event', method: 'PATCH', path: `/me/events/${series.id}`, body: { subject: 'Renamed', showAs: 'Tentative' } },
  { name: 'POST /me/events', type: 'event', method: 'POST', path: '/me/events', body: { subject: 'Check', start: { dateTime: '2025-03-27T16:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-03-27T17:00:00', timeZone: 'UTC' }, attendees: [{ emailAddress: { address: 'ethan.park@northwind.example' }, type: 'required' }] } },
  { name: 'POST /me/calendar/getSchedule', type: 'scheduleInformation', method: 'POST', path: '/me/calendar/getSchedule', body: { schedules: [MAIN_UPN, 'olivia.harris@northwind.example', 'nobody@elsewhere.example'], startTime: { dateTime: '2025-03-25T00:00:00', timeZone: 'UTC' }, endTime: { dateTime: '2025-03-27T00:00:00', timeZone: 'UTC' } } },
  { name: 'POST /me/getMailTips', type: 'mailTips', method: 'POST', path: '/me/getMailTips', body: { EmailAddresses: ['priya.raman@northwind.example', 'siobhan.kelly@northwind.example', 'nobody@elsewhere.example'], MailTipsOptions: 'automaticReplies, mailboxFullStatus, customMailTip, externalMemberCount, totalMemberCount, deliveryRestriction, moderationStatus, recipientScope, maxMessageSize, recipientSuggestions' } },
  { name: 'GET /me/todo/lists', type: 'todoTaskList', path: '/me/todo/lists', select: true },
  { name: 'GET /me/todo/lists/{id}', type: 'todoTaskList', path: `/me/todo/lists/${tasksList.id}`, select: true },
  { name: 'PATCH /me/todo/lists/{id}', type: 'todoTaskList', method: 'PATCH', path: `/me/todo/lists/${tasksList.id}`, body: { displayName: 'Tasks' } },
  { name: 'POST /me/todo/lists', type: 'todoTaskList', method: 'POST', path: '/me/todo/lists', body: { displayName: 'Errands' } },
  { name: 'GET /me/todo/lists/{id}/tasks', type: 'todoTask', path: `/me/todo/lists/${tasksList.id}/tasks?$top=50`, select: true },
  { name: 'GET …/tasks?$expand=checklistItems', type: 'todoTask', path: `/me/todo/lists/${tasksList.id}/tasks?$top=50&$expand=checklistItems`, select: true },
  { name: 'GET …/tasks/{id}', type: 'todoTask', path: `/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}`, select: true },
  { name: 'GET …/tasks/delta', type: 'todoTask', path: `/me/todo/lists/${tasksList.id}/tasks/delta`, headers: { Prefer: 'odata.maxpagesize=50' }, select: true },
  { name: 'POST …/tasks', type: 'todoTask', method: 'POST', path: `/me/todo/lists/${tasksList.id}/tasks`, body: { title: 'Check', dueDateTime: { dateTime: '2025-03-28T00:00:00', timeZone: 'Pacific Standard Time' } } },
  { name: 'PATCH …/tasks/{id}', type: 'todoTask', method: 'PATCH', path: `/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}`, body: { status: 'Completed', isReminderOn: 'true' } },
  { name: 'GET …/tasks/{id}/checklistItems', type: 'checklistItem', path: `/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}/checklistItems`, select: true },
  { name: 'POST …/checklistItems', type: 'checklistItem', method: 'POST', path: `/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}/checklistItems`, body: { displayName: 'Check', isChecked: true } },
  { name: 'GET /me/planner/tasks', type: 'plannerTask', path: '/me/planner/tasks', select: true },
  { name: 'GET /planner/tasks/{id}', type: 'plannerTask', path: `/planner/tasks/${atRisk.itemId}`, select: true },
  { name: 'GET /planner/tasks/{id}/details', type: 'plannerTaskDetails', path: `/planner/tasks/${atRisk.itemId}/details`, select: true },
  { name: 'GET /planner/plans/{id}', type: 'plannerPlan', path: `/planner/plans/${world.plans[0]!.id}`, select: true },
  { name: 'GET /planner/plans/{id}/tasks', type: 'plannerTask', path: `/planner/plans/${world.plans[0]!.id}/tasks`, select: true },
  { name: 'POST /planner/tasks', type: 'plannerTask', method: 'POST', path: '/planner/tasks', body: { planId: world.plans[0]!.id, title: 'Check', dueDateTime: '2025-03-28T00:00:00Z', assignments: { [maya.id]: { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' } } } },
  { name: 'PATCH /planner/tasks/{id} (return=representation)', type: 'plannerTask', method: 'PATCH', path: `/planner/tasks/${atRisk.itemId}`, body: { percentComplete: 30 }, headers: { Prefer: 'return=representation' } },
  { name: 'PATCH /planner/tasks/{id}/details (return=representation)', type: 'plannerTaskDetails', method: 'PATCH', path: `/planner/tasks/${atRisk.itemId}/details`, body: { description: 'Copy for the pricing page' }, headers: { Prefer: 'return=representation' } },
  { name: 'GET /me/messages', type: 'message', path: '/me/messages?$top=50', select: true },
  { name: 'GET /me/mailFolders/sentitems/messages', type: 'message', path: '/me/mailFolders/sentitems/messages?$top=50', select: true },
  { name: 'GET /me/messages/{id}?$expand=singleValueExtendedProperties', type: 'message', path: `/me/messages/${message.id}?$expand=singleValueExtendedProperties`, select: true },
  { name: 'POST /me/messages', type: 'message', method: 'POST', path: '/me/messages', body: { subject: 'Check', body: { contentType: 'HTML', content: '<p>Hi</p>' }, toRecipients: [{ emailAddress: { address: 'ethan.park@northwind.example' } }] } },
];

let f: SimFixture;
let auth: Record<string, string>;
beforeAll(async () => {
  f = await startFixture();
  auth = { authorization: `Bearer ${await f.graphToken()}`, 'content-type': 'application/json' };
});
afterAll(async () => f.close());

async function answer(r: Resource, select?: string[]): Promise<{ status: number; text: string; items: Record<string, unknown>[] }> {
  await f.call('/demo/reset', { method: 'POST' });
  const headers: Record<string, string> = { ...auth, ...r.headers, ...(r.as ? { authorization: `Bearer ${await f.graphToken(r.as)}` } : {}) };
  if (r.method === 'PATCH' && r.path.startsWith('/planner/')) headers['if-match'] = await etagOf(f, auth, r.path);
  const path = select ? `${r.path}${r.path.includes('?') ? '&' : '?'}$select=${select.join(',')}` : r.path;
  const res = await f.call(`/v1.0${path}`, { method: r.method ?? 'GET', headers, ...(r.body !== undefined ? { body: JSON.stringify(r.body) } : {}) });
  const body = res.text ? (res.json() as Record<string, unknown>) : {};
  const items = Array.isArray(body['value']) ? (body['value'] as Record<string, unknown>[]) : [body];
  return { status: res.status, text: res.text, items };
}

describe('answers against the v1.0 schema (packages/graph/fixtures/graph-contract/schemas)', () => {
  it('the simulator\'s model is generated from the schema in the repository, and the schema from its CSDL', () => {
    const model = spawnSync(process.execPath, [fileURLToPath(new URL('../scripts/generate-graph-model.mjs', import.meta.url)), '--check'], { encoding: 'utf8' });
    expect(model.status, model.stderr).toBe(0);
    const derived = spawnSync(process.execPath, [fileURLToPath(new URL('derive-schema.mjs', SCHEMA_DIR)), '--check'], { encoding: 'utf8' });
    expect(derived.status, derived.stderr).toBe(0);
  });

  for (const r of RESOURCES) {
    it(`${r.name}: only declared properties, each of its declared JSON type`, async () => {
      const { status, text, items } = await answer(r);
      expect(status, text.slice(0, 300)).toBeLessThan(300);
      expect(items.length).toBeGreaterThan(0);
      const live = items.filter((i) => !i['@removed']);
      expect(live.flatMap((i, n) => undeclared(i, r.type, `$[${n}]`))).toEqual([]);
      expect(live.flatMap((i) => typeErrors(i, r.type))).toEqual([]);
    });
  }

  for (const r of RESOURCES.filter((x) => x.select)) {
    it(`${r.name}: $select of every declared property answers each of them, and nothing undeclared`, async () => {
      const all = [...propertiesOf(r.type).structural.keys()];
      const { status, text, items } = await answer(r, all);
      expect(status, text.slice(0, 300)).toBe(200);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(all.filter((p) => !(p in item))).toEqual([]);
      expect(items.flatMap((i, n) => undeclared(i, r.type, `$[${n}]`))).toEqual([]);
      expect(items.flatMap((i) => typeErrors(i, r.type))).toEqual([]);
    });
  }
});
