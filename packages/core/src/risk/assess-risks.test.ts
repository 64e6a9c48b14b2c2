import { describe, expect, it } from 'vitest';
import { aStakeholder, aTask, aUser, aWorld, anEvent, at } from '../testing/builders.js';
import { assessRisks } from './assess-risks.js';

const lena = aStakeholder({ id: 'lena@contoso.example', zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
const priya = aStakeholder({ id: 'priya@contoso.example', zone: 'Asia/Kolkata', start: '09:00', end: '18:00' });
const dana = aStakeholder({ id: 'dana@contoso.example', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4], start: '09:00', end: '18:00' });

describe('assessRisks', () => {
  it('reads a Berlin deadline for a New York user in the week only the US has switched to DST', () => {
    // Now Mon 10 Mar 2025 09:00 EDT = 13:00Z. Due Wed 12 Mar, Lena's close of business 17:00 CET = 16:00Z = 12:00 EDT
    // (11:00 in any other week). User works 09–17 EDT = 13:00–21:00Z: Mon 8 + Tue 8 + Wed 13:00–16:00Z 3 = 19 h
    // × 0.7 = 13.3 h. Needs 6 h × 1.25 = 7.5 ≤ 13.3 → on-track.
    const world = aWorld({
      user: aUser({ zone: 'America/New_York' }),
      stakeholders: [lena],
      items: [aTask({ id: 'deck', title: 'Board deck ~6h', dueOn: '2025-03-12', stakeholderIds: [lena.id] })],
    });
    const [risk] = assessRisks(world, at('2025-03-10T13:00:00Z')).items;
    // In whole minutes: 1140 × 0.7 = 798 free; 360 needed + round(360 × 0.25) = 90 margin = 450 ≤ 798.
    expect(risk).toMatchObject({
      state: 'on-track',
      deadline: { at: '2025-03-12T16:00:00Z', timeZone: 'Europe/Berlin', dueOn: '2025-03-12', style: { kind: 'close-of-business-day' } },
      figures: { ownMinutes: 360, competingMinutes: 0, neededMinutes: 360, marginMinutes: 90, freeMinutes: 798, spareMinutes: 438 },
    });
    expect(risk?.promise).toBeUndefined();
    // Per day: Mon 480 work → floor(480 × 0.7) = 336 usable, 144 reserve; Tue the same (672 − 336);
    // Wed only up to the deadline, 13:00–16:00Z = 180 work → 798 − 672 = 126 usable, 54 reserve. 336 + 336 + 126 = 798.
    expect(risk?.capacity).toEqual([
      { on: '2025-03-10', workMinutes: 480, busyMinutes: 0, reserveMinutes: 144, claimedMinutes: 0, freeMinutes: 336, isDeadlineDay: false },
      { on: '2025-03-11', workMinutes: 480, busyMinutes: 0, reserveMinutes: 144, claimedMinutes: 0, freeMinutes: 336, isDeadlineDay: false },
      { on: '2025-03-12', workMinutes: 180, busyMinutes: 0, reserveMinutes: 54, claimedMinutes: 0, freeMinutes: 126, isDeadlineDay: true },
    ]);
  });

  // Berlin user, no stakeholders, now Mon 6 Oct 2025 09:00 (07:00Z). A due Tue 7 Oct 17:00, B due Wed 8 Oct 17:00.
  // Wednesday is fully booked. Free to Tue 17:00 = 960 min × 0.7 = 672; to Wed 17:00 also 672 (Wednesday is busy).
  const crunch = () =>
    aWorld({
      user: aUser({ zone: 'Europe/Berlin' }),
      items: [
        aTask({ id: 'b', title: 'Budget', dueOn: '2025-10-08' }),
        aTask({ id: 'a', title: 'Audit', dueOn: '2025-10-07' }),
      ],
      calendar: [anEvent({ start: '2025-10-08T07:00:00Z', end: '2025-10-08T15:00:00Z', subject: 'Offsite' })],
    });
  it.each([
    // A: 240 + 60 = 300 ≤ 672 on-track. B: needs 240 + 300 = 540; 540 + 135 = 675 > 672 ≥ 540 → at-risk, because of A
    // (alone B needs 300 + 75 = 375 ≤ 672).
    { a: 4, b: 5, want: { a: 'on-track', b: 'at-risk' }, causes: { b: { kind: 'earlier-work', rootIds: ['a'] } } },
    // A: 480 + 120 = 600 ≤ 672 on-track. B: 480 + 300 = 780 > 672 → off-track, because of A.
    { a: 8, b: 5, want: { a: 'on-track', b: 'off-track' }, causes: { b: { kind: 'earlier-work', rootIds: ['a'] } } },
    // A: 540 + 135 = 675 > 672 ≥ 540 → at-risk on its own. B: 600 + 150 = 750 > 672 ≥ 600 → at-risk, because of A.
    { a: 9, b: 1, want: { a: 'at-risk', b: 'at-risk' }, causes: { a: { kind: 'own-effort' }, b: { kind: 'earlier-work', rootIds: ['a'] } } },
  ])('decides earliest deadline first and names the cause: A $a h, B $b h', ({ a, b, want, causes }) => {
    const report = assessRisks(crunch(), at('2025-10-06T07:00:00Z'), { effortOverrides: { a, b } });
    expect(report.items.map((r) => [r.itemId, r.state])).toEqual([
      ['a', want.a],
      ['b', want.b],
    ]);
    expect(Object.fromEntries(report.items.filter((r) => r.cause).map((r) => [r.itemId, r.cause]))).toEqual(causes);
    expect(report.items.find((r) => r.itemId === 'a')?.pushes).toEqual(['b']);
  });

  it('shows the competing work in the figures the badge is decided on (no "to spare" on an off-track item)', () => {
    const report = assessRisks(crunch(), at('2025-10-06T07:00:00Z'), { effortOverrides: { a: 8, b: 5 } });
    const b = report.items.find((r) => r.itemId === 'b');
    // Needed 480 (A) + 300 (B) = 780 against 672 free: short by 108 minutes.
    expect(b).toMatchObject({
      state: 'off-track',
      figures: { ownMinutes: 300, competingMinutes: 480, neededMinutes: 780, marginMinutes: 195, freeMinutes: 672, spareMinutes: -108 },
      competing: [{ itemId: 'a', title: 'Audit', minutes: 480 }],
      busiestDays: [{ on: '2025-10-08', busyMinutes: 480 }],
    });
    // A's 480 minutes fill Monday's 336 usable, then 144 of Tuesday's; Wednesday has nothing free.
    expect(b?.capacity.map((d) => [d.on, d.busyMinutes, d.reserveMinutes, d.claimedMinutes, d.freeMinutes])).toEqual([
      ['2025-10-06', 0, 144, 336, 0],
      ['2025-10-07', 0, 144, 144, 192],
      ['2025-10-08', 480, 0, 0, 0],
    ]);
  });

  it('promises the earliest date the same EDF schedule meets with its margin', () => {
    const report = assessRisks(crunch(), at('2025-10-06T07:00:00Z'), { effortOverrides: { a: 8, b: 5 } });
    // B due Wed is short. Thu 9 Oct, 17:00 CEST = 15:00Z: Mon 480 + Tue 480 + Wed 0 + Thu 480 = 1440 × 0.7 = 1008 free;
    // A + B = 780, + round(780 × 0.25) = 195 → 975 ≤ 1008: Thursday can be promised.
    expect(report.items.find((r) => r.itemId === 'b')?.promise).toEqual({
      kind: 'date',
      on: '2025-10-09',
      deadline: { at: '2025-10-09T15:00:00Z', timeZone: 'Europe/Berlin', dueOn: '2025-10-09', effectiveOn: '2025-10-09', style: { kind: 'close-of-business-day' } },
      deadlines: [{ at: '2025-10-09T15:00:00Z', timeZone: 'Europe/Berlin', dueOn: '2025-10-09', effectiveOn: '2025-10-09', style: { kind: 'close-of-business-day' } }],
    });
  });

  it('offers no date beyond the calendar that was read', () => {
    // The same B as above needs Thu 9 Oct 17:00 CEST (15:00Z); the calendar was read only to Thu 9 Oct 12:00Z, so
    // Thursday's free time is a guess: no date is offered, and the search stopped after Wed 8 Oct.
    const world = { ...crunch(), calendarUntil: at('2025-10-09T12:00:00Z') };
    const b = assessRisks(world, at('2025-10-06T07:00:00Z'), { effortOverrides: { a: 8, b: 5 } }).items.find((r) => r.itemId === 'b');
    expect(b?.promise).toEqual({ kind: 'none', reason: 'calendar-not-read', searchedUntil: '2025-10-08' });
  });

  it('promises a date as the stakeholder reads it: their style, their working days', () => {
    // Dana in Jerusalem works Sun–Thu 09–18 and reads due dates as start of business (09:00 IDT = 06:00Z).
    // The user (Berlin 09–17) owes her 15 h by Thu 9 Oct 2025 09:00 IDT = 06:00Z; now Mon 6 Oct 07:00Z.
    // Free to Thu 06:00Z: Mon–Wed 3 × 480 = 1440 × 0.7 = 1008; 900 + 225 = 1125 > 1008 ≥ 900 → at risk on its own.
    // Fri 10 and Sat 11 Oct are Dana's weekend: not offered. Sun 12 Oct 09:00 IDT = 06:00Z: Mon–Fri 5 × 480 = 2400
    // × 0.7 = 1680 ≥ 1125 → Sunday, at her start of business, is the date to promise.
    const dana = aStakeholder({ id: 'dana@x', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4], start: '09:00', end: '18:00', style: { kind: 'start-of-business-day' } });
    const world = aWorld({ user: aUser({ zone: 'Europe/Berlin' }), stakeholders: [dana], items: [aTask({ id: 'spec', dueOn: '2025-10-09', stakeholderIds: [dana.id] })] });
    const [risk] = assessRisks(world, at('2025-10-06T07:00:00Z'), { effortOverrides: { spec: 15 } }).items;
    expect(risk).toMatchObject({ state: 'at-risk', figures: { neededMinutes: 900, freeMinutes: 1008 }, cause: { kind: 'own-effort' } });
    expect(risk?.promise).toMatchObject({ kind: 'date', on: '2025-10-12', deadline: { stakeholderId: 'dana@x', at: '2025-10-12T06:00:00Z', style: { kind: 'start-of-business-day' } } });
  });

  it('makes one 12-hour task the root of five small items it pushes off track', () => {
    // Berlin 09–17, now Mon 6 Oct 2025 07:00Z. "Migration" 12 h due Tue 7 Oct; five 1-hour items due Wed 8 Oct.
    // Free to Tue 17:00 = 960 × 0.7 = 672 < 720: Migration is off track on its own.
    // Free to Wed 17:00 = 1440 × 0.7 = 1008; needed 720 + 5 × 60 = 1020 > 1008 → each small item is off track.
    // Alone each small one needs 60 + 15 ≤ 1008; without Migration 300 + 75 = 375 ≤ 1008: Migration is the root.
    const small = ['s1', 's2', 's3', 's4', 's5'];
    const world = aWorld({
      user: aUser({ zone: 'Europe/Berlin' }),
      items: [aTask({ id: 'migration', title: 'Migration', dueOn: '2025-10-07' }), ...small.map((id) => aTask({ id, dueOn: '2025-10-08' }))],
    });
    const overrides = { migration: 12, ...Object.fromEntries(small.map((id) => [id, 1])) };
    const report = assessRisks(world, at('2025-10-06T07:00:00Z'), { effortOverrides: overrides });
    const byId = new Map(report.items.map((r) => [r.itemId, r]));
    expect(byId.get('migration')).toMatchObject({ state: 'off-track', cause: { kind: 'own-effort' }, pushes: small });
    for (const id of small) {
      expect(byId.get(id)).toMatchObject({ state: 'off-track', cause: { kind: 'earlier-work', rootIds: ['migration'] }, figures: { neededMinutes: 1020, freeMinutes: 1008 } });
    }
  });

  it.each([
    // Berlin 09–17, now Mon 6 Oct 2025 07:00Z, due the same day 17:00: 480 × 0.7 = 336 free (exactly, in whole minutes).
    // 269 min: margin round(67.25) = 67, 269 + 67 = 336 ≤ 336 → fits exactly with its margin: on track.
    { minutes: 269, want: 'on-track' },
    // 270 min: margin round(67.5) = 68, 338 > 336 ≥ 270 → at risk.
    { minutes: 270, want: 'at-risk' },
    // 336 min: fits exactly without margin → at risk; 337 does not fit → off track.
    { minutes: 336, want: 'at-risk' },
    { minutes: 337, want: 'off-track' },
  ])('decides exact fits in whole minutes: $minutes min is $want', ({ minutes, want }) => {
    const world = aWorld({ user: aUser({ zone: 'Europe/Berlin' }), items: [aTask({ id: 'x', dueOn: '2025-10-06' })] });
    const [risk] = assessRisks(world, at('2025-10-06T07:00:00Z'), { effortOverrides: { x: minutes / 60 } }).items;
    expect([risk?.state, risk?.figures.freeMinutes]).toEqual([want, 336]);
  });

  it('lists items due after the horizon apart, without judging them', () => {
    // Horizon: 14 days from Mon 6 Oct 2025 07:00Z → Mon 20 Oct 07:00Z. "Annual plan" is due 30 Nov: later.
    const world = aWorld({
      horizonStart: '2025-10-06T07:00:00Z',
      horizonEnd: '2025-10-20T07:00:00Z',
      items: [aTask({ id: 'plan', title: 'Annual plan', dueOn: '2025-11-30' }), aTask({ id: 'soon', dueOn: '2025-10-08' })],
    });
    const report = assessRisks(world, at('2025-10-06T07:00:00Z'), { effortOverrides: { plan: 3, soon: 1 } });
    expect(report.items.map((r) => [r.itemId, r.state])).toEqual([
      ['soon', 'on-track'],
      ['plan', 'later'],
    ]);
    expect(report.items[1]).toMatchObject({ figures: { ownMinutes: 180, freeMinutes: 0 }, capacity: [] });
    // Away 13–15 Oct: after 'soon' is due, before 'plan' is; a later item does not carry the absence.
    const away = { start: at('2025-10-13T00:00:00Z'), end: at('2025-10-15T00:00:00Z') };
    const withAway = assessRisks({ ...world, user: aUser({ away }) }, at('2025-10-06T07:00:00Z'), { effortOverrides: { plan: 3, soon: 1 } });
    expect(withAway.items.map((r) => [r.itemId, r.flags.map((f) => f.kind)])).toEqual([
      ['soon', []],
      ['plan', []],
    ]);
    expect(report.horizon).toEqual({ start: '2025-10-06T07:00:00Z', end: '2025-10-20T07:00:00Z' });
  });

  it('does not treat automatic replies that are always on as an absence', () => {
    // Always-on replies with no window: Mon 6 Oct 2025 09:00–17:00 Berlin still gives 336 free minutes.
    const world = aWorld({ user: aUser({ zone: 'Europe/Berlin', away: 'always' }), items: [aTask({ id: 'x', dueOn: '2025-10-06' })] });
    const report = assessRisks(world, at('2025-10-06T07:00:00Z'), { effortOverrides: { x: 1 } });
    expect(report.autoRepliesOn).toBe(true);
    expect(report.items[0]).toMatchObject({ state: 'on-track', flags: [], figures: { freeMinutes: 336 } });
  });

  it('flags a due date its setter meant on another day than the user sees', () => {
    // Jonas set Wed 9 Dec 2026 in Berlin (00:00 CET = 23:00Z on the 8th); the user's Planner in San Francisco shows Tue 8 Dec.
    const world = aWorld({ items: [aTask({ id: 'p', dueOn: '2026-12-09', setBy: 'jonas@x', shownOn: '2026-12-08' })] });
    const [risk] = assessRisks(world, at('2026-12-01T08:00:00Z')).items;
    expect(risk?.flags).toEqual([{ kind: 'due-date-mismatch', stakeholderId: 'jonas@x', setOn: '2026-12-09', shownOn: '2026-12-08' }]);
  });

  it('flags the time-zone cliff for a Bangalore stakeholder while the due date is still today in California', () => {
    // Due Wed 8 Oct 2025; Priya closes at 18:00 IST = 12:30Z = 05:30 PDT. Now 14:00Z = 07:00 PDT, Wed 8 Oct for the user.
    const world = aWorld({
      user: aUser({ zone: 'America/Los_Angeles' }),
      stakeholders: [priya],
      items: [aTask({ id: 'api', title: 'API review', dueOn: '2025-10-08', stakeholderIds: [priya.id] })],
    });
    const [risk] = assessRisks(world, at('2025-10-08T14:00:00Z')).items;
    expect(risk?.state).toBe('overdue');
    expect(risk?.flags).toEqual([{ kind: 'time-zone-cliff', stakeholderId: priya.id, passedAt: '2025-10-08T12:30:00Z' }]);
  });

  it('takes the earliest stakeholder deadline and flags a Friday due date for a Jerusalem stakeholder', () => {
    // Due Fri 28 Mar 2025. Lena: Fri 17:00 CET = 16:00Z. Dana: Friday is her weekend → Thu 27 Mar 18:00 IST = 16:00Z.
    // The earliest (Dana's, Thursday) counts.
    const world = aWorld({
      user: aUser({ zone: 'Europe/London' }),
      stakeholders: [lena, dana],
      items: [aTask({ id: 'contract', title: 'Contract', dueOn: '2025-03-28', stakeholderIds: [lena.id, dana.id] })],
    });
    const [risk] = assessRisks(world, at('2025-03-24T09:00:00Z')).items;
    expect(risk?.deadline).toMatchObject({ stakeholderId: dana.id, at: '2025-03-27T16:00:00Z', effectiveOn: '2025-03-27' });
    // One deadline per stakeholder, in stakeholder-id order.
    expect(risk?.deadlines.map((d) => [d.stakeholderId, d.at])).toEqual([
      [dana.id, '2025-03-27T16:00:00Z'],
      [lena.id, '2025-03-28T16:00:00Z'],
    ]);
    expect(risk?.flags).toEqual([{ kind: 'non-working-day', stakeholderId: dana.id, on: '2025-03-28', why: 'weekend', movedTo: '2025-03-27' }]);
  });

  it('flags a due date on a German public holiday for the Berlin stakeholder', () => {
    const world = aWorld({
      user: aUser({ zone: 'Europe/Berlin' }),
      stakeholders: [lena],
      items: [aTask({ title: 'Release notes', dueOn: '2025-10-03', stakeholderIds: [lena.id] })],
    });
    const [risk] = assessRisks(world, at('2025-09-29T07:00:00Z')).items;
    expect(risk?.deadline?.at).toBe('2025-10-02T15:00:00Z'); // Thu 2 Oct 17:00 CEST
    expect(risk?.flags).toEqual([expect.objectContaining({ kind: 'non-working-day', why: 'holiday', on: '2025-10-03' })]);
  });

  it('flags waiting on others and the user being away before the deadline', () => {
    const away = { start: at('2025-10-07T00:00:00Z'), end: at('2025-10-09T00:00:00Z') };
    const world = aWorld({
      user: aUser({ zone: 'Europe/Berlin', away }),
      items: [aTask({ title: 'Vendor quote', dueOn: '2025-10-10', status: 'waitingOnOthers' })],
    });
    const [risk] = assessRisks(world, at('2025-10-06T07:00:00Z')).items;
    expect(risk?.flags).toEqual([
      { kind: 'waiting-on-others' },
      { kind: 'away-before-deadline', awayFrom: away.start, awayUntil: away.end },
    ]);
  });

  it('leaves completed items out and lists items without a due date last', () => {
    const world = aWorld({
      horizonStart: '2025-10-06T00:00:00Z',
      horizonEnd: '2025-10-20T00:00:00Z',
      items: [
        aTask({ id: 'someday', title: 'Someday' }),
        aTask({ id: 'done', title: 'Done', dueOn: '2025-10-07', status: 'completed' }),
        aTask({ id: 'soon', title: 'Soon', dueOn: '2025-10-09' }),
        aTask({ id: 'late', title: 'Late', dueOn: '2025-10-01' }),
      ],
    });
    const report = assessRisks(world, at('2025-10-06T07:00:00Z'));
    expect(report.items.map((r) => [r.itemId, r.state])).toEqual([
      ['late', 'overdue'],
      ['soon', 'on-track'],
      ['someday', 'no-due-date'],
    ]);
    expect(report.generatedAt).toBe('2025-10-06T07:00:00Z');
  });

  it('keeps a LocalDate due date on its day for a user far from UTC', () => {
    // To Do's {dateTime:"2020-08-25T04:00:00.0000000", timeZone:"UTC"} arrives as the date 2020-08-25.
    // In Kiritimati (UTC+14) the close of business 17:00 is 03:00Z the same day; in Pago Pago (UTC−11) 04:00Z the next.
    for (const [zone, want] of [
      ['Pacific/Kiritimati', '2020-08-25T03:00:00Z'],
      ['Pacific/Pago_Pago', '2020-08-26T04:00:00Z'],
    ] as const) {
      const world = aWorld({ user: aUser({ zone }), items: [aTask({ dueOn: '2020-08-25' })] });
      const [risk] = assessRisks(world, at('2020-08-20T00:00:00Z')).items;
      expect(risk?.deadline).toMatchObject({ dueOn: '2020-08-25', effectiveOn: '2020-08-25', at: want });
    }
  });
});
