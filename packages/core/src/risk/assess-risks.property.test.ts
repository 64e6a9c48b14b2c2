import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../model/calendar.js';
import type { UserWorld } from '../model/world.js';
import { aStakeholder, aTask, aUser, aWorld, anEvent, at } from '../testing/builders.js';
import { assessRisks } from './assess-risks.js';
import type { RiskSettings } from './risk-settings.js';
import type { RiskReport, RiskState } from './types.js';

const RANK: Record<RiskState, number> = { 'no-due-date': -1, later: -1, 'on-track': 0, 'at-risk': 1, 'off-track': 2, overdue: 3 };
const NOW = at('2025-10-06T09:30:00Z');
const BASE_MS = Date.parse('2025-10-06T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const stakeholders = [
  aStakeholder({ id: 'lena@x', zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } }),
  aStakeholder({ id: 'dana@x', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4] }),
  aStakeholder({ id: 'priya@x', zone: 'Asia/Kolkata', style: { kind: 'end-of-day' } }),
];

const itemArb = fc.record({
  dueDay: fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined }),
  hours: fc.integer({ min: 0, max: 24 }),
  who: fc.subarray(['lena@x', 'dana@x', 'priya@x']),
});
// Events on a 15-minute grid over two weeks, as busy, tentative or out of office.
const eventArb = fc.record({
  startQuarter: fc.integer({ min: 0, max: 14 * 96 }),
  quarters: fc.integer({ min: 1, max: 40 }),
  showAs: fc.constantFrom('busy' as const, 'tentative' as const, 'oof' as const),
});
type ItemSpec = { dueDay: number | undefined; hours: number; who: string[] };
type EventSpec = { startQuarter: number; quarters: number; showAs: 'busy' | 'tentative' | 'oof' };

function toEvent(e: EventSpec, i: number): CalendarEntry {
  const start = BASE_MS + e.startQuarter * 900_000;
  return anEvent({ id: `e${i}`, start: iso(start), end: iso(start + e.quarters * 900_000), showAs: e.showAs });
}
function build(items: ItemSpec[], events: EventSpec[]): { world: UserWorld; settings: Partial<RiskSettings> } {
  const effortOverrides: Record<string, number> = {};
  const tasks = items.map((it, i) => {
    effortOverrides[`t${i}`] = it.hours;
    const dueOn = it.dueDay === undefined ? undefined : iso(BASE_MS + it.dueDay * 86_400_000).slice(0, 10);
    return aTask({ id: `t${i}`, title: `Task ${i}`, stakeholderIds: it.who, ...(dueOn ? { dueOn } : {}) });
  });
  const world = aWorld({
    user: aUser({ zone: 'America/New_York' }),
    horizonStart: '2025-10-06T00:00:00Z',
    horizonEnd: '2025-10-20T00:00:00Z',
    items: tasks,
    calendar: events.map(toEvent),
    stakeholders,
  });
  return { world, settings: { effortOverrides } };
}
const states = (report: RiskReport) => new Map(report.items.map((r) => [r.itemId, RANK[r.state]]));
const noneLower = (before: RiskReport, after: RiskReport) => [...states(before)].every(([id, rank]) => (states(after).get(id) ?? rank) >= rank);
const noneHigher = (before: RiskReport, after: RiskReport) => noneLower(after, before);

const items = fc.array(itemArb, { minLength: 1, maxLength: 8 });
const events = fc.array(eventArb, { maxLength: 12 });
const options = { numRuns: Number(process.env.FC_RUNS ?? 150) };

describe('assessRisks properties', () => {
  it('adding a busy event never lowers any item’s risk', () => {
    fc.assert(
      fc.property(items, events, eventArb, (is, es, extra) => {
        const { world, settings } = build(is, es);
        const busier = { ...world, calendar: [...world.calendar, toEvent({ ...extra, showAs: 'busy' }, 999)] };
        expect(noneLower(assessRisks(world, NOW, settings), assessRisks(busier, NOW, settings))).toBe(true);
      }),
      options,
    );
  });

  it('adding capacity (dropping an event, a higher focus factor) never raises any item’s risk', () => {
    fc.assert(
      fc.property(items, events, fc.nat(), fc.double({ min: 0.7, max: 1, noNaN: true }), (is, es, pick, focusFactor) => {
        const { world, settings } = build(is, es);
        const before = assessRisks(world, NOW, settings);
        const freer = { ...world, calendar: world.calendar.filter((_, i) => es.length === 0 || i !== pick % es.length) };
        expect(noneHigher(before, assessRisks(freer, NOW, settings))).toBe(true);
        expect(noneHigher(before, assessRisks(world, NOW, { ...settings, focusFactor }))).toBe(true);
      }),
      options,
    );
  });

  it('removing an item never raises another’s risk', () => {
    fc.assert(
      fc.property(items, events, fc.nat(), (is, es, pick) => {
        const { world, settings } = build(is, es);
        const gone = world.items[pick % world.items.length]!.id;
        const fewer = { ...world, items: world.items.filter((i) => i.id !== gone) };
        expect(noneHigher(assessRisks(world, NOW, settings), assessRisks(fewer, NOW, settings))).toBe(true);
      }),
      options,
    );
  });

  it('more effort never lowers an item’s risk', () => {
    fc.assert(
      fc.property(items, events, fc.nat(), fc.integer({ min: 1, max: 20 }), (is, es, pick, more) => {
        const { world, settings } = build(is, es);
        const id = world.items[pick % world.items.length]!.id;
        const heavier = { ...settings, effortOverrides: { ...settings.effortOverrides, [id]: settings.effortOverrides![id]! + more } };
        expect(noneLower(assessRisks(world, NOW, settings), assessRisks(world, NOW, heavier))).toBe(true);
      }),
      options,
    );
  });

  it('tells one story: the state follows from the figures, and each chart adds up to them', () => {
    fc.assert(
      fc.property(items, events, (is, es) => {
        const { world, settings } = build(is, es);
        for (const risk of assessRisks(world, NOW, settings).items) {
          const f = risk.figures;
          expect(f.neededMinutes).toBe(f.ownMinutes + f.competingMinutes);
          expect(f.spareMinutes).toBe(f.freeMinutes - f.neededMinutes);
          for (const n of Object.values(f)) expect(Number.isInteger(n)).toBe(true);
          if (risk.state === 'on-track') expect(f.neededMinutes + f.marginMinutes).toBeLessThanOrEqual(f.freeMinutes);
          if (risk.state === 'at-risk') expect([f.neededMinutes <= f.freeMinutes, f.neededMinutes + f.marginMinutes > f.freeMinutes]).toEqual([true, true]);
          if (risk.state === 'off-track') expect(f.neededMinutes).toBeGreaterThan(f.freeMinutes);
          if (risk.capacity.length === 0) continue;
          const sum = (pick: (d: (typeof risk.capacity)[number]) => number) => risk.capacity.reduce((acc, d) => acc + pick(d), 0);
          // Usable time in the chart is the free time of the figures; earlier items claim what they need of it.
          expect(sum((d) => d.claimedMinutes + d.freeMinutes)).toBe(f.freeMinutes);
          expect(sum((d) => d.claimedMinutes)).toBe(Math.min(f.competingMinutes, f.freeMinutes));
          for (const d of risk.capacity) {
            expect(d.workMinutes).toBe(d.busyMinutes + d.reserveMinutes + d.claimedMinutes + d.freeMinutes);
            expect(Math.min(d.busyMinutes, d.reserveMinutes, d.claimedMinutes, d.freeMinutes)).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      options,
    );
  });

  it('promises a date that fits: on track if the item were due then', () => {
    fc.assert(
      fc.property(items, events, (is, es) => {
        const { world, settings } = build(is, es);
        const report = assessRisks(world, NOW, settings);
        for (const risk of report.items) {
          const promise = risk.promise;
          if (promise?.kind !== 'date') continue;
          const moved = { ...world, items: world.items.map((i) => (i.id === risk.itemId ? { ...i, due: { on: promise.on } } : i)) };
          const again = assessRisks(moved, NOW, settings).items.find((r) => r.itemId === risk.itemId);
          expect(again?.state === 'on-track' || again?.state === 'later').toBe(true);
        }
      }),
      options,
    );
  });

  it('does not depend on the order of items, events or stakeholders', () => {
    fc.assert(
      fc.property(items, events, fc.nat(), (is, es, seed) => {
        const { world, settings } = build(is, es);
        const rotate = <T>(xs: readonly T[]) => (xs.length === 0 ? [...xs] : [...xs.slice(seed % xs.length), ...xs.slice(0, seed % xs.length)].reverse());
        const shuffled = { ...world, items: rotate(world.items), calendar: rotate(world.calendar), stakeholders: rotate(world.stakeholders) };
        expect(assessRisks(shuffled, NOW, settings)).toEqual(assessRisks(world, NOW, settings));
      }),
      options,
    );
  });
});
