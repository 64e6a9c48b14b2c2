import { describe, expect, it } from 'vitest';
import { toDayLabel, formatDateWithYear, formatEffort, formatHours, formatInZone, formatLocalTime, toDeadlineTexts, zoneCity } from './format.js';

describe('formatHours', () => {
  it.each([
    { hours: 0, want: '0 h' },
    { hours: -1, want: '0 h' },
    { hours: Number.NaN, want: '0 h' },
    { hours: 0.02, want: '5 min' },
    { hours: 0.75, want: '45 min' },
    { hours: 1, want: '1 h' },
    { hours: 1.4, want: '1.5 h' },
    { hours: 3.1, want: '3 h' },
    { hours: 12.76, want: '13 h' },
  ])('writes $hours hours as "$want"', ({ hours, want }) => {
    expect(formatHours(hours)).toBe(want);
  });
});

describe('formatEffort', () => {
  it.each([
    { source: 'estimate-in-text' as const, want: '~3 h, as written in the task' },
    { source: 'override' as const, want: '3 h, your estimate' },
    { source: 'checklist' as const, want: '~3 h, from the checklist steps left' },
    { source: 'importance-default' as const, want: '~3 h, default for its importance' },
  ])('says where the effort came from ($source)', ({ source, want }) => {
    expect(formatEffort({ hours: 3, source, basis: '' })).toBe(want);
  });
});

describe('time in zones', () => {
  const at = '2025-10-03T15:00:00Z';
  it('writes an instant in a zone', () => {
    expect(formatInZone(at, 'Europe/Berlin', 'en-GB')).toBe('Fri 3 Oct, 17:00');
    expect(formatInZone(at, 'Asia/Tokyo', 'en-GB')).toBe('Sat 4 Oct, 00:00');
  });

  it('writes the local time now of a person in another zone', () => {
    expect(formatLocalTime(Date.parse(at), 'America/New_York', 'en-GB')).toBe('Fri 11:00');
  });

  it.each([{ locale: 'en-GB' }, { locale: 'en-US' }, { locale: 'de-DE' }])(
    'labels a chart day as weekday and day of month whatever the word order ($locale)',
    ({ locale }) => {
      const label = toDayLabel('2025-03-24', locale);
      expect(label.day).toBe('24');
      expect(label.weekday).toMatch(/^(Mon|Mo\.?)$/);
    },
  );

  it('writes a calendar date with its year, the same in every zone', () => {
    expect(formatDateWithYear('2026-12-08', 'en-GB')).toBe('Tue, 8 Dec 2026');
  });

  it('names a zone by its city', () => {
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });
});

describe('toDeadlineTexts', () => {
  const deadline = {
    at: '2025-10-03T15:00:00Z',
    dueOn: '2025-10-03',
    effectiveOn: '2025-10-03',
    timeZone: 'Europe/Berlin',
    stakeholderName: 'Lena',
  };

  it('writes the deadline in the stakeholder zone and in the user zone', () => {
    expect(toDeadlineTexts(deadline, 'America/New_York', 'en-GB')).toEqual({
      theirs: "Fri 3 Oct, 17:00 Berlin (Lena's time)",
      yours: 'Fri 3 Oct, 11:00 your time',
    });
  });

  it('leaves out the user line when both zones read the same clock', () => {
    expect(toDeadlineTexts(deadline, 'Europe/Paris', 'en-GB')).toEqual({ theirs: "Fri 3 Oct, 17:00 Berlin (Lena's time)" });
  });

  it("prefers the server's wording when it sent one", () => {
    const texts = toDeadlineTexts(
      { ...deadline, inStakeholderZone: 'Fri 3 Oct, 17:00 Berlin', inUserZone: 'Fri 3 Oct, 11:00 New York' },
      'America/New_York',
      'en-GB',
    );
    expect(texts).toEqual({ theirs: "Fri 3 Oct, 17:00 Berlin (Lena's time)", yours: 'Fri 3 Oct, 11:00 New York' });
  });
});
