import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoWorld } from '../src/index.js';
import { FIXED_NOW, startFixture, type SimFixture } from './sim-fixture.js';

// `$select` answers every property the v1.0 schema declares for the resource: the value, `null` where the simulated
// person or item has none (`[]` for a collection), never an omission; a name the schema does not declare is a 400.

const world = generateDemoWorld(FIXED_NOW);
const maya = world.people[0]!;
const mbx = world.mailboxes.get(maya.id)!;
const tasksList = mbx.todoLists.find((l) => l.wellknownListName === 'defaultList')!;
const atRisk = world.scenarios.find((s) => s.key === 'at-risk')!;
const WINDOW = 'startDateTime=2025-03-24T00:00:00Z&endDateTime=2025-03-29T00:00:00Z';

let f: SimFixture;
let auth: Record<string, string>;
beforeAll(async () => {
  f = await startFixture();
  auth = { authorization: `Bearer ${await f.graphToken()}` };
});
afterAll(async () => f.close());

const get = async (path: string) => {
  const res = await f.call(`/v1.0${path}`, { headers: auth });
  return { status: res.status, text: res.text, body: res.json() as Record<string, unknown> & { value?: Record<string, unknown>[]; error?: { code: string; message: string } } };
};

describe('$select', () => {
  it('answers a user\'s profile location fields, null where the person has none', async () => {
    const { status, body } = await get('/me?$select=displayName,city,officeLocation,usageLocation,employeeId,aboutMe,imAddresses,state,birthday');
    expect(status).toBe(200);
    expect(body).toEqual({
      '@odata.context': expect.stringContaining('$metadata#users('), displayName: 'Maya Brooks', city: 'San Francisco',
      officeLocation: expect.any(String), usageLocation: 'US', employeeId: null, aboutMe: null, imAddresses: [], state: null,
      // Non-nullable in the CSDL: Graph answers its default instead of null.
      birthday: '0001-01-01T00:00:00Z',
    });
  });

  it('answers selected event properties the series has no value for', async () => {
    const { status, body } = await get(`/me/calendarView?${WINDOW}&$top=3&$select=subject,cancelledOccurrences,originalStart,onlineMeetingUrl`);
    expect(status).toBe(200);
    for (const e of body.value ?? []) {
      expect(Object.keys(e).sort()).toEqual(['@odata.etag', 'cancelledOccurrences', 'id', 'onlineMeetingUrl', 'originalStart', 'subject']);
    }
  });

  it('answers a To Do task\'s unset reminder and start as null', async () => {
    const { status, body } = await get(`/me/todo/lists/${tasksList.id}/tasks?$top=2&$select=title,reminderDateTime,startDateTime,bodyLastModifiedDateTime`);
    expect(status).toBe(200);
    for (const t of body.value ?? []) expect(t).toMatchObject({ title: expect.any(String), reminderDateTime: null, startDateTime: null, bodyLastModifiedDateTime: expect.anything() });
  });

  it('matches property names in any case and answers them as the schema spells them', async () => {
    const { status, body } = await get(`/planner/tasks/${atRisk.itemId}?$select=TITLE,percentcomplete`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ title: 'Finalize pricing page copy', percentComplete: 25 });
    expect(body).not.toHaveProperty('TITLE');
  });

  it.each([
    { case: 'a user', path: '/me?$select=displayName,favouriteColour', code: 'Request_BadRequest' },
    { case: 'an event', path: `/me/calendarView?${WINDOW}&$select=subject,uid`, code: 'RequestBroker--ParseUri' },
    { case: 'a message', path: '/me/messages?$select=subject,meetingMessageType', code: 'RequestBroker--ParseUri' },
    { case: 'a person', path: '/me/people?$select=displayName,nickname', code: 'RequestBroker--ParseUri' },
    { case: 'a To Do task', path: `/me/todo/lists/${tasksList.id}/tasks?$select=title,dueDate`, code: 'RequestBroker--ParseUri' },
    { case: 'a Planner task', path: `/planner/tasks/${atRisk.itemId}?$select=title,isOnMyDay`, code: 'BadRequest' },
  ])('refuses a property $case does not declare', async ({ path, code }) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error?.code).toBe(code);
    expect(body.error?.message).toMatch(/^Could not find a property named '\w+' on type/);
  });
});
