import { describe, expect, it } from 'vitest';
import {
  findPreference,
  firstName,
  toWorkedHolidayCandidate,
  withDeadlineStyle,
  withoutWorkedHoliday,
  withWorkedHoliday,
} from './stakeholder-preference.js';

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
  const deadline = { at: '2025-10-02T15:00:00Z', dueOn: '2025-10-03', effectiveOn: '2025-10-02', timeZone: 'Europe/Berlin' };

  it("offers the item's due date for a public-holiday flag", () => {
    const flag = { kind: 'non-working-day' as const, label: 'Due on a public holiday for Lena (Tag der Deutschen Einheit)', stakeholderId: 'lena@contoso.com' };
    expect(toWorkedHolidayCandidate(flag, deadline)).toEqual({ stakeholderId: 'lena@contoso.com', on: '2025-10-03' });
  });

  it.each([
    { case: 'a weekend', flag: { kind: 'non-working-day' as const, label: "Due on Noa's weekend (Fri, Dec 4)", stakeholderId: 'noa@contoso.com' } },
    { case: 'no stakeholder', flag: { kind: 'non-working-day' as const, label: 'Due on a public holiday' } },
    { case: 'another kind', flag: { kind: 'time-zone-cliff' as const, label: 'public holiday', stakeholderId: 'noa@contoso.com' } },
  ])('offers nothing for $case', ({ flag }) => {
    expect(toWorkedHolidayCandidate(flag, deadline)).toBeUndefined();
  });

  it('offers nothing for an item without a deadline', () => {
    const flag = { kind: 'non-working-day' as const, label: 'Due on a public holiday for Lena', stakeholderId: 'lena@contoso.com' };
    expect(toWorkedHolidayCandidate(flag, undefined)).toBeUndefined();
  });
});

describe('firstName', () => {
  it('addresses a person by the first word of their name', () => {
    expect(firstName('Lucía Fernández')).toBe('Lucía');
    expect(firstName('  Noa ')).toBe('Noa');
  });
});
