import type { PeopleList, RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, simDemo, ssoTokenFor, startSimulator } from './support.js';

// Monday 24 March 2025, 08:00 UTC (01:00 in San Francisco), as the other route tests.
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let app: FastifyInstance;
let auth: { authorization: string };
let otherAuth: { authorization: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
  const { value } = await simDemo<{ value: { userPrincipalName: string }[] }>(sim, '/demo/users');
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, value[0]?.userPrincipalName ?? '')}` };
  otherAuth = { authorization: `Bearer ${await ssoTokenFor(sim, value[1]?.userPrincipalName ?? '')}` };
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

const people = async (headers = auth, query = '') => {
  const res = await app.inject({ url: `/api/people${query}`, headers });
  expect(res.statusCode).toBe(200);
  return res.json() as PeopleList;
};
const risks = async (headers = auth) => (await app.inject({ url: '/api/risks?horizonDays=14', headers })).json() as RiskReport;

describe('GET /api/people', () => {
  it("lists exactly the stakeholders of the user's items, each with what the user owes them", async () => {
    const [list, report] = await Promise.all([people(), risks()]);
    const expected = new Set(report.items.flatMap((i) => i.stakeholders.map((s) => s.id.toLowerCase())));
    expect(new Set(list.people.map((p) => p.id))).toEqual(expected);
    for (const person of list.people) {
      const owedIds = report.items.filter((i) => i.stakeholders.some((s) => s.id.toLowerCase() === person.id)).map((i) => i.id);
      expect(person.owed.map((o) => o.itemId).sort()).toEqual(owedIds.sort());
      for (const owed of person.owed) expect(owed.state).toBe(report.items.find((i) => i.id === owed.itemId)?.state);
    }
  });

  it('gives each person their week, their day next to the user’s, and an overlap inside both', async () => {
    const list = await people();
    expect(list.holidayWindowDays).toBe(60);
    // Mon 24 Mar 2025 08:00 UTC is still Monday 01:00 for the user in San Francisco (PDT, UTC−7): the strip
    // shows Monday, from 07:00 UTC (their midnight) to 07:00 UTC on Tuesday.
    expect(list.user.timeZone).toBe('America/Los_Angeles');
    for (const person of list.people) {
      expect(person.strip.on).toBe('2025-03-24');
      expect([person.strip.start, person.strip.end]).toEqual(['2025-03-24T07:00:00Z', '2025-03-25T07:00:00Z']);
      // The weekend is the complement of their working days: together the seven days of the week, once each.
      expect([...person.weekend, ...person.workingHours.days].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      for (const span of person.strip.overlap) {
        expect(person.strip.userHours.some((u) => u.start <= span.start && span.end <= u.end)).toBe(true);
        expect(person.strip.theirHours.some((t) => t.start <= span.start && span.end <= t.end)).toBe(true);
      }
    }
  });

  it('finds the holiday the risks flag among the people’s next public holidays', async () => {
    // The demo has a task due on Qingming (4 April 2025), a public holiday in China, for a stakeholder in Shanghai:
    // 11 days after 24 March, inside the 60-day window, and no public holiday in China before it.
    const [list, report] = await Promise.all([people(), risks()]);
    const flagged = report.items.flatMap((i) => i.flags).find((f) => f.kind === 'non-working-day' && f.why === 'holiday');
    if (flagged?.kind !== 'non-working-day') throw new Error('the demo should have a task due on a stakeholder holiday');
    const person = list.people.find((p) => p.id === flagged.stakeholderId.toLowerCase());
    expect(person?.nextHoliday).toMatchObject({ on: flagged.on, worked: false });
  });

  it('says when the user last wrote to a person, from Sent Items', async () => {
    const list = await people();
    const contacted = list.people.filter((p) => p.lastContactAt !== undefined);
    expect(contacted.length).toBeGreaterThan(0);
    for (const p of contacted) expect(Date.parse(p.lastContactAt ?? '')).toBeLessThanOrEqual(Date.parse(NOW));
  });

  it('carries the user’s saved settings for a person', async () => {
    const first = (await people()).people[0];
    if (!first) throw new Error('the demo user has no stakeholders');
    const put = await app.inject({
      method: 'PUT',
      url: `/api/stakeholders/${encodeURIComponent(first.id)}/preferences`,
      headers: auth,
      payload: { deadlineStyle: { kind: 'start-of-business-day' }, language: 'de-DE', tone: 'diplomatic', workedHolidays: [] },
    });
    expect(put.statusCode).toBe(204);
    const after = (await people()).people.find((p) => p.id === first.id);
    expect(after?.preference).toEqual({ deadlineStyle: { kind: 'start-of-business-day' }, language: 'de-DE', tone: 'diplomatic', workedHolidays: [] });
  });

  it("never shows one user another user's people or settings", async () => {
    const mine = await people();
    let theirs = await people(otherAuth);
    // A person both users owe something (a shared Planner task's creator), when the demo has one, else anyone:
    // the first user's tone for them must not reach the second user's card.
    const shared = mine.people.find((p) => theirs.people.some((q) => q.id === p.id)) ?? mine.people[0];
    if (!shared) throw new Error('the demo user has no stakeholders');
    const put = await app.inject({
      method: 'PUT',
      url: `/api/stakeholders/${encodeURIComponent(shared.id)}/preferences`,
      headers: auth,
      payload: { tone: 'diplomatic', workedHolidays: [] },
    });
    expect(put.statusCode).toBe(204);
    expect((await people()).people.find((p) => p.id === shared.id)?.preference.tone).toBe('diplomatic');
    theirs = await people(otherAuth);
    const theirItems = new Set((await risks(otherAuth)).items.flatMap((i) => i.stakeholders.map((s) => s.id.toLowerCase())));
    expect(new Set(theirs.people.map((p) => p.id))).toEqual(theirItems);
    expect(theirs.user.displayName).not.toBe(mine.user.displayName);
    // The first user's saved settings (above) are theirs alone, even for a person both users work with.
    for (const p of theirs.people) expect(p.preference.tone).toBeUndefined();
    // What the second user owes is what their own report holds (a shared Planner task may be in both).
    const theirReport = new Set((await risks(otherAuth)).items.map((i) => i.id));
    for (const p of theirs.people) for (const o of p.owed) expect(theirReport.has(o.itemId)).toBe(true);
  });

  it('refuses a bad horizon and an unsigned request as problem+json', async () => {
    const bad = await app.inject({ url: '/api/people?horizonDays=0', headers: auth });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.json()).toMatchObject({ code: 'REQUEST_INVALID' });
    expect((bad.json() as { detail: string }).detail).toContain('horizonDays');
    const unsigned = await app.inject({ url: '/api/people' });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
