import { describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../model/calendar.js';
import type { UserProfile } from '../model/person.js';
import { toRiskSettings } from '../risk/risk-settings.js';
import { aUser, anEvent, at } from '../testing/builders.js';
import { createCapacityTimeline } from './capacity-timeline.js';

// focusFactor 1 so the expected figures are plain working hours.
const plain = toRiskSettings({ focusFactor: 1 });
const freeHours = (user: UserProfile, calendar: CalendarEntry[], from: string, to: string, until = to) =>
  createCapacityTimeline(user, calendar, { start: at(from), end: at(to) }, plain).freeHoursBefore(at(until));

describe('createCapacityTimeline', () => {
  it.each([
    {
      case: 'US DST (Sun 9 Mar 2025): Monday starts at 13:00Z, not 14:00Z',
      // New York 09–17. Fri 7 Mar EST (−5): 14:00–22:00Z = 8 h. Mon 10 Mar EDT (−4): 13:00–21:00Z = 8 h. Total 16 h
      // (reading Monday with Friday's offset would give 14:00–21:00 = 7 h).
      zone: 'America/New_York', from: '2025-03-07T14:00:00Z', to: '2025-03-10T21:00:00Z', want: 16,
    },
    {
      case: 'US DST: one hour into Monday is 9 h',
      // Fri 8 h + Mon 13:00–14:00Z 1 h = 9 h.
      zone: 'America/New_York', from: '2025-03-07T14:00:00Z', to: '2025-03-10T21:00:00Z', until: '2025-03-10T14:00:00Z', want: 9,
    },
    {
      case: 'EU DST (Sun 30 Mar 2025), three weeks after the US one',
      // Berlin 09–17. Fri 28 Mar CET (+1): 08:00–16:00Z = 8 h. Mon 31 Mar CEST (+2): 07:00–15:00Z = 8 h. Total 16 h.
      zone: 'Europe/Berlin', from: '2025-03-28T08:00:00Z', to: '2025-03-31T15:00:00Z', want: 16,
    },
    {
      case: 'Berlin in the US-only DST week still works 08:00–16:00Z',
      // Mon 10 Mar 2025 Berlin is CET: 08:00–16:00Z; up to 12:00Z that is 4 h.
      zone: 'Europe/Berlin', from: '2025-03-10T00:00:00Z', to: '2025-03-11T00:00:00Z', until: '2025-03-10T12:00:00Z', want: 4,
    },
  ])('$case', ({ zone, from, to, until, want }) => {
    expect(freeHours(aUser({ zone }), [], from, to, until)).toBeCloseTo(want, 9);
  });

  // Berlin user, Mon 6 Oct 2025 09:00 (07:00Z) to Wed 8 Oct 17:00 (15:00Z): 3 working days = 24 h with no events.
  const berlin = aUser({ zone: 'Europe/Berlin' });
  const from = '2025-10-06T07:00:00Z';
  const to = '2025-10-08T15:00:00Z';
  it.each<{ case: string; calendar: CalendarEntry[]; want: number }>([
    { case: 'an empty calendar leaves 24 h', calendar: [], want: 24 },
    {
      case: 'a half-day out of office takes 4 h',
      // Mon 09:00–13:00 CEST = 07:00–11:00Z: 24 − 4 = 20.
      calendar: [anEvent({ start: '2025-10-06T07:00:00Z', end: '2025-10-06T11:00:00Z', showAs: 'oof' })],
      want: 20,
    },
    {
      case: 'an all-day out-of-office event takes the whole Tuesday in the user zone',
      // All day Tue 7 Oct = 6 Oct 22:00Z … 7 Oct 22:00Z covers Tue's 8 working hours: 24 − 8 = 16.
      calendar: [anEvent({ startOn: '2025-10-07', endOn: '2025-10-08', showAs: 'oof' })],
      want: 16,
    },
    {
      case: 'an all-day event shown as free (a birthday) takes nothing',
      calendar: [anEvent({ startOn: '2025-10-07', endOn: '2025-10-08', showAs: 'free' })],
      want: 24,
    },
    {
      case: 'a declined meeting and a cancelled one take nothing',
      calendar: [
        anEvent({ start: '2025-10-06T08:00:00Z', end: '2025-10-06T10:00:00Z', response: 'declined' }),
        anEvent({ start: '2025-10-07T08:00:00Z', end: '2025-10-07T10:00:00Z', isCancelled: true }),
      ],
      want: 24,
    },
    {
      case: 'overlapping meetings are counted once',
      // 10:00–12:00 and 11:00–13:00 local = 08:00–11:00Z together: 3 h, not 4. 24 − 3 = 21.
      calendar: [
        anEvent({ start: '2025-10-06T08:00:00Z', end: '2025-10-06T10:00:00Z' }),
        anEvent({ start: '2025-10-06T09:00:00Z', end: '2025-10-06T11:00:00Z' }),
      ],
      want: 21,
    },
    {
      case: 'a tentative meeting takes half its time; under a busy one it counts as busy once',
      // Tentative Tue 08:00–10:00Z at 0.5 = 1 h. Tentative Wed 08:00–10:00Z under busy Wed 08:00–10:00Z = 2 h. 24 − 3 = 21.
      calendar: [
        anEvent({ start: '2025-10-07T08:00:00Z', end: '2025-10-07T10:00:00Z', showAs: 'tentative' }),
        anEvent({ start: '2025-10-08T08:00:00Z', end: '2025-10-08T10:00:00Z', showAs: 'tentative' }),
        anEvent({ start: '2025-10-08T08:00:00Z', end: '2025-10-08T10:00:00Z' }),
      ],
      want: 21,
    },
    {
      case: 'focus blocks (by category or by subject) are capacity, not load',
      calendar: [
        anEvent({ start: '2025-10-06T08:00:00Z', end: '2025-10-06T10:00:00Z', categories: ['Focus time'] }),
        anEvent({ start: '2025-10-07T08:00:00Z', end: '2025-10-07T10:00:00Z', subject: 'Focus Time (booked by Viva)' }),
      ],
      want: 24,
    },
    {
      case: 'a meeting outside working hours takes nothing',
      // 18:00–20:00 local Monday.
      calendar: [anEvent({ start: '2025-10-06T16:00:00Z', end: '2025-10-06T18:00:00Z' })],
      want: 24,
    },
  ])('$case', ({ calendar, want }) => {
    expect(freeHours(berlin, calendar, from, to)).toBeCloseTo(want, 9);
  });

  it('leaves out the user’s public holiday (3 Oct 2025, Germany)', () => {
    // Thu 2 Oct 09:00 … Mon 6 Oct 17:00 Berlin: Thu 8 + Fri 3 Oct holiday 0 + Mon 8 = 16 h.
    const user = aUser({ zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
    expect(freeHours(user, [], '2025-10-02T07:00:00Z', '2025-10-06T15:00:00Z')).toBeCloseTo(16, 9);
  });

  it('leaves out the automatic-replies window', () => {
    // Away Mon 6 Oct 13:00 local (11:00Z) to Tue 7 Oct 13:00 local: Mon 4 h + Tue 4 h + Wed 8 h = 16 h.
    const user = aUser({ zone: 'Europe/Berlin', away: { start: at('2025-10-06T11:00:00Z'), end: at('2025-10-07T11:00:00Z') } });
    expect(freeHours(user, [], from, to)).toBeCloseTo(16, 9);
  });

  it('applies the focus factor and splits the hours by day in the user zone', () => {
    // One 2 h meeting on Tuesday. Each day: 8 h work; free 8, 6, 8 × 0.7 = 5.6, 4.2, 5.6.
    const timeline = createCapacityTimeline(
      berlin,
      [anEvent({ start: '2025-10-07T08:00:00Z', end: '2025-10-07T10:00:00Z' })],
      { start: at(from), end: at(to) },
      toRiskSettings(),
    );
    expect(timeline.days.map((d) => [d.on, d.workHours, d.busyHours, Math.round(d.freeHours * 100) / 100])).toEqual([
      ['2025-10-06', 8, 0, 5.6],
      ['2025-10-07', 8, 2, 4.2],
      ['2025-10-08', 8, 0, 5.6],
    ]);
  });

  it('counts a shift that crosses midnight', () => {
    // Night worker in UTC, Mon–Fri 22:00–06:00. From Mon 6 Oct 00:00Z to Tue 12:00Z:
    // Sun's shift is not worked (Sunday off); Mon 22:00–Tue 06:00 = 8 h.
    const user = aUser({ zone: 'UTC', start: '22:00', end: '06:00' });
    expect(freeHours(user, [], '2025-10-06T00:00:00Z', '2025-10-07T12:00:00Z')).toBeCloseTo(8, 9);
  });
});
