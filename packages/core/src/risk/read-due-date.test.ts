import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { DeadlineStyle } from '../model/person.js';
import { parseLocalTime } from '../time/parse.js';
import { aStakeholder, aUser, on } from '../testing/builders.js';
import { readDueDate, readOwnDueDate } from './read-due-date.js';

describe('readDueDate', () => {
  it.each<{ style: DeadlineStyle; want: string }>([
    // Wed 8 Oct 2025 in Berlin (CEST, UTC+2), working 09:00–17:00.
    { style: { kind: 'start-of-business-day' }, want: '2025-10-08T07:00:00Z' }, // 09:00 − 2 h
    { style: { kind: 'close-of-business-day' }, want: '2025-10-08T15:00:00Z' }, // 17:00 − 2 h
    { style: { kind: 'end-of-day' }, want: '2025-10-08T21:59:00Z' }, // 23:59 − 2 h
    { style: { kind: 'exact-time', time: parseLocalTime('12:30') }, want: '2025-10-08T10:30:00Z' }, // 12:30 − 2 h
  ])('reads a $style.kind deadline in the stakeholder zone', ({ style, want }) => {
    const reading = readDueDate(on('2025-10-08'), aStakeholder({ zone: 'Europe/Berlin', style }));
    expect(reading.deadline.at).toBe(want);
    expect(reading.nonWorkingDay).toBeUndefined();
  });

  it('moves a Friday due date to Thursday close of business for a Jerusalem stakeholder (Fri–Sat weekend)', () => {
    // Sun–Thu 09:00–18:00. Fri 28 Mar 2025 is their weekend → Thu 27 Mar 18:00 IST (UTC+2; Israel's DST starts
    // Fri 28 Mar 02:00) = 16:00Z.
    const dana = aStakeholder({ id: 'dana@x', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4], start: '09:00', end: '18:00' });
    const reading = readDueDate(on('2025-03-28'), dana);
    expect(reading.deadline).toMatchObject({ at: '2025-03-27T16:00:00Z', dueOn: '2025-03-28', effectiveOn: '2025-03-27' });
    expect(reading.nonWorkingDay).toEqual({ kind: 'non-working-day', stakeholderId: 'dana@x', on: '2025-03-28', why: 'weekend', movedTo: '2025-03-27' });
  });

  it('keeps a Sunday due date for a Jerusalem stakeholder (a working day there), after their DST switch', () => {
    // Sun 30 Mar 2025 18:00 IDT (UTC+3) = 15:00Z.
    const dana = aStakeholder({ id: 'dana@x', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4], start: '09:00', end: '18:00' });
    const reading = readDueDate(on('2025-03-30'), dana);
    expect(reading.deadline.at).toBe('2025-03-30T15:00:00Z');
    expect(reading.nonWorkingDay).toBeUndefined();
  });

  it('moves a due date on a German public holiday to the working day before, naming the holiday', () => {
    // Fri 3 Oct 2025 (Tag der Deutschen Einheit) → Thu 2 Oct 17:00 CEST = 15:00Z.
    const lena = aStakeholder({ id: 'lena@x', zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
    const reading = readDueDate(on('2025-10-03'), lena);
    expect(reading.deadline).toMatchObject({ at: '2025-10-02T15:00:00Z', effectiveOn: '2025-10-02' });
    expect(reading.nonWorkingDay).toMatchObject({ why: 'holiday', on: '2025-10-03', holidayName: expect.any(String) });
  });

  it('keeps the holiday when the user marked it as a working day for this stakeholder', () => {
    const lena = aStakeholder({ zone: 'Europe/Berlin', holidayRegion: { country: 'DE' }, workedHolidays: ['2025-10-03'] });
    const reading = readDueDate(on('2025-10-03'), lena);
    expect(reading.deadline.at).toBe('2025-10-03T15:00:00Z'); // Fri 3 Oct 17:00 CEST
    expect(reading.nonWorkingDay).toBeUndefined();
  });

  it('walks back over Easter Monday, the weekend and Good Friday', () => {
    // Mon 21 Apr 2025 (holiday) ← Sun, Sat (weekend) ← Fri 18 Apr (holiday) → Thu 17 Apr 17:00 CEST = 15:00Z.
    const lena = aStakeholder({ zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
    expect(readDueDate(on('2025-04-21'), lena).deadline).toMatchObject({ at: '2025-04-17T15:00:00Z', effectiveOn: '2025-04-17' });
  });

  it.each([
    // Sat 11 Oct 2025 is Lena's weekend → Fri 10 Oct, read with her style: start of business 09:00 CEST = 07:00Z.
    { style: { kind: 'start-of-business-day' } as const, dueOn: '2025-10-11', want: '2025-10-10T07:00:00Z', effectiveOn: '2025-10-10', why: 'weekend' },
    // Fri 3 Oct 2025 is a German public holiday → Thu 2 Oct at her exact time 14:30 CEST = 12:30Z.
    { style: { kind: 'exact-time', time: '14:30' } as const, dueOn: '2025-10-03', want: '2025-10-02T12:30:00Z', effectiveOn: '2025-10-02', why: 'holiday' },
  ])('keeps the stakeholder’s style ($style.kind) on the working day a due date moves to', ({ style, dueOn, want, effectiveOn, why }) => {
    const lena = aStakeholder({ zone: 'Europe/Berlin', holidayRegion: { country: 'DE' }, style: style.kind === 'exact-time' ? { kind: 'exact-time', time: parseLocalTime(style.time) } : style });
    const { deadline } = readDueDate(on(dueOn), lena);
    expect(deadline).toMatchObject({ at: want, dueOn, effectiveOn, style: { kind: style.kind }, moved: { why } });
  });

  // To Do sends 2020-08-25 as {dateTime:"2020-08-25T04:00:00.0000000", timeZone:"UTC"}; graph turns it into the
  // LocalDate 2020-08-25. From there on, no zone may move it to the 24th or the 26th.
  it.each(['Pacific/Kiritimati', 'Asia/Kolkata', 'Europe/Berlin', 'UTC', 'America/St_Johns', 'America/New_York', 'Pacific/Pago_Pago'])(
    'never shifts a LocalDate due date by a day (%s)',
    (zone) => {
      const anyone = aStakeholder({ zone, days: [0, 1, 2, 3, 4, 5, 6], style: { kind: 'end-of-day' } });
      const reading = readDueDate(on('2020-08-25'), anyone);
      expect(reading.deadline.effectiveOn).toBe('2020-08-25');
      expect(DateTime.fromISO(reading.deadline.at, { zone }).toISODate()).toBe('2020-08-25');
      const own = readOwnDueDate(on('2020-08-25'), aUser({ zone, days: [0, 1, 2, 3, 4, 5, 6] }));
      expect(DateTime.fromISO(own.deadline.at, { zone }).toFormat('yyyy-MM-dd HH:mm')).toBe('2020-08-25 17:00');
    },
  );
});
