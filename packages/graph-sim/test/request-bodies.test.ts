import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../src/index.js';
import { FIXED_NOW, MAIN_UPN, startFixture, type SimFixture } from './sim-fixture.js';

// Graph reads request bodies the way its OData reader does: property names in any case (Microsoft's concept pages
// write `Schedules`, `StartTime`), numbers and booleans also as JSON strings, enum members in any case. It refuses a
// value it cannot convert to the schema's type with 400 and its error body.

const world = generateDemoWorld(FIXED_NOW);
const maya = world.people[0]!;
const mbx = world.mailboxes.get(maya.id)!;
const tasksList = mbx.todoLists.find((l) => l.wellknownListName === 'defaultList')!;
const atRisk = world.scenarios.find((s) => s.key === 'at-risk')!;
const offTrack = world.scenarios.find((s) => s.key === 'off-track')!;

let f: SimFixture;
let auth: Record<string, string>;
beforeAll(async () => {
  f = await startFixture();
  auth = { authorization: `Bearer ${await f.graphToken()}`, 'content-type': 'application/json' };
});
afterAll(async () => f.close());
beforeEach(async () => {
  await f.call('/demo/reset', { method: 'POST' });
});

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  f.call(`/v1.0${path}`, { method, headers: { ...auth, ...headers }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
const errorCode = (res: { json: () => unknown }) => (res.json() as { error: { code: string } }).error.code;

describe('request bodies: names in any case, numbers and booleans as strings', () => {
  it('reads getSchedule as the concept page writes it (PascalCase, interval as a string)', async () => {
    // 09:00–18:00 Pacific in 60-minute slots: (18 − 9) h / 1 h = 9 digits.
    const res = await call('POST', '/me/calendar/getSchedule', {
      Schedules: [MAIN_UPN], StartTime: { dateTime: '2025-03-25T09:00:00', timeZone: 'Pacific Standard Time' },
      EndTime: { DateTime: '2025-03-25T18:00:00', TimeZone: 'Pacific Standard Time' }, AvailabilityViewInterval: '60',
    });
    expect(res.status, res.text).toBe(200);
    expect((res.json() as { value: { availabilityView: string }[] }).value[0]?.availabilityView).toMatch(/^[0-4]{9}$/);
  });

  it('sends mail from a PascalCase body and honours SaveToSentItems "false"', async () => {
    const res = await call('POST', '/me/sendMail', {
      Message: { Subject: 'Lunch?', Body: { ContentType: 'Text', Content: 'Noon?' }, ToRecipients: [{ EmailAddress: { Address: 'ethan.park@northwind.example' } }] },
      SaveToSentItems: 'False',
    });
    expect(res.status, res.text).toBe(202);
    const box = (await f.call(`/demo/mailbox/${MAIN_UPN}`)).json() as { sent: { subject: string }[]; sentNotSaved: { subject: string }[] };
    expect(box.sent.map((m) => m.subject)).not.toContain('Lunch?');
    expect(box.sentNotSaved.map((m) => m.subject)).toContain('Lunch?');
  });

  it('creates an event from PascalCase names, string numbers and string booleans', async () => {
    const res = await call('POST', '/me/events', {
      Subject: 'Planning', IsAllDay: 'false', ReminderMinutesBeforeStart: '30', ShowAs: 'Tentative',
      Start: { DateTime: '2025-03-27T16:00:00', TimeZone: 'UTC' }, End: { DateTime: '2025-03-27T17:00:00', TimeZone: 'UTC' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json()).toMatchObject({ subject: 'Planning', isAllDay: false, reminderMinutesBeforeStart: 30, showAs: 'tentative', start: { dateTime: '2025-03-27T16:00:00.0000000' } });
  });

  it('creates a To Do task and a checklist item from PascalCase names and string booleans', async () => {
    const res = await call('POST', `/me/todo/lists/${tasksList.id}/tasks`, { Title: 'Book the venue', Importance: 'High', IsReminderOn: 'true' });
    expect(res.status, res.text).toBe(201);
    expect(res.json()).toMatchObject({ title: 'Book the venue', importance: 'high', isReminderOn: true });
    const item = await call('POST', `/me/todo/lists/${tasksList.id}/tasks/${offTrack.itemId}/checklistItems`, { DisplayName: 'Draft', IsChecked: 'true' });
    expect(item.status, item.text).toBe(201);
    expect(item.json()).toMatchObject({ displayName: 'Draft', isChecked: true });
  });

  it('updates a Planner task from string numbers', async () => {
    const before = (await call('GET', `/planner/tasks/${atRisk.itemId}`)).json() as { '@odata.etag': string };
    const res = await call('PATCH', `/planner/tasks/${atRisk.itemId}`, { PercentComplete: '50', Priority: '3' }, { 'if-match': before['@odata.etag'] });
    expect(res.status, res.text).toBe(204);
    expect((await call('GET', `/planner/tasks/${atRisk.itemId}`)).json()).toMatchObject({ percentComplete: 50, priority: 3 });
  });

  it('updates mailbox settings from PascalCase names', async () => {
    const res = await call('PATCH', '/me/mailboxSettings', { TimeZone: 'UTC', WorkingHours: { StartTime: '07:30:00' } });
    expect(res.status, res.text).toBe(200);
    expect((await call('GET', '/me/mailboxSettings')).json()).toMatchObject({ timeZone: 'UTC', workingHours: { startTime: '07:30:00.0000000' } });
  });

  it('reads getMailTips parameters in any case', async () => {
    const res = await call('POST', '/me/getMailTips', { emailaddresses: ['ethan.park@northwind.example'], mailtipsoptions: 'automaticReplies, mailboxFullStatus' });
    expect(res.status, res.text).toBe(200);
    expect((res.json() as { value: Record<string, unknown>[] }).value[0]).toMatchObject({ mailboxFull: false, automaticReplies: expect.any(Object) });
  });
});

describe('request bodies Graph refuses', () => {
  it.each([
    { case: 'a number that is not one', path: '/me/calendar/getSchedule', body: { schedules: [MAIN_UPN], startTime: { dateTime: '2025-03-25T09:00:00', timeZone: 'UTC' }, endTime: { dateTime: '2025-03-25T10:00:00', timeZone: 'UTC' }, availabilityViewInterval: 'sixty' } },
    { case: 'a boolean that is not one', path: '/me/events', body: { subject: 'x', isAllDay: 'maybe', start: { dateTime: '2025-03-27T16:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-03-27T17:00:00', timeZone: 'UTC' } } },
    { case: 'a number where a string belongs', path: '/me/events', body: { subject: 12, start: { dateTime: '2025-03-27T16:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-03-27T17:00:00', timeZone: 'UTC' } } },
    { case: 'an object where a collection belongs', path: '/me/sendMail', body: { message: { subject: 'x', toRecipients: { emailAddress: { address: MAIN_UPN } } } } },
  ])('answers 400 with Graph\'s error body for $case', async ({ path, body }) => {
    const res = await call('POST', path, body);
    expect(res.status, res.text).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(errorCode(res)).toBe('RequestBodyRead');
    expect((res.json() as { error: { message: string; innerError: Record<string, string> } }).error.innerError['request-id']).toBeTruthy();
  });
});

describe('mailbox settings errors, as user-update-mailboxsettings.md documents them', () => {
  it.each([
    { case: 'a start time that is no time of day', body: { workingHours: { startTime: '08' } }, code: 'RequestBodyRead', message: "Cannot convert the literal '08' to the expected type 'Edm.TimeOfDay'." },
    { case: 'a start after the end', body: { workingHours: { startTime: '18:00:00', endTime: '09:00:00' } }, code: 'ErrorInvalidTimeSettings', message: 'Start Time should occur before End Time.' },
    { case: 'a day that does not exist', body: { workingHours: { daysOfWeek: ['Monday', 'RandomDay'] } }, code: 'InvalidArguments', message: "Requested value 'RandomDay' was not found." },
    { case: 'a time zone that does not exist', body: { timeZone: 'Atlantis Standard Time' }, code: 'InvalidTimeZone', message: 'Time Zone settings provided are invalid.' },
  ])('answers 400 $code for $case', async ({ body, code, message }) => {
    const res = await call('PATCH', '/me/mailboxSettings', body);
    expect(res.status, res.text).toBe(400);
    expect((res.json() as { error: { code: string; message: string } }).error).toMatchObject({ code, message });
  });

  it('refuses an enum member that does not exist elsewhere too', async () => {
    const res = await call('POST', `/me/todo/lists/${tasksList.id}/tasks`, { title: 'x', importance: 'urgent' });
    expect(res.status, res.text).toBe(400);
    expect(errorCode(res)).toBe('InvalidArguments');
  });
});
