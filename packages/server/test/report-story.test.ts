import type { ItemRisk, RiskReport } from '@upfront/contracts';
import type { RunningSimulator } from '@upfront/graph-sim';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { fixedClock } from '../src/clock.js';
import { configFor, mainDemoUser, ssoTokenFor, startSimulator } from './support.js';

// The demo organisation as Maya Brooks (San Francisco) sees it on Monday 24 March 2025, 01:00 in California.
const NOW = '2025-03-24T08:00:00Z';
let sim: RunningSimulator;
let app: FastifyInstance;
let auth: { authorization: string };

beforeAll(async () => {
  sim = await startSimulator(NOW);
  app = await buildApp(configFor(sim), { clock: fixedClock(NOW), logger: false });
  auth = { authorization: `Bearer ${await ssoTokenFor(sim, await mainDemoUser(sim))}` };
});
afterAll(async () => {
  await app?.close();
  await sim?.close();
});

async function report(query = ''): Promise<RiskReport> {
  const res = await app.inject({ url: `/api/risks${query}`, headers: auth });
  expect(res.statusCode).toBe(200);
  return res.json() as RiskReport;
}
const titled = (r: RiskReport, start: string): ItemRisk => {
  const found = r.items.find((i) => i.title.startsWith(start));
  if (!found) throw new Error(`no item titled ${start}…`);
  return found;
};

describe('the report tells one story per item', () => {
  it('decides each badge on the figures it shows, with the competing work inside what is needed', async () => {
    const r = await report();
    for (const item of r.items.filter((i) => ['on-track', 'at-risk', 'off-track'].includes(i.state))) {
      const f = item.figures;
      expect(f.neededMinutes).toBe(f.ownMinutes + f.competingMinutes);
      expect(f.spareMinutes).toBe(f.freeMinutes - f.neededMinutes);
      const want = f.neededMinutes + f.marginMinutes <= f.freeMinutes ? 'on-track' : f.neededMinutes <= f.freeMinutes ? 'at-risk' : 'off-track';
      expect(item.state).toBe(want);
      // The chart's usable parts add up to the free minutes of the figures.
      expect(item.capacity.reduce((sum, d) => sum + d.claimedMinutes + d.freeMinutes, 0)).toBe(f.freeMinutes);
      expect(item.capacity.at(-1)?.isDeadlineDay).toBe(true);
      // Only an item that fits can have time to spare.
      if (item.state === 'off-track') expect(item.summary).toContain('short by');
    }
  });

  it('makes the 12-hour migration guide the root of the items it pushes past their deadlines', async () => {
    const r = await report();
    const guide = titled(r, 'Write the data migration guide');
    expect(guide.cause).toEqual({ kind: 'own-effort' });
    expect(guide.pushes.length).toBeGreaterThanOrEqual(3);
    for (const id of guide.pushes) {
      const pushed = r.items.find((i) => i.id === id);
      expect(pushed?.cause).toEqual({ kind: 'earlier-work', rootIds: [guide.id] });
    }
    // Every item not on track offers a date the user can promise, after its deadline.
    for (const item of r.items.filter((i) => i.state === 'off-track' || i.state === 'at-risk' || i.state === 'overdue')) {
      expect(item.promise?.kind).toBe('date');
      if (item.promise?.kind === 'date' && item.deadline) expect(Date.parse(item.promise.deadline.at)).toBeGreaterThan(Date.parse(item.deadline.at));
    }
  });

  it('returns every stakeholder’s deadline, earliest first, and the earliest decides', async () => {
    const notes = titled(await report(), 'Localize the release notes');
    // Due Mon 31 Mar 2025 for Lucía (Madrid, 18:00 CEST = 16:00Z) and Wei (Shanghai, 18:00 CST = 10:00Z): Wei's is earlier.
    expect(notes.deadlines.map((d) => [d.city, d.at])).toEqual([
      ['Shanghai', '2025-03-31T10:00:00Z'],
      ['Madrid', '2025-03-31T16:00:00Z'],
    ]);
    expect(notes.deadline?.at).toBe('2025-03-31T10:00:00Z');
  });

  it('keeps a chosen style on the day a weekend due date moves to, and says it moved', async () => {
    // Noa (Tel Aviv, Sun–Thu 08:30–17:30) reads due dates as start of business. The glossary is due Fri 28 Mar, her
    // weekend: Thu 27 Mar at 08:30 IST (UTC+2; Israel switches to summer time on the 28th) = 06:30Z.
    const glossary = titled(await report(), 'Send the localization glossary');
    const noa = glossary.stakeholders[0]!;
    const put = await app.inject({
      method: 'PUT',
      url: `/api/stakeholders/${encodeURIComponent(noa.id)}/preferences`,
      headers: auth,
      payload: { deadlineStyle: { kind: 'start-of-business-day' }, workedHolidays: [] },
    });
    expect(put.statusCode).toBeLessThan(300);
    const after = titled(await report(), 'Send the localization glossary');
    expect(after.deadline).toMatchObject({
      at: '2025-03-27T06:30:00Z',
      dueOn: '2025-03-28',
      effectiveOn: '2025-03-27',
      style: { kind: 'start-of-business-day' },
      moved: { from: '2025-03-28', why: 'weekend' },
      city: 'Tel Aviv',
    });
  });

  it('lists items due after the horizon apart', async () => {
    // A 3-day horizon from Mon 24 Mar 08:00Z ends Thu 27 Mar 08:00Z: the QBR deck (due Wed 2 Apr) is later.
    const r = await report('?horizonDays=3');
    expect(titled(r, 'Prepare the QBR deck').state).toBe('later');
    expect(titled(r, 'Write the data migration guide').state).not.toBe('later');
  });

  it('writes every text in the locale the host asks for', async () => {
    const r = await report('?locale=de-DE');
    expect(r.locale).toBe('de-DE');
    // German writes hours as "Std." with a decimal comma and dates as "Do., 27. März".
    expect(titled(r, 'Send the localization glossary').summary).toMatch(/Std\./);
    expect(titled(r, 'Localize the release notes').deadline?.inStakeholderZone).toBe('Mo., 31. März, 18:00 Shanghai');
    // In German words, not only German dates (Intl's no-break spaces compare as spaces): 1 + 18 = 19 Std. needed,
    // 17,3 free, 1,7 short; 18:00 in Shanghai (UTC+8) is 03:00 in San Francisco (PDT, UTC−7).
    expect(titled(r, 'Localize the release notes').summary.replace(/\s/gu, ' ')).toBe(
      'Noch 1 Std. Arbeit, dazu 18 Std. für andere bis dahin fällige Aufgaben; 17,3 Std. frei bis Mo., 31. März, 18:00 Shanghai (bei Ihnen 03:00): 1,7 Std. zu wenig.',
    );
  });

  it('sends day-off flags as data that agree with the deadlines they explain', async () => {
    const r = await report('?locale=fr-FR');
    const dayOff = r.items.flatMap((item) => item.flags.flatMap((flag) => (flag.kind === 'non-working-day' ? [{ item, flag }] : [])));
    expect(dayOff.length).toBeGreaterThan(0);
    for (const { item, flag } of dayOff) {
      const theirs = item.deadlines.find((d) => d.stakeholderId === flag.stakeholderId);
      expect(flag.movedTo).toBe(theirs?.effectiveOn);
      expect(theirs?.moved).toMatchObject({ from: flag.on, why: flag.why });
      expect(Object.keys(flag)).not.toContain('label');
    }
  });
});
