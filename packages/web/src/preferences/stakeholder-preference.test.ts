import { describe, expect, it } from 'vitest';
import {
  findPreference,
  firstName,
  toWorkedHolidayCandidate,
  withDeadlineStyle,
  withoutWorkedHoliday,
  withWorkedHoliday,
} from './stakeholder-preference.js';
import { aDeadline } from '../testing/an-item.js';

const list = [
  { stakeholderId: 'lena@contoso.com', deadlineStyle: { kind: 'end-of-day' as const }, language: 'de-DE', workedHolidays: ['2025-10-03'] },
];

describe('findPreference', () => {
  it('finds a stakeholder whatever the case of the email, without the id', () => {
    expect(findPreference(list, 'Lena@Contoso.com')).toEqual({
      deadlineStyle: { kind: 'end-of-day' },
      language: 'de-DE',
      workedHolidays: ['2025-10-03'],
    });
  });

  it('gives the empty preference for a stakeholder the user has not set', () => {
    expect(findPreference(list, 'raj@contoso.com')).toEqual({ workedHolidays: [] });
  });
});

describe('changing a preference keeps what the change does not touch', () => {
  const lena = findPreference(list, 'lena@contoso.com');

  it('sets and clears the deadline style, keeping language and holidays', () => {
    expect(withDeadlineStyle(lena, { kind: 'exact-time', time: '15:00' })).toEqual({
      deadlineStyle: { kind: 'exact-time', time: '15:00' },
      language: 'de-DE',
      workedHolidays: ['2025-10-03'],
    });
    expect(withDeadlineStyle(lena, undefined)).toEqual({ language: 'de-DE', workedHolidays: ['2025-10-03'] });
  });

  it('adds a worked holiday once, in date order, and removes it again', () => {
    const added = withWorkedHoliday(withWorkedHoliday(lena, '2025-05-01'), '2025-05-01');
    expect(added.workedHolidays).toEqual(['2025-05-01', '2025-10-03']);
    expect(added.deadlineStyle).toEqual({ kind: 'end-of-day' });
    expect(withoutWorkedHoliday(added, '2025-10-03').workedHolidays).toEqual(['2025-05-01']);
    expect(lena.workedHolidays).toEqual(['2025-10-03']);
  });
});

describe('toWorkedHolidayCandidate', () => {
  const holidayFlag = { kind: 'non-working-day' as const, why: 'holiday' as const, stakeholderId: 'lena@contoso.com', on: '2026-12-25', movedTo: '2026-12-24' };
  // Due Fri 25 Dec (Christmas Day in Germany): Lena's deadline moved to Thu 24 Dec.
  const movedOffHoliday = [aDeadline({ dueOn: '2026-12-25', effectiveOn: '2026-12-24', moved: { from: '2026-12-25', why: 'holiday', holidayName: 'Christmas Day' } })];

  it("offers the holiday the flag names, for the stakeholder whose deadline moved off it", () => {
    expect(toWorkedHolidayCandidate(holidayFlag, { deadlines: movedOffHoliday })).toEqual({ stakeholderId: 'lena@contoso.com', on: '2026-12-25' });
  });

  it('finds the stakeholder whatever the case of the email', () => {
    const flag = { ...holidayFlag, stakeholderId: 'Lena@Contoso.com' };
    expect(toWorkedHolidayCandidate(flag, { deadlines: movedOffHoliday })).toEqual({ stakeholderId: 'Lena@Contoso.com', on: '2026-12-25' });
  });

  it.each([
    {
      case: 'a weekend',
      flag: { ...holidayFlag, on: '2026-12-05' },
      deadlines: [aDeadline({ moved: { from: '2026-12-05', why: 'weekend' } })],
    },
    { case: 'a deadline that did not move', flag: holidayFlag, deadlines: [aDeadline()] },
    { case: 'another kind', flag: { kind: 'time-zone-cliff' as const, stakeholderId: 'lena@contoso.com', passedAt: '2026-12-24T16:00:00Z' }, deadlines: movedOffHoliday },
  ])('offers nothing for $case', ({ flag, deadlines }) => {
    expect(toWorkedHolidayCandidate(flag, { deadlines })).toBeUndefined();
  });
});

describe('firstName', () => {
  it('addresses a person by the first word of their name', () => {
    expect(firstName('Lucía Fernández')).toBe('Lucía');
    expect(firstName('  Noa ')).toBe('Noa');
  });
});
