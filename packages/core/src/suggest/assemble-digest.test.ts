import { describe, expect, it } from 'vitest';
import { assessRisks } from '../risk/assess-risks.js';
import { aColleague, aPerson, aStakeholder, aTask, aUser, aWorld, anAway, at } from '../testing/builders.js';
import { assembleDigest } from './assemble-digest.js';
import { emptySuggestionMemory } from './suggest-settings.js';

// Wed 2 Dec 2026, 09:00 in Berlin (UTC+1), ISO week 49.
const NOW = at('2026-12-02T08:00:00Z');
const user = { ...aUser(), away: anAway('2026-12-07T00:00:00Z', '2026-12-09T00:00:00Z') };
const lena = aStakeholder({ id: 'lena@x' });
const carmen = aPerson({ id: 'carmen@x', zone: 'Europe/Madrid', holidayRegion: { country: 'ES' } });
const jonas = aColleague({ id: 'jonas@x', planIds: ['plan-1'] });
const settings = { effortOverrides: { t1: 16, t2: 1, t3: 1 } };

function digestOf(over: Partial<Parameters<typeof aWorld>[0]> = {}) {
  const world = aWorld({
    user,
    items: [
      aTask({ id: 't1', title: 'Budget', dueOn: '2026-12-02', stakeholderIds: ['lena@x'], planId: 'plan-1' }),
      aTask({ id: 't2', title: 'Hiring plan', dueOn: '2026-12-20', stakeholderIds: ['lena@x'], status: 'inProgress' }),
      aTask({ id: 't3', title: 'Offsite', dueOn: '2027-01-29', stakeholderIds: ['lena@x'] }),
    ],
    completed: [
      aTask({ id: 'c1', title: 'Slides', status: 'completed', completedAt: '2026-11-30T15:00:00Z', contributorIds: ['Jonas@x', user.email] }),
      aTask({ id: 'c0', title: 'Old', status: 'completed', completedAt: '2026-11-20T15:00:00Z' }),
    ],
    stakeholders: [lena],
    people: [carmen],
    colleagues: [jonas],
    ...over,
  });
  return assembleDigest({ world, report: assessRisks(world, NOW, settings), now: NOW, memory: emptySuggestionMemory, audienceIds: ['lena@x', 'carmen@x'], riskSettings: settings });
}

describe('assembleDigest', () => {
  const digest = digestOf();

  it('names the week and the audience', () => {
    expect([digest.period, digest.audienceIds]).toEqual(['2026-W49', ['carmen@x', 'lena@x']]);
  });

  it('credits the contributors of what was done in the last 7 days, not the user', () => {
    // c0 was completed 12 days ago: out of the week.
    expect(digest.done).toEqual([{ itemId: 'c1', title: 'Slides', completedAt: '2026-11-30T15:00:00Z', creditIds: ['jonas@x'] }]);
  });

  it('lists work in progress and what is at risk with its new date and first promise', () => {
    // t2 is started and on track; t3 is on track but neither started nor due within 7 days.
    expect(digest.inProgress.map((i) => [i.itemId, i.state])).toEqual([['t2', 'on-track']]);
    // t1: 16 h = 960 min needed; free today 08:00Z–16:00Z = 480 × 0.7 = 336 → off track. The promise needs
    // 960 + 240 margin = 1200: Wed–Fri give 3 × 336 = 1008, the user is away 7–8 Dec, Wed 9 Dec makes 1344 ≥ 1200.
    expect(digest.atRisk).toMatchObject([{ itemId: 't1', state: 'off-track', history: { firstOn: '2026-12-02', currentOn: '2026-12-09' } }]);
  });

  it('says where help is needed and from whom', () => {
    // Short 960 + 240 − 336 = 864 min; Jonas (same plan) is free 09:00–17:00 Berlin: 480 × 0.7 = 336 min before the deadline.
    expect(digest.help).toEqual([{ itemId: 't1', title: 'Budget', shortMinutes: 864, colleagueId: 'jonas@x', minutes: 336 }]);
  });

  it("lists the user's and the audience's time away in the next 7 days", () => {
    // 8 December (a Tuesday) is a public holiday in Spain; 6 December is one too, but a Sunday.
    expect(digest.away).toEqual([
      { kind: 'away', personId: 'user-1', start: '2026-12-07T00:00:00Z', end: '2026-12-09T00:00:00Z' },
      { kind: 'holiday', personId: 'carmen@x', on: '2026-12-08', name: 'Immaculate Conception' },
    ]);
    expect(digest.isEmpty).toBe(false);
  });

  it('has nothing worth saying when nothing was done, nothing is at risk and nobody is away', () => {
    const quiet = digestOf({ user: aUser(), items: [aTask({ id: 't2', dueOn: '2026-12-20', stakeholderIds: ['lena@x'], status: 'inProgress' })], completed: [], people: [] });
    expect([quiet.isEmpty, quiet.inProgress.length]).toEqual([true, 1]);
  });
});
