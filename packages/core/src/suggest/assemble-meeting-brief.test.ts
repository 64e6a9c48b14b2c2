import { describe, expect, it } from 'vitest';
import { assessRisks } from '../risk/assess-risks.js';
import { aMeeting, aPerson, aStakeholder, aTask, aUser, aWorld, at } from '../testing/builders.js';
import { assembleMeetingBrief } from './assemble-meeting-brief.js';
import { emptySuggestionMemory } from './suggest-settings.js';

// Thu 24 Dec 2026, 13:00Z. The user is in Berlin.
const NOW = at('2026-12-23T08:00:00Z');
const priya = aStakeholder({ id: 'priya@x', zone: 'Asia/Kolkata', start: '09:00', end: '19:00' });
const noa = aStakeholder({ id: 'noa@x', zone: 'Asia/Jerusalem', days: [0, 1, 2, 3, 4] });
const jonas = aPerson({ id: 'jonas@x', zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } });
const ana = aPerson({ id: 'ana@x', zone: 'Europe/Berlin', away: { start: '2026-12-24T16:00:00Z', end: '2027-01-04T08:00:00Z' } });
const user = aUser();
const meeting = aMeeting({
  id: 'm1',
  start: '2026-12-24T13:00:00Z',
  end: '2026-12-24T13:30:00Z',
  attendeeIds: ['Priya@x', 'jonas@x', 'noa@x', 'ana@x', user.email],
});
const world = aWorld({
  user,
  items: [
    aTask({ id: 't2', title: 'Pricing', dueOn: '2026-12-29', stakeholderIds: ['priya@x', 'noa@x'] }),
    aTask({ id: 't1', title: 'Roadmap', dueOn: '2026-12-28', stakeholderIds: ['priya@x'] }),
    aTask({ id: 't3', title: 'Own notes', dueOn: '2026-12-28' }),
  ],
  stakeholders: [priya, noa],
  people: [jonas, ana],
  meetings: [meeting],
});
const report = assessRisks(world, NOW, { effortOverrides: { t1: 1, t2: 1, t3: 1 } });
const brief = assembleMeetingBrief(meeting, { world, report, memory: emptySuggestionMemory });
const attendee = (id: string) => brief.attendees.find((a) => a.personId === id)!;

describe('assembleMeetingBrief', () => {
  it('lists every attendee but the user, in the meeting order', () => {
    expect(brief.attendees.map((a) => a.personId)).toEqual(['priya@x', 'jonas@x', 'noa@x', 'ana@x']);
  });

  it('says what the user owes each attendee, earliest deadline first, read as they read it', () => {
    // Priya reads 28 Dec at the close of her day: 19:00 Kolkata (UTC+5:30) = 13:30Z; 29 Dec likewise.
    expect(attendee('priya@x').owed.map((o) => [o.itemId, o.state, o.reading?.deadline?.at])).toEqual([
      ['t1', 'on-track', '2026-12-28T13:30:00Z'],
      ['t2', 'on-track', '2026-12-29T13:30:00Z'],
    ]);
    // Noa reads 29 Dec at 17:00 Tel Aviv (UTC+2) = 15:00Z; the first promised date is the due date.
    expect(attendee('noa@x').owed).toMatchObject([{ itemId: 't2', reading: { deadline: { at: '2026-12-29T15:00:00Z' } }, history: { firstOn: '2026-12-29' } }]);
    expect(attendee('jonas@x').owed).toEqual([]);
  });

  it('gives the local time and where it falls in the day', () => {
    // 13:00Z + 5:30 = 18:30 for Priya; her day ends at 19:00, the last 90 minutes (from 17:30) are late in it.
    expect(attendee('priya@x').day).toEqual([
      { kind: 'local-time', at: '2026-12-24T13:00:00Z', timeZone: 'Asia/Kolkata', localOn: '2026-12-24', localTime: '18:30', part: 'late-in-day' },
    ]);
    // 13:00Z + 1:00 = 14:00 for Jonas: in hours.
    expect(attendee('jonas@x').day[0]).toMatchObject({ localTime: '14:00', part: 'in-hours' });
  });

  it('says tomorrow is a public holiday, a weekend starts, or someone is away', () => {
    expect(attendee('jonas@x').day.slice(1)).toEqual([{ kind: 'holiday', on: '2026-12-25', name: 'Christmas Day', when: 'tomorrow' }]);
    // Thursday 15:00 in Tel Aviv; Friday is not one of Noa's working days.
    expect(attendee('noa@x').day.slice(1)).toEqual([{ kind: 'weekend-starts', on: '2026-12-25' }]);
    // Away from 16:00Z, three hours after the meeting starts (within the next day).
    expect(attendee('ana@x').day.slice(1)).toEqual([{ kind: 'away', start: '2026-12-24T16:00:00Z', end: '2027-01-04T08:00:00Z' }]);
  });

  it.each([
    // 06:00Z is 07:00 Berlin, before 09:00; 17:00Z is 18:00, after 17:00; 15:00Z is 16:00, within the last 90 minutes.
    { startAt: '2026-12-22T06:00:00Z', want: 'before-hours' },
    { startAt: '2026-12-22T17:00:00Z', want: 'after-hours' },
    { startAt: '2026-12-22T15:00:00Z', want: 'late-in-day' },
    // Friday 25 Dec is Christmas Day in Germany: a day off for Jonas.
    { startAt: '2026-12-25T10:00:00Z', want: 'day-off' },
  ])('puts $startAt in $want for Jonas', ({ startAt, want }) => {
    const m = aMeeting({ start: startAt, end: startAt, attendeeIds: ['jonas@x'] });
    const b = assembleMeetingBrief(m, { world, report, memory: emptySuggestionMemory });
    expect(b.attendees[0]?.day[0]).toMatchObject({ kind: 'local-time', part: want });
  });
});
