import { describe, expect, it } from 'vitest';
import type { UserWorld } from '../model/world.js';
import { assessRisks } from '../risk/assess-risks.js';
import { aColleague, aMeeting, aStakeholder, aTask, aUser, aWorld, at, on } from '../testing/builders.js';
import { emptySuggestionMemory } from './suggest-settings.js';
import { suggestUpdates } from './suggest-updates.js';
import type { DigestRequest, SuggestSettings, SuggestionMemory } from './types.js';

// Tue 1 Dec 2026, 09:00 in Berlin (UTC+1). The user works 09:00–17:00 Berlin, Mon–Fri: 480 min a day, × 0.7 = 336 usable.
const NOW = '2026-12-01T08:00:00Z';
const lena = aStakeholder({ id: 'lena@x', zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
const noa = aStakeholder({ id: 'noa@x', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4] });
const priya = aStakeholder({ id: 'priya@x', zone: 'Asia/Kolkata' });
const maria = aStakeholder({ id: 'maria@x', zone: 'America/Los_Angeles' });
// Jonas is in plan-1 and busy 11:00–13:00 Berlin today.
const jonas = aColleague({ id: 'jonas@x', planIds: ['plan-1'], busy: [{ start: '2026-12-01T10:00:00Z', end: '2026-12-01T12:00:00Z' }] });

interface Run {
  world: UserWorld;
  now?: string;
  hours?: Record<string, number>;
  memory?: SuggestionMemory;
  settings?: Partial<SuggestSettings>;
  digest?: DigestRequest;
}
function run({ world, now = NOW, hours = {}, memory = emptySuggestionMemory, settings, digest }: Run) {
  const riskSettings = { effortOverrides: hours };
  const report = assessRisks(world, at(now), riskSettings);
  return suggestUpdates({ world, report, now: at(now), memory, riskSettings, ...(settings ? { settings } : {}), ...(digest ? { digest } : {}) });
}
const world = (over: Partial<UserWorld>) => aWorld({ user: aUser(), stakeholders: [lena, noa, priya, maria], colleagues: [jonas], ...over });
// 16 h due today for Lena: needed 960 > free 336 → off track; margin round(960 × 0.25) = 240.
const budget = aTask({ id: 't1', title: 'Budget', dueOn: '2026-12-01', stakeholderIds: ['lena@x'], planId: 'plan-1' });

describe('suggestUpdates: heads-up', () => {
  const result = run({ world: world({ items: [budget] }), hours: { t1: 16 } });
  const headsUp = result.suggestions.find((s) => s.kind === 'heads-up')!;

  it('tells the stakeholder now, with a canonical id, the day of the change as its period', () => {
    // 09:00 Berlin is inside Lena's hours: send now.
    expect(headsUp).toMatchObject({ id: 'heads-up:t1:lena@x:2026-12-01', recipientIds: ['lena@x'], itemIds: ['t1'], severity: 'off-track', sendAt: NOW, period: '2026-12-01', fingerprint: 't1=off-track@2026-12-04' });
  });

  it('says why, the new date as the reader reads it, the first promise, and what would help', () => {
    // Short: 960 + 240 − 336 = 864. The promise needs 1200 usable minutes: Tue–Thu give 3 × 336 = 1008, Tue–Fri 1344 → Fri 4 Dec.
    // Jonas has 480 − 120 busy = 360 min before 17:00 today, × 0.7 = 252: he could take min(864, 960, 252) = 252.
    expect(headsUp.reason).toEqual({
      kind: 'heads-up',
      items: [
        expect.objectContaining({
          itemId: 't1',
          to: 'off-track',
          cause: { kind: 'own-effort', shortMinutes: 864 },
          history: { firstOn: '2026-12-01', currentOn: '2026-12-04' },
          readings: [expect.objectContaining({ recipientId: 'lena@x', deadline: expect.objectContaining({ at: '2026-12-01T16:00:00Z' }), promised: expect.objectContaining({ at: '2026-12-04T16:00:00Z' }) })],
          help: [
            { kind: 'new-date', itemId: 't1', on: '2026-12-04' },
            { kind: 'colleague', colleagueId: 'jonas@x', itemId: 't1', minutes: 252, freeMinutes: 252 },
            { kind: 'reduce-scope', itemId: 't1', minutes: 864 },
          ],
        }),
      ],
    });
  });

  it('remembers the state, the promise and the first promised date', () => {
    expect(result.memoryAfter).toMatchObject({
      firstPromised: [{ itemId: 't1', on: '2026-12-01' }],
      items: [{ itemId: 't1', state: 'off-track', promisedOn: '2026-12-04', sinceOn: '2026-12-01' }],
    });
  });

  it('puts several items for the same people into one message', () => {
    const items = [budget, aTask({ id: 't5', dueOn: '2026-12-01', stakeholderIds: ['lena@x'] }), aTask({ id: 't6', dueOn: '2026-12-01', stakeholderIds: ['noa@x'] })];
    // t6: Noa's deadline is 17:00 Tel Aviv = 15:00Z; 5 h = 300 > (15:00Z − 08:00Z = 420) × 0.7 = 294 → off track.
    const r = run({ world: world({ items }), hours: { t1: 16, t5: 2, t6: 5 }, settings: { kinds: { 'ask-for-help': false } as SuggestSettings['kinds'] } });
    expect(r.suggestions.map((s) => s.id)).toEqual(['heads-up:t1,t5:lena@x:2026-12-01', 'heads-up:t6:noa@x:2026-12-01']);
  });

  it('writes one message per language when the same item has readers of different languages', () => {
    // Lena reads German, Priya English (the user's default): the off-track item for both becomes two heads-ups,
    // each reader's in their own catalogue; Lena's is German even though Priya shares the item.
    const lenaDe = { ...lena, language: 'de-DE' };
    const shared = { ...budget, stakeholderIds: ['lena@x', 'priya@x'] };
    const r = run({ world: world({ items: [shared], stakeholders: [lenaDe, noa, priya, maria] }), hours: { t1: 16 } });
    const headsUps = r.suggestions.filter((x) => x.kind === 'heads-up');
    expect(headsUps.map((x) => x.recipientIds)).toEqual([['lena@x'], ['priya@x']]);
  });

  it('makes the same suggestion again while nothing changes, and a new one when the state worsens', () => {
    const again = run({ world: world({ items: [budget] }), hours: { t1: 16 }, memory: result.memoryAfter, now: '2026-12-01T09:00:00Z' });
    expect(again.suggestions.map((s) => s.id)).toEqual(['heads-up:t1:lena@x:2026-12-01', 'ask-for-help:t1:jonas@x:2026-12-01']);
    // Wed 2 Dec: Lena's deadline (Tue 16:00Z) has passed → overdue, a change of state on a new day.
    const later = run({ world: world({ items: [budget] }), hours: { t1: 16 }, memory: again.memoryAfter, now: '2026-12-02T08:00:00Z' });
    const next = later.suggestions.find((s) => s.kind === 'heads-up')!;
    expect([next.id, next.severity]).toEqual(['heads-up:t1:lena@x:2026-12-02', 'overdue']);
    expect(next.reason).toMatchObject({ items: [{ from: 'off-track', to: 'overdue' }] });
  });

  it('keeps the first promised date when the date slips ("first promised 1 December, now 7 December")', () => {
    // Day 1: 2 h due today, on track (120 + 30 ≤ 336). Nothing to say, but memory keeps 1 Dec.
    const small = aTask({ id: 't1', title: 'Budget', dueOn: '2026-12-01', stakeholderIds: ['lena@x'] });
    const day1 = run({ world: world({ items: [small] }), hours: { t1: 2 } });
    expect(day1.suggestions).toEqual([]);
    // Day 2: the user moved it to Fri 4 Dec and it grew to 16 h: Wed–Fri give 3 × 336 = 1008 ≥ 960 but < 960 + 240 → at
    // risk; 1200 fits by Mon 7 Dec (4 × 336 = 1344).
    const moved = aTask({ id: 't1', title: 'Budget', dueOn: '2026-12-04', stakeholderIds: ['lena@x'] });
    const day2 = run({ world: world({ items: [moved] }), hours: { t1: 16 }, memory: day1.memoryAfter, now: '2026-12-02T08:00:00Z' });
    expect(day2.suggestions[0]?.reason).toMatchObject({ items: [{ from: 'on-track', to: 'at-risk', history: { firstOn: '2026-12-01', currentOn: '2026-12-07' } }] });
    expect(day2.memoryAfter.firstPromised).toEqual([{ itemId: 't1', on: '2026-12-01' }]);
  });

  it('says what was promised before when the date to promise moves again', () => {
    // Same day, 20 h: 1200 + 300 = 1500 usable needs 5 × 336 = 1680 → Mon 7 Dec instead of Fri 4 Dec.
    const r = run({ world: world({ items: [budget] }), hours: { t1: 20 }, memory: result.memoryAfter, now: '2026-12-01T09:00:00Z' });
    const s = r.suggestions.find((x) => x.kind === 'heads-up')!;
    expect([s.id, s.fingerprint]).toEqual(['heads-up:t1:lena@x:2026-12-01', 't1=off-track@2026-12-07']);
    expect(s.reason).toMatchObject({ items: [{ history: { firstOn: '2026-12-01', previousOn: '2026-12-04', currentOn: '2026-12-07' } }] });
  });
});

describe('suggestUpdates: dismiss and snooze', () => {
  const id = 'heads-up:t1:lena@x:2026-12-01';
  const only = { kinds: { 'ask-for-help': false } as SuggestSettings['kinds'] };

  it('holds a dismissed suggestion while its fingerprint is unchanged', () => {
    const memory = { ...emptySuggestionMemory, dismissed: [{ id, fingerprint: 't1=off-track@2026-12-04' }] };
    const r = run({ world: world({ items: [budget] }), hours: { t1: 16 }, memory, settings: only });
    expect([r.suggestions, r.held, r.memoryAfter.dismissed]).toEqual([[], [{ id, kind: 'heads-up', why: 'dismissed' }], memory.dismissed]);
  });

  it('brings a dismissed suggestion back when the date to promise moves, and forgets the dismissal', () => {
    const memory = { ...emptySuggestionMemory, dismissed: [{ id, fingerprint: 't1=off-track@2026-12-04' }] };
    // 20 h: the promise moves to Mon 7 Dec (see above).
    const r = run({ world: world({ items: [budget] }), hours: { t1: 20 }, memory, settings: only });
    expect([r.suggestions.map((s) => s.fingerprint), r.memoryAfter.dismissed]).toEqual([['t1=off-track@2026-12-07'], []]);
  });

  it('holds a snoozed suggestion until its time, then sends it from then', () => {
    const memory = { ...emptySuggestionMemory, snoozed: [{ id, until: at('2026-12-01T12:00:00Z') }] };
    const before = run({ world: world({ items: [budget] }), hours: { t1: 16 }, memory, settings: only });
    expect(before.held).toEqual([{ id, kind: 'heads-up', why: 'snoozed' }]);
    const after = run({ world: world({ items: [budget] }), hours: { t1: 16 }, memory, settings: only, now: '2026-12-01T12:30:00Z' });
    expect([after.suggestions.map((s) => [s.id, s.sendAt]), after.memoryAfter.snoozed]).toEqual([[[id, '2026-12-01T12:30:00Z']], []]);
  });
});

describe('suggestUpdates: noise control', () => {
  // 8 h due today for Lena: 480 > 336 → off track. 1 h due Thu for Lena: 480 + 60 = 540, + 135 margin = 675 ≤ 3 × 336 = 1008 → on track.
  const urgent = aTask({ id: 't1', dueOn: '2026-12-01', stakeholderIds: ['lena@x'] });
  const soon = aTask({ id: 't7', dueOn: '2026-12-03', stakeholderIds: ['lena@x'] });
  const silentLena = aStakeholder({ id: 'lena@x', holidayRegion: { country: 'DE' }, lastContactAt: '2026-11-20T10:00:00Z' });
  const noisy = world({ items: [urgent, soon], stakeholders: [silentLena, noa] });
  const hours = { t1: 8, t7: 1 };

  it('gives a person one suggestion a day, the most severe one', () => {
    const r = run({ world: noisy, hours });
    expect(r.suggestions.map((s) => s.id)).toEqual(['heads-up:t1:lena@x:2026-12-01']);
    expect(r.held).toEqual([{ id: 'on-track:t7:lena@x:2026-W49', kind: 'on-track', why: 'once-a-day' }]);
    expect(r.memoryAfter.lastByStakeholder).toEqual([{ stakeholderId: 'lena@x', on: '2026-12-01', severity: 'off-track', suggestionId: 'heads-up:t1:lena@x:2026-12-01' }]);
  });

  it.each([
    { case: 'lets worse news through the same day', last: { on: on('2026-12-01'), severity: 'routine' as const }, shown: true },
    { case: 'holds news that is not worse the same day', last: { on: on('2026-12-01'), severity: 'off-track' as const }, shown: false },
    { case: 'lets it through the next day', last: { on: on('2026-11-30'), severity: 'overdue' as const }, shown: true },
  ])('$case', ({ last, shown }) => {
    const memory = { ...emptySuggestionMemory, lastByStakeholder: [{ stakeholderId: 'lena@x', suggestionId: 'delivered:c9:lena@x:2026-11-30', ...last }] };
    const r = run({ world: world({ items: [urgent] }), hours, memory, settings: { kinds: { 'ask-for-help': false } as SuggestSettings['kinds'] } });
    expect(r.suggestions.map((s) => s.id)).toEqual(shown ? ['heads-up:t1:lena@x:2026-12-01'] : []);
  });

  it('leaves out of a message the person whose day is taken, and still tells the others', () => {
    const shared = aTask({ id: 't8', dueOn: '2026-12-01', stakeholderIds: ['lena@x', 'noa@x'] });
    const memory = { ...emptySuggestionMemory, lastByStakeholder: [{ stakeholderId: 'lena@x', on: on('2026-12-01'), severity: 'off-track' as const, suggestionId: 'x' }] };
    const r = run({ world: world({ items: [shared] }), hours: { t8: 8 }, memory });
    expect(r.suggestions.map((s) => s.id)).toEqual(['heads-up:t8:noa@x:2026-12-01']);
    expect(r.suggestions[0]?.reason).toMatchObject({ items: [{ readings: [{ recipientId: 'noa@x' }] }] });
    // The next run the same day makes the same narrowed message: it is no new suggestion for Noa.
    const again = run({ world: world({ items: [shared] }), hours: { t8: 8 }, memory: r.memoryAfter, now: '2026-12-01T10:00:00Z' });
    expect(again.suggestions.map((s) => s.id)).toEqual(['heads-up:t8:noa@x:2026-12-01']);
  });

  it('turns a kind off', () => {
    const r = run({ world: noisy, hours, settings: { kinds: { 'heads-up': false } as SuggestSettings['kinds'] } });
    // Without the heads-up, the on-track note takes Lena's day.
    expect(r.suggestions.map((s) => s.kind)).toEqual(['on-track']);
  });
});

describe('suggestUpdates: the other kinds', () => {
  it('writes an on-track note to a stakeholder who has not heard from the user, with the days of silence', () => {
    // Last contact Fri 20 Nov 10:00Z; now Tue 1 Dec 08:00Z: 10 days 22 hours → 10 whole days ≥ 5.
    const r = run({ world: world({ items: [aTask({ id: 't7', dueOn: '2026-12-03', stakeholderIds: ['lena@x'] })], stakeholders: [aStakeholder({ id: 'lena@x', lastContactAt: '2026-11-20T10:00:00Z' })] }), hours: { t7: 1 } });
    expect(r.suggestions).toMatchObject([
      { id: 'on-track:t7:lena@x:2026-W49', reason: { kind: 'on-track', contacts: [{ recipientId: 'lena@x', lastContactAt: '2026-11-20T10:00:00Z', silentDays: 10 }] } },
    ]);
  });

  it.each([
    { case: 'a recent contact', lastContactAt: '2026-11-28T10:00:00Z', dueOn: '2026-12-03' }, // 2 days < 5
    { case: 'a deadline far away', lastContactAt: '2026-11-20T10:00:00Z', dueOn: '2026-12-10' }, // 9 days > 3
  ])('writes no on-track note for $case', ({ lastContactAt, dueOn }) => {
    const r = run({ world: world({ items: [aTask({ id: 't7', dueOn, stakeholderIds: ['lena@x'] })], stakeholders: [aStakeholder({ id: 'lena@x', lastContactAt })] }), hours: { t7: 1 } });
    expect(r.suggestions).toEqual([]);
  });

  it('asks to confirm a new commitment, restating the deadline as the stakeholder reads it', () => {
    // Created 17 h ago (≤ 48); due Thu 10 Dec, Priya's close of business 17:00 Kolkata (UTC+5:30) = 11:30Z. 13:30 in Kolkata now.
    const fresh = aTask({ id: 't9', dueOn: '2026-12-10', stakeholderIds: ['priya@x'], createdAt: '2026-11-30T15:00:00Z' });
    const old = aTask({ id: 't10', dueOn: '2026-12-10', stakeholderIds: ['priya@x'], createdAt: '2026-11-28T07:00:00Z' }); // 73 h ago
    const r = run({ world: world({ items: [fresh, old] }), hours: { t9: 1, t10: 1 } });
    expect(r.suggestions).toMatchObject([
      { id: 'confirm-promise:t9:priya@x:2026-11-30', sendAt: NOW, reason: { items: [{ itemId: 't9', readings: [{ recipientId: 'priya@x', deadline: { at: '2026-12-10T11:30:00Z' } }] }] } },
    ]);
  });

  it('asks to confirm a new commitment even on a day the stakeholder already gets a heads-up', () => {
    // Lena gets the off-track heads-up for t1 today (see above); the new commitment t9 from her, created 17 h ago,
    // is her own request: its confirmation is not held by the once-a-day rule.
    const fresh = aTask({ id: 't9', dueOn: '2026-12-10', stakeholderIds: ['lena@x'], createdAt: '2026-11-30T15:00:00Z' });
    const r = run({ world: world({ items: [budget, fresh] }), hours: { t1: 16, t9: 1 }, settings: { kinds: { 'ask-for-help': false } as SuggestSettings['kinds'] } });
    expect(r.suggestions.map((x) => x.kind).sort()).toEqual(['confirm-promise', 'heads-up']);
    expect(r.suggestions.every((x) => x.recipientIds.join() === 'lena@x')).toBe(true);
  });

  it('tells everyone affected that an item was delivered, naming the people to thank', () => {
    // Completed Mon 30 Nov 15:00Z, before Noa's deadline (Tue 17:00 Tel Aviv = 15:00Z) and Lena's (16:00Z).
    const done = aTask({ id: 'c1', title: 'Slides', dueOn: '2026-12-01', status: 'completed', completedAt: '2026-11-30T15:00:00Z', stakeholderIds: ['noa@x', 'lena@x'], contributorIds: ['jonas@x', 'megan@contoso.example'] });
    const r = run({ world: world({ completed: [done] }) });
    // Lena works from 08:00Z, Noa from 07:00Z: both now.
    expect(r.suggestions).toMatchObject([{ id: 'delivered:c1:lena@x,noa@x:2026-11-30', sendAt: NOW, reason: { kind: 'delivered', items: [{ itemId: 'c1', thankIds: ['jonas@x'], onTime: true }] } }]);
  });

  it('asks a colleague for help, saying which item and how many minutes fit', () => {
    const r = run({ world: world({ items: [budget] }), hours: { t1: 16 } });
    expect(r.suggestions.find((s) => s.kind === 'ask-for-help')).toMatchObject({
      id: 'ask-for-help:t1:jonas@x:2026-12-01',
      recipientIds: ['jonas@x'],
      reason: { colleagueId: 'jonas@x', items: [{ itemId: 't1', shortMinutes: 864, freeMinutes: 252, minutes: 252 }] },
    });
  });

  it('offers a colleague the earlier work that takes the time of an item', () => {
    // t10 (plan-1): 8 h due today for Lena: 480 > 336 → off track on its own. t11 (no plan): 3 h for Noa by Wed 17:00 Tel
    // Aviv = 15:00Z: free (480 + 420) × 0.7 = 630 < needed 480 + 180 = 660 → off track, but 180 + 45 fits alone: earlier
    // work, root t10. Short 660 + 165 − 630 = 195; Jonas has 252 before t10's deadline → he could take 195 min of t10.
    const t10 = aTask({ id: 't10', title: 'Forecast', dueOn: '2026-12-01', stakeholderIds: ['lena@x'], planId: 'plan-1' });
    const t11 = aTask({ id: 't11', title: 'Memo', dueOn: '2026-12-02', stakeholderIds: ['noa@x'] });
    const r = run({ world: world({ items: [t10, t11] }), hours: { t10: 8, t11: 3 } });
    const toNoa = r.suggestions.find((s) => s.id === 'heads-up:t11:noa@x:2026-12-01')!;
    expect(toNoa.reason).toMatchObject({ items: [{ cause: { kind: 'earlier-work', roots: [{ itemId: 't10', title: 'Forecast' }], shortMinutes: 195 } }] });
    expect(toNoa.reason.kind === 'heads-up' && toNoa.reason.items[0]?.help).toContainEqual({ kind: 'colleague', colleagueId: 'jonas@x', itemId: 't10', minutes: 195, freeMinutes: 252 });
    // One message to Jonas about t10, with the larger need: t10's own short 480 + 120 − 336 = 264, of which 252 fit.
    expect(r.suggestions.find((s) => s.kind === 'ask-for-help')).toMatchObject({ itemIds: ['t10'], reason: { items: [{ itemId: 't10', shortMinutes: 264, minutes: 252 }] } });
  });

  it('writes one on-track note to the silent stakeholders of the same items', () => {
    const a = aStakeholder({ id: 'a@x', lastContactAt: '2026-11-20T10:00:00Z' });
    const b = aStakeholder({ id: 'b@x', lastContactAt: '2026-11-25T10:00:00Z' });
    const r = run({ world: world({ items: [aTask({ id: 't7', dueOn: '2026-12-03', stakeholderIds: ['a@x', 'b@x'] })], stakeholders: [a, b] }), hours: { t7: 1 } });
    // 10 and 5 whole days of silence (5 days 22 hours → 5).
    expect(r.suggestions).toMatchObject([{ id: 'on-track:t7:a@x,b@x:2026-W49', reason: { contacts: [{ recipientId: 'a@x', silentDays: 10 }, { recipientId: 'b@x', silentDays: 5 }] } }]);
  });

  it('asks no one outside the plan, or with too little time', () => {
    const busy = aColleague({ id: 'kim@x', planIds: ['plan-1'], busy: [{ start: '2026-12-01T08:00:00Z', end: '2026-12-01T15:30:00Z' }] }); // 30 × 0.7 = 21 < 30
    const other = aColleague({ id: 'ola@x', planIds: ['plan-2'] });
    const r = run({ world: world({ items: [budget], colleagues: [busy, other] }), hours: { t1: 16 } });
    expect(r.suggestions.map((s) => s.kind)).toEqual(['heads-up']);
  });

  it('briefs the attendees owed something before the meeting, and holds it when no time fits before it', () => {
    const item = aTask({ id: 't9', dueOn: '2026-12-10', stakeholderIds: ['priya@x', 'maria@x'] });
    const meetings = [
      aMeeting({ id: 'm1', start: '2026-12-01T14:00:00Z', end: '2026-12-01T14:30:00Z', attendeeIds: ['priya@x', 'jonas@x'] }),
      // Maria's day (Los Angeles) starts at 17:00Z, after this meeting's 12:00Z start.
      aMeeting({ id: 'm2', start: '2026-12-01T12:00:00Z', end: '2026-12-01T12:30:00Z', attendeeIds: ['maria@x'] }),
    ];
    const r = run({ world: world({ items: [item], meetings }), hours: { t9: 1 } });
    expect(r.suggestions.map((s) => [s.id, s.sendAt])).toEqual([['meeting-brief:m1:priya@x:2026-12-01', NOW]]);
    expect(r.held).toEqual([{ id: 'meeting-brief:m2:maria@x:2026-12-01', kind: 'meeting-brief', why: 'no-send-time' }]);
  });

  it('drafts a digest with nothing worth saying only when forced', () => {
    const quiet = world({ items: [aTask({ id: 't3', dueOn: '2027-01-29', stakeholderIds: ['lena@x'] })] });
    const asked = run({ world: quiet, hours: { t3: 1 }, digest: { audienceIds: ['lena@x'], force: false } });
    expect([asked.suggestions, asked.held]).toEqual([[], [{ id: 'weekly-digest::lena@x:2026-W49', kind: 'weekly-digest', why: 'nothing-to-say' }]]);
    const forced = run({ world: quiet, hours: { t3: 1 }, digest: { audienceIds: ['lena@x'], force: true } });
    expect(forced.suggestions.map((s) => [s.id, s.sendAt])).toEqual([['weekly-digest::lena@x:2026-W49', NOW]]);
  });

  it.each([
    // Noa's Friday is off, so a Friday due date is hers on Thu 3 Dec, 17:00 Tel Aviv = 15:00Z: overdue on Fri 4 Dec. Her
    // week starts on Sunday: 09:00 Tel Aviv (UTC+2) = 07:00Z on 6 Dec.
    { case: "on Sunday in Noa's Sun–Thu week", who: 'noa@x', dueOn: '2026-12-04', now: '2026-12-04T09:00:00Z', want: '2026-12-06T07:00:00Z' },
    // Christmas Eve 17:30 in Berlin, after Lena's hours; 25 and 26 December are German public holidays, 27 a Sunday.
    { case: 'after the German Christmas holidays', who: 'lena@x', dueOn: '2026-12-24', now: '2026-12-24T16:30:00Z', want: '2026-12-28T08:00:00Z' },
  ])('sends a heads-up $case', ({ who, dueOn, now, want }) => {
    const r = run({ world: world({ items: [aTask({ id: 't1', dueOn, stakeholderIds: [who] })] }), hours: { t1: 2 }, now });
    expect(r.suggestions.map((s) => [s.kind, s.severity, s.sendAt])).toEqual([['heads-up', 'overdue', want]]);
  });

  it('splits a message when its recipients share no working hours, each group with its own reading', () => {
    // Priya works 03:30Z–11:30Z, Maria 17:00Z–01:00Z: Priya now, Maria at 17:00Z.
    const shared = aTask({ id: 't8', dueOn: '2026-12-01', stakeholderIds: ['priya@x', 'maria@x'] });
    const r = run({ world: world({ items: [shared] }), hours: { t8: 8 } });
    expect(r.suggestions.map((s) => [s.id, s.sendAt])).toEqual([
      ['heads-up:t8:priya@x:2026-12-01', NOW],
      ['heads-up:t8:maria@x:2026-12-01', '2026-12-01T17:00:00Z'],
    ]);
    expect(r.suggestions[1]?.reason).toMatchObject({ items: [{ readings: [{ recipientId: 'maria@x' }] }] });
  });
});
