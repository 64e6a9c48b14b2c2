import type { Instant } from '@upfront/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphGateway } from '../src/index.js';
import { startSim } from './sim-support.js';

// The simulator's clock: Mon 24 Mar 2025, 01:00 in San Francisco (PDT, UTC−7 since Sun 9 Mar), 09:00 in Berlin
// (CET, UTC+1 until Sun 30 Mar), 19:00 in Sydney (AEDT, UTC+11 until Sun 6 Apr).
const now = '2025-03-24T08:00:00Z' as Instant;
const horizon = { start: '2025-03-24T00:00:00Z' as Instant, end: '2025-04-07T00:00:00Z' as Instant };
let env: Awaited<ReturnType<typeof startSim>>;
let world: Awaited<ReturnType<ReturnType<typeof createGraphGateway>['loadWorld']>>['world'];
const ids: Record<string, string> = {};

beforeAll(async () => {
  env = await startSim();
  const tokens = { jonas: await env.graphToken(env.upn('jonas.weber')), olivia: await env.graphToken(env.upn('olivia.harris')) };
  for (const alias of ['maya.brooks', 'camille.martin', 'jonas.weber', 'olivia.harris']) {
    ids[alias] = String((await env.call(tokens.jonas, 'GET', `/users/${env.upn(alias)}?$select=id`)).body.id);
  }
  const planId = String((await env.call(tokens.jonas, 'GET', '/me/planner/tasks')).body.value?.[0]?.planId);
  const assign = (...aliases: string[]) => Object.fromEntries(aliases.map((a) => [ids[a], { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' }]));
  // Jonas (Berlin) sets Wed 26 Mar: Planner stores local midnight in Berlin, 00:00 CET = 2025-03-25T23:00:00Z.
  const jonasTask = await env.call(tokens.jonas, 'POST', '/planner/tasks', { planId, title: 'Sign the reseller terms', dueDateTime: '2025-03-25T23:00:00Z', assignments: assign('maya.brooks', 'camille.martin') });
  // Olivia (Sydney, whose working hours getSchedule gives as a customTimeZone) sets Wed 26 Mar: 00:00 AEDT (UTC+11) = 2025-03-25T13:00:00Z.
  const oliviaTask = await env.call(tokens.olivia, 'POST', '/planner/tasks', { planId, title: 'Review the APAC price list', dueDateTime: '2025-03-25T13:00:00Z', assignments: assign('maya.brooks') });
  expect([jonasTask.status, oliviaTask.status]).toEqual([201, 201]);
  ids['jonasTask'] = String(jonasTask.body.id);
  ids['oliviaTask'] = String(oliviaTask.body.id);
  const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
  ({ world } = await gateway.loadWorld({ accessToken: await env.graphToken(), horizon, now }));
}, 60_000);
afterAll(async () => {
  await env?.close();
});

describe('Planner tasks built through Graph, read by Maya in San Francisco', () => {
  it('reads a due date set in Berlin as the Berlin date, and says what Maya\'s Planner shows', () => {
    // 2025-03-25T23:00:00Z is 00:00 Wed 26 Mar in Berlin (UTC+1) and 16:00 Tue 25 Mar in San Francisco (UTC−7).
    const item = world.items.find((i) => i.id === ids['jonasTask']);
    expect(item?.due).toEqual({ on: '2025-03-26', setBy: env.upn('jonas.weber').toLowerCase(), shownOn: '2025-03-25' });
  });

  it('reads the demo organisation\'s Berlin-set date the same way', () => {
    // Demo scenario "date-set-elsewhere": now Mon 24 Mar 2025 09:00 in Berlin; 8 working days on is Thu 3 Apr, stored as
    // 00:00 CEST (UTC+2, since Sun 30 Mar) = 2025-04-02T22:00:00Z = 15:00 Wed 2 Apr in San Francisco (PDT, UTC−7).
    const item = world.items.find((i) => i.title === 'Confirm the reseller discount for Jonas');
    expect(item?.due).toEqual({ on: '2025-04-03', setBy: env.upn('jonas.weber').toLowerCase(), shownOn: '2025-04-02' });
  });

  it('keeps Sydney daylight saving from a customTimeZone, so Olivia\'s date stays hers', () => {
    // Olivia's getSchedule zone is a customTimeZone: bias −600 (UTC+10), daylight −60 from the 1st Sunday of October to
    // the 1st Sunday of April: Australia/Sydney. 2025-03-25T13:00:00Z is 00:00 Wed 26 Mar at UTC+11; a fixed UTC+10
    // (the old Etc/GMT-10) would read 23:00 Tue 25 Mar, a day early. In San Francisco it is 06:00 Tue 25 Mar.
    const olivia = world.stakeholders.find((s) => s.id === env.upn('olivia.harris').toLowerCase());
    expect(olivia?.timeZone).toBe('Australia/Sydney');
    const item = world.items.find((i) => i.id === ids['oliviaTask']);
    expect(item?.due).toEqual({ on: '2025-03-26', setBy: env.upn('olivia.harris').toLowerCase(), shownOn: '2025-03-25' });
  });

  it('makes the co-assignee a stakeholder as well as a contributor', () => {
    const item = world.items.find((i) => i.id === ids['jonasTask']);
    const camille = env.upn('camille.martin').toLowerCase();
    expect(item?.stakeholderIds).toEqual([env.upn('jonas.weber').toLowerCase(), camille]);
    expect(item?.contributorIds).toEqual([camille]);
    expect(world.stakeholders.find((s) => s.id === camille)).toMatchObject({ timeZone: 'Europe/Paris', city: 'Paris' });
  });

  it('places people in their own city from their profile, not in the zone\'s city', () => {
    // Maya's zone is America/Los_Angeles and Noa's Asia/Jerusalem; their profiles say San Francisco and Tel Aviv.
    expect(world.user).toMatchObject({ timeZone: 'America/Los_Angeles', city: 'San Francisco' });
    expect(world.stakeholders.find((s) => s.id === env.upn('noa.levi').toLowerCase())).toMatchObject({ timeZone: 'Asia/Jerusalem', city: 'Tel Aviv' });
    expect(world.stakeholders.every((s) => typeof s.city === 'string' && s.city !== '')).toBe(true);
  });
});

describe('automatic replies that are always on', () => {
  it('stay "always" (no window) for Siobhán, whose mailbox still keeps scheduled dates', async () => {
    const token = await env.graphToken(env.upn('siobhan.kelly'));
    const replies = (await env.call(token, 'GET', '/me/mailboxSettings/automaticRepliesSetting')).body;
    expect(replies).toMatchObject({ status: 'alwaysEnabled', scheduledStartDateTime: expect.any(Object), scheduledEndDateTime: expect.any(Object) });
    const gateway = createGraphGateway({ baseUrl: env.graphBaseUrl, fetch: env.fetch });
    const { world: hers } = await gateway.loadWorld({ accessToken: token, horizon, now });
    expect(hers.user.away).toBe('always');
  }, 30_000);
});
