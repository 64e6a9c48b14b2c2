import { parseTimeZoneId } from '@upfront/core';
import { IANAZone } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphMappingError } from './errors.js';
import { clearZoneMemo, toDateInZone, toDateOnly, toIanaZone, toInstantFromZoned, toPlannerDueDate, toWorkingHours } from './map-time.js';
import { toCalendarEntry } from './map-world.js';
import { contractBody } from './testing/contract.js';
import type { GraphMailboxSettings, GraphScheduleInformation, GraphTodoTask } from './wire-types.js';

const zone = (z: string) => parseTimeZoneId(z);

describe('toIanaZone', () => {
  it.each([
    { name: 'Pacific Standard Time', want: 'America/Los_Angeles' },
    { name: 'W. Europe Standard Time', want: 'Europe/Berlin' },
    { name: 'Israel Standard Time', want: 'Asia/Jerusalem' },
    { name: 'UTC', want: 'Etc/UTC' },
    { name: 'Europe/Dublin', want: 'Europe/Dublin' },
    { name: 'America/Los_Angeles', want: 'America/Los_Angeles' },
  ])('reads $name as $want', ({ name, want }) => {
    expect(toIanaZone(name, 'tz')).toBe(want);
  });

  it('names the field for an unknown zone', () => {
    expect(() => toIanaZone('Atlantis Standard Time', 'mailboxSettings.timeZone')).toThrow(
      expect.objectContaining({ name: 'GraphMappingError', field: 'mailboxSettings.timeZone', code: 'GRAPH_BAD_RESPONSE' }),
    );
  });
});

describe('To Do and Planner due dates become the same DueDate', () => {
  it('reads the documented To Do due {2020-08-25T04:00:00, UTC} as 25 Aug, never the 24th, whatever the user zone', () => {
    const task = contractBody<GraphTodoTask>('todoTask.get.1');
    for (const userZone of ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland']) {
      expect(toDateOnly(task.dueDateTime, 'todoTask.dueDateTime', zone(userZone))).toBe('2020-08-25');
    }
  });

  it('names the field for an impossible date at midnight', () => {
    expect(() => toDateOnly({ dateTime: '2026-02-30T00:00:00.0000000', timeZone: 'UTC' }, 'event.start', zone('UTC'))).toThrow(expect.objectContaining({ field: 'event.start.dateTime' }));
    expect(() => toDateOnly({ dateTime: '2026-02-28T00:00:00.0000000', timeZone: 'Atlantis Standard Time' }, 'event.start', zone('UTC'))).toThrow(expect.objectContaining({ field: 'event.start.timeZone' }));
  });

  it.each([
    { case: 'midnight in the given zone', dtz: { dateTime: '2025-03-28T00:00:00.0000000', timeZone: 'W. Europe Standard Time' }, user: 'UTC', want: '2025-03-28' },
    { case: 'Berlin midnight sent as UTC', dtz: { dateTime: '2025-03-27T23:00:00.0000000', timeZone: 'UTC' }, user: 'Europe/Berlin', want: '2025-03-28' },
    { case: 'Berlin midnight sent as UTC, user elsewhere', dtz: { dateTime: '2025-03-27T23:00:00.0000000', timeZone: 'UTC' }, user: 'America/Los_Angeles', want: '2025-03-28' },
    { case: 'Tonga midnight, user in Tonga', dtz: { dateTime: '2025-03-27T11:00:00.0000000', timeZone: 'UTC' }, user: 'Pacific/Tongatapu', want: '2025-03-28' },
  ])('To Do: $case', ({ dtz, user, want }) => {
    expect(toDateOnly(dtz, 'due', zone(user))).toBe(want);
  });

  it.each([
    { due: '2025-03-28T07:00:00Z', user: 'America/Los_Angeles', want: '2025-03-28' },
    { due: '2025-03-28T07:00:00Z', user: 'Asia/Kolkata', want: '2025-03-28' },
    { due: '2025-03-27T23:00:00Z', user: 'Europe/Berlin', want: '2025-03-28' },
    { due: '2025-03-28T00:00:00Z', user: 'America/New_York', want: '2025-03-27' },
  ])('Planner: $due seen in $user is $want', ({ due, user, want }) => {
    expect(toDateInZone(due, 'plannerTask.dueDateTime', zone(user))).toBe(want);
  });
});

describe('a Planner due date is the date of the person who set it', () => {
  const jonas = { id: 'jonas@contoso.com', zone: zone('Europe/Berlin') };
  const ethan = { id: 'ethan@contoso.com', zone: zone('America/Los_Angeles') };
  const aroha = { id: 'aroha@contoso.com', zone: zone('Pacific/Auckland') };
  it.each([
    // 2026-12-08T23:00:00Z is 00:00 Wed 9 Dec in Berlin (CET, UTC+1) and 15:00 Tue 8 Dec in San Francisco (PST, UTC−8).
    { case: 'set in Berlin, read in San Francisco (winter)', due: '2026-12-08T23:00:00Z', user: 'America/Los_Angeles', setter: jonas, want: { on: '2026-12-09', setBy: jonas.id, shownOn: '2026-12-08' } },
    // 2026-06-09T22:00:00Z is 00:00 Wed 10 Jun in Berlin (CEST, UTC+2) and 15:00 Tue 9 Jun in San Francisco (PDT, UTC−7).
    { case: 'set in Berlin, read in San Francisco (summer)', due: '2026-06-09T22:00:00Z', user: 'America/Los_Angeles', setter: jonas, want: { on: '2026-06-10', setBy: jonas.id, shownOn: '2026-06-09' } },
    // Between the US switch (Sun 8 Mar 2026) and the EU one (Sun 29 Mar): 2026-03-19T23:00:00Z is 00:00 Fri 20 Mar in
    // Berlin (still CET, UTC+1) and 16:00 Thu 19 Mar in San Francisco (already PDT, UTC−7).
    { case: 'set in Berlin between the US and EU switches', due: '2026-03-19T23:00:00Z', user: 'America/Los_Angeles', setter: jonas, want: { on: '2026-03-20', setBy: jonas.id, shownOn: '2026-03-19' } },
    // 2026-12-08T11:00:00Z is 00:00 Wed 9 Dec in Auckland (NZDT, UTC+13) and 03:00 Tue 8 Dec in San Francisco.
    { case: 'set in Auckland, read in San Francisco', due: '2026-12-08T11:00:00Z', user: 'America/Los_Angeles', setter: aroha, want: { on: '2026-12-09', setBy: aroha.id, shownOn: '2026-12-08' } },
    // 2026-12-09T08:00:00Z is 00:00 Wed 9 Dec in San Francisco and 09:00 Wed 9 Dec in Berlin: one date, nothing to flag.
    { case: 'set in San Francisco, read in Berlin', due: '2026-12-09T08:00:00Z', user: 'Europe/Berlin', setter: ethan, want: { on: '2026-12-09', setBy: ethan.id } },
    // The same instant as the first row, but the task's creator is in San Francisco (15:00 Tue 8 Dec, not a midnight)
    // while it is 00:00 Wed 9 Dec for the Berlin user: the date was set in the user's zone, so it is theirs.
    { case: 'midnight for the user, not for the creator', due: '2026-12-08T23:00:00Z', user: 'Europe/Berlin', setter: ethan, want: { on: '2026-12-09' } },
    // No creator zone known (the user's own task, or no schedule): the date the user's Planner shows.
    { case: 'no creator zone', due: '2026-12-08T23:00:00Z', user: 'America/Los_Angeles', setter: undefined, want: { on: '2026-12-08' } },
  ])('$case', ({ due, user, setter, want }) => {
    expect(toPlannerDueDate(due, 'plannerTask.dueDateTime', zone(user), setter)).toEqual(want);
  });
});

describe('zone names are validated once per distinct name', () => {
  afterEach(() => vi.restoreAllMocks());

  it('maps 1,000 events in Windows and IANA zones with a handful of zone checks, not thousands', () => {
    clearZoneMemo();
    const checks = vi.spyOn(IANAZone, 'isValidZone');
    const zones = ['W. Europe Standard Time', 'Pacific Standard Time', 'UTC', 'Europe/Berlin'];
    const la = zone('America/Los_Angeles');
    checks.mockClear();
    for (let i = 0; i < 1000; i += 1) {
      const timeZone = zones[i % zones.length];
      toCalendarEntry({ id: `e${i}`, start: { dateTime: '2026-03-19T09:00:00.0000000', timeZone }, end: { dateTime: '2026-03-19T10:00:00.0000000', timeZone } }, la);
    }
    // Without the memo each call checks its zone name and every Windows candidate (W. Europe: 30+ names) twice over.
    expect(checks.mock.calls.length).toBeLessThan(200);
    // And the answers are the same as uncached ones: 09:00 CET (UTC+1) on 19 Mar 2026 is 08:00Z.
    expect(toCalendarEntry({ id: 'x', start: { dateTime: '2026-03-19T09:00:00.0000000', timeZone: 'W. Europe Standard Time' }, end: { dateTime: '2026-03-19T10:00:00.0000000', timeZone: 'W. Europe Standard Time' } }, la).timing).toEqual({
      kind: 'timed', start: '2026-03-19T08:00:00Z', end: '2026-03-19T09:00:00Z',
    });
  });
});

describe('toInstantFromZoned', () => {
  it('reads a wall time in a Windows zone, across DST', () => {
    expect(toInstantFromZoned({ dateTime: '2017-04-21T10:00:00.0000000', timeZone: 'Pacific Standard Time' }, 'start')).toBe('2017-04-21T17:00:00Z');
    expect(toInstantFromZoned({ dateTime: '2017-01-21T10:00:00.0000000', timeZone: 'Pacific Standard Time' }, 'start')).toBe('2017-01-21T18:00:00Z');
  });

  it.each([
    { dtz: { dateTime: '2026-03-19T09:00:00.0000000', timeZone: 'UTC' }, want: '2026-03-19T09:00:00Z' },
    { dtz: { dateTime: '2026-03-19T09:00:00.5000000', timeZone: 'UTC' }, want: '2026-03-19T09:00:00.500Z' },
    { dtz: { dateTime: '2026-03-19T09:00:00', timeZone: 'Etc/GMT' }, want: '2026-03-19T09:00:00Z' },
    // 09:00 in Berlin on 19 Mar 2026 is CET (UTC+1): 08:00Z; on 2 Apr it is CEST (UTC+2): 07:00Z.
    { dtz: { dateTime: '2026-03-19T09:00:00.0000000', timeZone: 'W. Europe Standard Time' }, want: '2026-03-19T08:00:00Z' },
    { dtz: { dateTime: '2026-04-02T09:00:00.0000000', timeZone: 'Europe/Berlin' }, want: '2026-04-02T07:00:00Z' },
  ])('reads $dtz.dateTime in $dtz.timeZone as $want', ({ dtz, want }) => {
    expect(toInstantFromZoned(dtz, 'start')).toBe(want);
  });

  it('rejects an impossible UTC wall time', () => {
    expect(() => toInstantFromZoned({ dateTime: '2026-02-30T09:00:00.0000000', timeZone: 'UTC' }, 'event.start')).toThrow(expect.objectContaining({ field: 'event.start.dateTime' }));
  });

  it('rejects a value with no date-time, naming the field', () => {
    expect(() => toInstantFromZoned({ timeZone: 'UTC' }, 'event.start')).toThrow(GraphMappingError);
    expect(() => toInstantFromZoned({ dateTime: 'soon', timeZone: 'UTC' }, 'event.start')).toThrow(/event\.start\.dateTime/);
  });
});

describe('toWorkingHours', () => {
  it('keeps the working-hours zone apart from the mailbox zone (mailboxSettings.get.1)', () => {
    const mailbox = contractBody<GraphMailboxSettings>('mailboxSettings.get.1');
    expect(toWorkingHours(mailbox.workingHours, 'workingHours', { fallback: zone('UTC') })).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '08:00',
      end: '17:00',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('reads the customTimeZone of getSchedule.post.1 (bias 480, US rules) as Pacific time, with or without a mailbox zone', () => {
    const schedule = contractBody<{ value: GraphScheduleInformation[] }>('getSchedule.post.1');
    const megan = schedule.value[1]?.workingHours;
    expect(toWorkingHours(megan, 'wh', { fallback: zone('America/Los_Angeles'), year: 2026 }).timeZone).toBe('America/Los_Angeles');
    expect(toWorkingHours(megan, 'wh', { year: 2026 }).timeZone).toBe('America/Los_Angeles');
    expect(toWorkingHours(schedule.value[0]?.workingHours, 'wh').timeZone).toBe('America/Los_Angeles');
  });

  it('names the bad weekday', () => {
    expect(() => toWorkingHours({ daysOfWeek: ['monday', 'funday'], startTime: '08:00:00', endTime: '17:00:00', timeZone: { name: 'UTC' } }, 'wh')).toThrow(
      expect.objectContaining({ field: 'wh.daysOfWeek[1]' }),
    );
  });

  it('keeps a Friday–Saturday weekend as given (never assumes Saturday and Sunday)', () => {
    const wh = toWorkingHours({ daysOfWeek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'], startTime: '09:00:00.0000000', endTime: '18:00:00.0000000', timeZone: { name: 'Israel Standard Time' } }, 'wh');
    expect(wh).toEqual({ days: [0, 1, 2, 3, 4], start: '09:00', end: '18:00', timeZone: 'Asia/Jerusalem' });
  });
});

describe('toIanaZone picks the zone people live in', () => {
  it.each([
    { windows: 'Romance Standard Time', country: 'ES', want: 'Europe/Madrid' },
    { windows: 'Romance Standard Time', country: 'FR', want: 'Europe/Paris' },
    { windows: 'Romance Standard Time', country: undefined, want: 'Europe/Paris' },
    { windows: 'W. Europe Standard Time', country: 'NL', want: 'Europe/Amsterdam' },
    { windows: 'India Standard Time', country: 'IN', want: 'Asia/Calcutta' },
    { windows: 'Pacific Standard Time', country: 'US', want: 'America/Los_Angeles' },
    { windows: 'Pacific Standard Time', country: 'ZZ', want: 'America/Los_Angeles' },
  ])('$windows in $country → $want', ({ windows, country, want }) => {
    expect(toIanaZone(windows, 'timeZone', country)).toBe(want);
  });
});
