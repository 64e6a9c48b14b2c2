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
    expect(risk).toMatchObject({
      state: 'on-track',
      deadline: { at: '2025-03-12T16:00:00Z', timeZone: 'Europe/Berlin', dueOn: '2025-03-12' },
      explanation: { neededHours: 6, availableHours: 13.3, deadlineInStakeholderZone: 'Wed 12 Mar, 17:00 Berlin', deadlineInUserZone: 'Wed 12 Mar, 12:00' },
      summary: 'Needs about 6 h; 13 h free before Wed 17:00 Berlin (12:00 your time)',
    });
    // Per day: Mon 5.6, Tue 5.6, Wed only up to the deadline 3 × 0.7 = 2.1; adds up to 13.3.
    expect(risk?.capacity).toEqual([
      { on: '2025-03-10', freeHours: 5.6, claimedHours: 0 },
      { on: '2025-03-11', freeHours: 5.6, claimedHours: 0 },
      { on: '2025-03-12', freeHours: 2.1, claimedHours: 0 },
    ]);
  });

  // Berlin user, no stakeholders, now Mon 6 Oct 2025 09:00 (07:00Z). A due Tue 7 Oct 17:00, B due Wed 8 Oct 17:00.
  // Wednesday is fully booked. Capacity to Tue 17:00 = 16 h × 0.7 = 11.2; to Wed 17:00 = 16 h × 0.7 = 11.2 too.
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
    // A: 4 × 1.25 = 5 ≤ 11.2 on-track. B: (4 + 5) = 9; 9 × 1.25 = 11.25 > 11.2 ≥ 9 → at-risk.
    { a: 4, b: 5, want: { a: 'on-track', b: 'at-risk' } },
    // A: 8 × 1.25 = 10 ≤ 11.2 on-track. B: 8 + 5 = 13 > 11.2 → off-track.
    { a: 8, b: 5, want: { a: 'on-track', b: 'off-track' } },
    // A: 9 × 1.25 = 11.25 > 11.2 ≥ 9 at-risk. B: 9 + 1 = 10 ≤ 11.2 but 12.5 > 11.2 → at-risk.
    { a: 9, b: 1, want: { a: 'at-risk', b: 'at-risk' } },
  ])('decides earliest deadline first: A $a h, B $b h', ({ a, b, want }) => {
    const report = assessRisks(crunch(), at('2025-10-06T07:00:00Z'), { effortOverrides: { a, b } });
    expect(report.items.map((r) => [r.itemId, r.state])).toEqual([
      ['a', want.a],
      ['b', want.b],
    ]);
  });

  it('explains B with A as competition, Wednesday as the busiest day and A’s claim on Monday', () => {
    const report = assessRisks(crunch(), at('2025-10-06T07:00:00Z'), { effortOverrides: { a: 4, b: 5 } });
    const b = report.items.find((r) => r.itemId === 'b');
    expect(b?.explanation).toMatchObject({
      neededHours: 5,
      availableHours: 11.2,
      competingHours: 4,
      competingCount: 1,
      competing: [{ itemId: 'a', title: 'Audit', hours: 4 }],
      busiestDays: [{ on: '2025-10-08', busyHours: 8 }],
    });
    expect(b?.summary).toBe('Needs about 5 h, after 4 h for 1 other item due by then; 11 h free before Wed 17:00');
    // A's 4 h fill Monday first (5.6 free); Wednesday has nothing free.
    expect(b?.capacity).toEqual([
      { on: '2025-10-06', freeHours: 5.6, claimedHours: 4 },
      { on: '2025-10-07', freeHours: 5.6, claimedHours: 0 },
      { on: '2025-10-08', freeHours: 0, claimedHours: 0 },
    ]);
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
    expect(risk?.summary).toBe('Was due Wed 18:00 Kolkata (05:30 your time); needs about 2 h more');
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
    expect(risk?.flags).toEqual([{ kind: 'non-working-day', stakeholderId: dana.id, on: '2025-03-28', why: 'weekend' }]);
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
