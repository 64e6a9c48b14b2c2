import { parseTimeZoneId } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { GraphMappingError } from './errors.js';
import { toDateInZone, toDateOnly, toIanaZone, toInstantFromZoned, toWorkingHours } from './map-time.js';
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

describe('toInstantFromZoned', () => {
  it('reads a wall time in a Windows zone, across DST', () => {
    expect(toInstantFromZoned({ dateTime: '2017-04-21T10:00:00.0000000', timeZone: 'Pacific Standard Time' }, 'start')).toBe('2017-04-21T17:00:00Z');
    expect(toInstantFromZoned({ dateTime: '2017-01-21T10:00:00.0000000', timeZone: 'Pacific Standard Time' }, 'start')).toBe('2017-01-21T18:00:00Z');
  });

  it('rejects a value with no date-time, naming the field', () => {
    expect(() => toInstantFromZoned({ timeZone: 'UTC' }, 'event.start')).toThrow(GraphMappingError);
    expect(() => toInstantFromZoned({ dateTime: 'soon', timeZone: 'UTC' }, 'event.start')).toThrow(/event\.start\.dateTime/);
  });
});

describe('toWorkingHours', () => {
  it('keeps the working-hours zone apart from the mailbox zone (mailboxSettings.get.1)', () => {
    const mailbox = contractBody<GraphMailboxSettings>('mailboxSettings.get.1');
    expect(toWorkingHours(mailbox.workingHours, 'workingHours', zone('UTC'))).toEqual({
      days: [1, 2, 3, 4, 5],
      start: '08:00',
      end: '17:00',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('reads a customTimeZone (bias 480, US rules) from getSchedule as the matching mailbox zone, or a fixed offset', () => {
    const schedule = contractBody<{ value: GraphScheduleInformation[] }>('getSchedule.post.1');
    const megan = schedule.value[1]?.workingHours;
    expect(toWorkingHours(megan, 'wh', zone('America/Los_Angeles')).timeZone).toBe('America/Los_Angeles');
    expect(toWorkingHours(megan, 'wh').timeZone).toBe('Etc/GMT+8');
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
