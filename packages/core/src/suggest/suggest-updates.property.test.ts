import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { findPublicHoliday } from '../holidays/find-public-holiday.js';
import type { Person, Stakeholder } from '../model/person.js';
import { assessRisks } from '../risk/assess-risks.js';
import { aColleague, aMeeting, aStakeholder, aTask, aUser, aWorld, at } from '../testing/builders.js';
import type { Weekday } from '../time/types.js';
import { emptySuggestionMemory } from './suggest-settings.js';
import { suggestUpdates } from './suggest-updates.js';

const options = { numRuns: Number(process.env.FC_RUNS ?? 100) };
// Fri 20 Mar 2026 00:00Z: three weeks from here cross Europe's spring-forward switch (Sun 29 March), after New York's (8 March).
const BASE_MS = Date.parse('2026-03-20T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const day = (offset: number) => iso(BASE_MS + offset * 86_400_000).slice(0, 10);
const ZONES = [
  { zone: 'Europe/Berlin', country: 'DE' },
  { zone: 'Asia/Jerusalem', country: 'IL' },
  { zone: 'Asia/Kolkata', country: 'IN' },
  { zone: 'America/New_York', country: 'US' },
  { zone: 'America/Los_Angeles', country: 'US' },
  { zone: 'Pacific/Auckland', country: 'NZ' },
  { zone: 'Europe/London', country: 'GB' },
] as const;
const WEEKS: readonly (readonly Weekday[])[] = [[1, 2, 3, 4, 5], [0, 1, 2, 3, 4], [1, 2, 3, 4], [2, 4], [0, 1, 2, 3, 4, 5, 6]];

const personArb = fc.record({
  zone: fc.integer({ min: 0, max: ZONES.length - 1 }),
  week: fc.integer({ min: 0, max: WEEKS.length - 1 }),
  startHour: fc.integer({ min: 6, max: 11 }),
  lengthHours: fc.integer({ min: 3, max: 10 }),
  holidays: fc.boolean(),
  away: fc.option(fc.record({ fromDay: fc.integer({ min: -2, max: 10 }), days: fc.integer({ min: 1, max: 6 }) }), { nil: undefined }),
  lastContactDaysAgo: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
});
type PersonSpec = typeof personArb extends fc.Arbitrary<infer T> ? T : never;
const itemArb = fc.record({
  dueDay: fc.integer({ min: -1, max: 12 }),
  hours: fc.integer({ min: 0, max: 30 }),
  who: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
  createdHoursAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  done: fc.boolean(),
});

function toStakeholder(p: PersonSpec, i: number): Stakeholder {
  const z = ZONES[p.zone]!;
  const end = Math.min(23, p.startHour + p.lengthHours);
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return aStakeholder({
    id: `p${i}@x`,
    zone: z.zone,
    days: WEEKS[p.week]!,
    start: pad(p.startHour),
    end: pad(end),
    ...(p.holidays ? { holidayRegion: { country: z.country } } : {}),
    ...(p.away ? { away: { start: `${day(p.away.fromDay)}T00:00:00Z`, end: `${day(p.away.fromDay + p.away.days)}T00:00:00Z` } } : {}),
    ...(p.lastContactDaysAgo === undefined ? {} : { lastContactAt: iso(BASE_MS - p.lastContactDaysAgo * 86_400_000) }),
  });
}

/** Inside the person's working time, read with luxon on its own (not with the code under test). */
function isInsideWorkingTime(person: Person, sendAt: string): boolean {
  const hours = person.workingHours;
  const t = DateTime.fromISO(sendAt, { zone: hours.timeZone });
  const minute = t.hour * 60 + t.minute + t.second / 60;
  const [sh, sm] = hours.start.split(':').map(Number) as [number, number];
  const [eh, em] = hours.end.split(':').map(Number) as [number, number];
  const weekday = (t.weekday % 7) as Weekday; // luxon: Monday 1 … Sunday 7
  const date = t.toISODate()!;
  const worked = 'workedHolidays' in person ? (person as Stakeholder).workedHolidays : [];
  const holiday = person.holidayRegion !== undefined && !worked.includes(date as never) && findPublicHoliday(person.holidayRegion, date as never) !== undefined;
  const ms = Date.parse(sendAt);
  const away = person.away !== undefined && Date.parse(person.away.start) <= ms && ms < Date.parse(person.away.end);
  return hours.days.includes(weekday) && minute >= sh * 60 + sm && minute < eh * 60 + em && !holiday && !away;
}

describe('suggestUpdates (property)', () => {
  it('sends every suggestion at or after now, inside every recipient’s working time, and is stable under its own memory', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 5, maxLength: 5 }),
        fc.array(itemArb, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 14 * 96 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
        (specs, itemSpecs, nowQuarter, audience) => {
          const nowMs = BASE_MS + nowQuarter * 900_000;
          const now = at(iso(nowMs));
          const stakeholders = specs.map(toStakeholder);
          const ids = stakeholders.map((s) => s.id);
          const effortOverrides: Record<string, number> = {};
          const tasks = itemSpecs.map((it, i) => {
            effortOverrides[`t${i}`] = it.hours;
            return aTask({
              id: `t${i}`,
              dueOn: day(it.dueDay),
              stakeholderIds: it.who.map((w) => ids[w]!),
              planId: 'plan-1',
              contributorIds: ['helper@x'],
              ...(it.createdHoursAgo === undefined ? {} : { createdAt: iso(nowMs - it.createdHoursAgo * 3_600_000) }),
              ...(it.done ? { status: 'completed' as const, completedAt: iso(nowMs - 3_600_000) } : {}),
            });
          });
          const helper = aColleague({ id: 'helper@x', zone: 'Asia/Kolkata', planIds: ['plan-1'] });
          const meeting = aMeeting({ id: 'm1', start: iso(nowMs + 5 * 3_600_000), end: iso(nowMs + 6 * 3_600_000), attendeeIds: ids.slice(0, 3) });
          const world = aWorld({
            user: aUser({ zone: 'Europe/Berlin' }),
            items: tasks.filter((t) => t.status !== 'completed'),
            completed: tasks.filter((t) => t.status === 'completed'),
            stakeholders,
            colleagues: [helper],
            meetings: [meeting],
          });
          const riskSettings = { effortOverrides };
          const report = assessRisks(world, now, riskSettings);
          const input = {
            world,
            report,
            now,
            memory: emptySuggestionMemory,
            riskSettings,
            ...(audience.length === 0 ? {} : { digest: { audienceIds: audience.map((a) => ids[a]!), force: true } }),
          };
          const result = suggestUpdates(input);
          const people = new Map<string, Person>([...stakeholders, helper].map((p) => [p.id, p]));
          for (const s of result.suggestions) {
            expect(Date.parse(s.sendAt)).toBeGreaterThanOrEqual(nowMs);
            for (const id of s.recipientIds) {
              const person = people.get(id)!;
              expect({ id: s.id, recipient: id, sendAt: s.sendAt, inside: isInsideWorkingTime(person, s.sendAt) }).toMatchObject({ inside: true });
            }
            if (s.kind === 'meeting-brief') expect(Date.parse(s.sendAt)).toBeLessThan(Date.parse(meeting.start));
          }
          // Running again with what the server stored changes nothing: same suggestions, same memory.
          const again = suggestUpdates({ ...input, memory: result.memoryAfter });
          expect(again.suggestions.map((s) => s.id)).toEqual(result.suggestions.map((s) => s.id));
          expect(again.memoryAfter).toEqual(result.memoryAfter);
        },
      ),
      options,
    );
  });
});
