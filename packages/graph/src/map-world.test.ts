import { parseTimeZoneId } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { toCalendarEntry, toCity, toPlannerWorkItem, toStakeholder, toTodoWorkItem, toUserProfile } from './map-world.js';
import { toWorkingHours } from './map-time.js';
import { contractBody } from './testing/contract.js';
import type {
  GraphCollection,
  GraphChecklistItem,
  GraphEvent,
  GraphMailboxSettings,
  GraphPlannerPlan,
  GraphPlannerTask,
  GraphPlannerTaskDetails,
  GraphScheduleInformation,
  GraphTodoTask,
  GraphTodoTaskList,
  GraphUser,
} from './wire-types.js';

const utc = parseTimeZoneId('UTC');

describe('toUserProfile (me.get.1 + mailboxSettings.get.1)', () => {
  const me = contractBody<GraphUser>('me.get.1');
  const mailbox = contractBody<GraphMailboxSettings>('mailboxSettings.get.1');

  it('keeps id, name, address, zone, hours, language and the scheduled away window', () => {
    expect(toUserProfile(me, mailbox)).toEqual({
      id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
      displayName: 'Adele Vance',
      email: 'adelev@contoso.com',
      timeZone: 'Etc/UTC',
      workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', timeZone: 'America/Los_Angeles' },
      language: 'en-US',
      away: { start: '2016-03-14T07:00:00Z', end: '2016-03-28T07:00:00Z' },
    });
  });

  it('reads automatic replies that are always on as always, never as the window Graph still keeps (mailboxSettings.get.2)', () => {
    // The documented answer is alwaysEnabled with scheduled dates 19–20 Mar 2016 left from an earlier schedule: those
    // are not a window (core counts 'always' as no absence; a window would zero those days' capacity).
    const replies = contractBody<GraphMailboxSettings['automaticRepliesSetting']>('mailboxSettings.get.2');
    expect(replies?.scheduledStartDateTime).toBeDefined();
    expect(toUserProfile(me, { ...mailbox, automaticRepliesSetting: replies }).away).toBe('always');
    expect(toUserProfile(me, { ...mailbox, automaticRepliesSetting: { ...replies, status: 'AlwaysEnabled' } }).away).toBe('always');
  });

  it('says where the user is: city, else a place-name officeLocation, else the usageLocation country', () => {
    // me.get.1 has only officeLocation "18/2111" (building 18, room 2111): a room code is no city, so no city at all.
    expect(toUserProfile(me, mailbox).city).toBeUndefined();
    expect(toUserProfile({ ...me, city: 'San Francisco', usageLocation: 'US' }, mailbox).city).toBe('San Francisco');
  });

  it('takes the holiday region from usageLocation (user.get.1 has none: no region)', () => {
    const user = contractBody<GraphUser>('user.get.1');
    expect(toUserProfile(user, mailbox).holidayRegion).toBeUndefined();
    expect(toUserProfile({ ...user, usageLocation: 'de' }, mailbox).holidayRegion).toEqual({ country: 'DE' });
  });

  it('gives a typed error naming the field for an unknown automatic-replies status', () => {
    expect(() => toUserProfile(me, { ...mailbox, automaticRepliesSetting: { status: 'sometimes' } })).toThrow(
      expect.objectContaining({ code: 'GRAPH_BAD_RESPONSE', field: 'automaticRepliesSetting.status' }),
    );
  });
});

describe('toCalendarEntry', () => {
  it('maps every documented event page (calendarView delta, events list, instances) to timed entries', () => {
    const pages = ['calendarView.delta.2', 'calendarView.delta.4', 'events.list.1', 'events.instances.1'];
    const entries = pages.flatMap((p) => (contractBody<GraphCollection<GraphEvent>>(p).value ?? []).map((e) => toCalendarEntry(e, utc)));
    expect(entries).toHaveLength(2 + 1 + 1 + 4);
    expect(entries[0]).toEqual({
      id: 'AAMkADNVxRAAA=',
      timing: { kind: 'timed', start: '2016-12-09T20:30:00Z', end: '2016-12-09T22:00:00Z' },
      showAs: 'busy',
      isCancelled: false,
      response: 'none',
      categories: [],
      subject: 'Plan shopping list',
    });
    // events.list.1 is in Pacific time (Prefer header): still the right instant.
    expect(entries[3]?.timing).toEqual({ kind: 'timed', start: '2017-04-21T17:00:00Z', end: '2017-04-21T19:00:00Z' });
  });

  it('maps the documented create response (showAs, isCancelled, organizer response)', () => {
    const created = contractBody<GraphEvent>('events.create.1');
    const entry = toCalendarEntry(created, utc);
    expect(entry).toMatchObject({ id: created.id, showAs: created.showAs, isCancelled: false, response: 'organizer' });
  });

  it('maps an all-day event to a LocalDate range in the user zone, not to instants', () => {
    const allDay: GraphEvent = {
      id: 'a', isAllDay: true, showAs: 'oof', subject: 'Holiday',
      start: { dateTime: '2025-03-28T00:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2025-03-29T00:00:00.0000000', timeZone: 'UTC' },
    };
    expect(toCalendarEntry(allDay, parseTimeZoneId('America/Los_Angeles')).timing).toEqual({ kind: 'all-day', startOn: '2025-03-28', endOn: '2025-03-29' });
  });

  it('names the field for an unknown showAs', () => {
    expect(() => toCalendarEntry({ id: 'x', showAs: 'napping', start: { dateTime: '2025-01-01T00:00:00', timeZone: 'UTC' }, end: { dateTime: '2025-01-01T01:00:00', timeZone: 'UTC' } }, utc)).toThrow(
      expect.objectContaining({ field: 'event.showAs' }),
    );
  });
});

describe('toTodoWorkItem', () => {
  const lists = contractBody<GraphCollection<GraphTodoTaskList>>('todoLists.list.1').value ?? [];
  const list = lists[0] ?? {};

  it('reads the documented lists', () => {
    expect(lists.map((l) => [l.id, l.displayName, l.wellknownListName])).toEqual([
      ['AAMkADIyAAAAABrJAAA=', 'Tasks', 'defaultList'],
      ['AAMkADIyAAAEFTTrJAAA=', 'Monthly Tasks', 'none'],
    ]);
  });

  it('maps a task with a date-only due date, status, importance and creation time (todoTask.get.1)', () => {
    const task = contractBody<GraphTodoTask>('todoTask.get.1');
    expect(toTodoWorkItem(task, { list, userZone: parseTimeZoneId('America/Los_Angeles'), stakeholderIds: [] })).toEqual({
      id: '721a35e2-35e2-721a-e235-1a72e2351a72',
      source: 'todo',
      title: 'Shop for dinner',
      due: { on: '2020-08-25' },
      status: 'notStarted',
      importance: 'low',
      checklist: { total: 0, done: 0 },
      stakeholderIds: [],
      contributorIds: [],
      listName: 'Tasks',
      createdAt: '2020-07-22T10:39:03.793Z',
    });
  });

  it('maps listed and delta tasks, with checklist counts (todoTasks.list.1, todoTasks.delta.1, todoChecklistItems.list.1)', () => {
    const checklist = contractBody<GraphCollection<GraphChecklistItem>>('todoChecklistItems.list.1').value ?? [];
    const [listed] = contractBody<GraphCollection<GraphTodoTask>>('todoTasks.list.1').value ?? [];
    const [delta] = contractBody<GraphCollection<GraphTodoTask>>('todoTasks.delta.1').value ?? [];
    const a = toTodoWorkItem({ ...listed, checklistItems: checklist }, { list, userZone: utc, stakeholderIds: ['megan@contoso.com'] });
    expect(a).toMatchObject({ id: 'AQMkADAwATM0MDAAMS0yMDkyLWVjMzYtMDACLTAwCgBGAAAD', title: 'Linked entity new task 1', checklist: { total: 2, done: 0 }, stakeholderIds: ['megan@contoso.com'] });
    expect(toTodoWorkItem(delta ?? {}, { list, userZone: utc, stakeholderIds: [] })).toMatchObject({ title: 'empty task3', importance: 'normal', status: 'notStarted' });
  });

  it('names the field for an unknown status', () => {
    expect(() => toTodoWorkItem({ id: 't', status: 'procrastinating' }, { list, userZone: utc, stakeholderIds: [] })).toThrow(
      expect.objectContaining({ field: 'todoTask.status' }),
    );
  });
});

describe('toPlannerWorkItem (plannerTasks.listMine.1 + plannerPlan.get.1 + plannerTaskDetails.get.1)', () => {
  const [task] = contractBody<GraphCollection<GraphPlannerTask>>('plannerTasks.listMine.1').value ?? [];
  const plan = contractBody<GraphPlannerPlan>('plannerPlan.get.1');
  const details = contractBody<GraphPlannerTaskDetails>('plannerTaskDetails.get.1');
  const people = new Map([
    ['6463a5ce-2119-4198-9f2a-628761df4a62', 'creator@contoso.com'],
    ['fbab97d0-4932-4511-b675-204639209557', 'coassignee@contoso.com'],
  ]);

  it('keeps title, plan name, checklist, creator as stakeholder and co-assignees as contributors', () => {
    const item = toPlannerWorkItem(task ?? {}, { userId: 'me-id', userZone: utc, plan, details, people });
    // The co-assignee depends on the item too (product brief: the creator and co-assignees are stakeholders).
    expect(item).toEqual({
      id: '01gzSlKkIUSUl6DF_EilrmQAKDhh',
      source: 'planner',
      title: 'title-value',
      notes: 'Task details properties:\nchecklist:Sub items\nreferences:Related links',
      status: 'notStarted',
      importance: 'normal',
      checklist: { total: 1, done: 0 },
      percentComplete: 0,
      stakeholderIds: ['creator@contoso.com', 'coassignee@contoso.com'],
      contributorIds: ['coassignee@contoso.com'],
      listName: 'title-value',
      planId: 'xqQg5FS2LkCp935s-FIFm2QAFkHM',
      // No assignment of the user in the example: the task's creation stands in.
      createdAt: '2015-03-25T18:36:49.240Z',
    });
  });

  it('dates the item from when it was assigned to the user (assignedDateTime), and a finished one from its completion', () => {
    // The documented assignment of fbab97d0… was made 2015-03-25T18:38:21.956Z, 1 min 32 s after the task was created.
    const mine = toPlannerWorkItem({ ...task, percentComplete: 100, completedDateTime: '2015-03-26T08:00:00Z' }, { userId: 'fbab97d0-4932-4511-b675-204639209557', userZone: utc, people });
    expect(mine).toMatchObject({ createdAt: '2015-03-25T18:38:21.956Z', status: 'completed', completedAt: '2015-03-26T08:00:00Z' });
    // Not finished: a completion date Graph still carries is not read.
    expect(toPlannerWorkItem({ ...task, percentComplete: 50, completedDateTime: '2015-03-26T08:00:00Z' }, { userId: 'me-id', userZone: utc, people }).completedAt).toBeUndefined();
  });

  it('reads a UTC due instant as the date the user sees, percent and priority', () => {
    const item = toPlannerWorkItem({ ...task, dueDateTime: '2025-03-28T07:00:00Z', percentComplete: 50, priority: 1 }, { userId: 'me-id', userZone: parseTimeZoneId('America/Los_Angeles'), people });
    expect(item).toMatchObject({ due: { on: '2025-03-28' }, status: 'inProgress', importance: 'high', percentComplete: 50 });
  });

  it('lists every co-assignee as stakeholder and contributor, never the user, and the creator once', () => {
    const assignments = { 'me-id': {}, '6463a5ce-2119-4198-9f2a-628761df4a62': {}, 'fbab97d0-4932-4511-b675-204639209557': {} };
    const item = toPlannerWorkItem({ ...task, assignments }, { userId: 'me-id', userZone: utc, people });
    expect(item).toMatchObject({ stakeholderIds: ['creator@contoso.com', 'coassignee@contoso.com'], contributorIds: ['creator@contoso.com', 'coassignee@contoso.com'] });
    const own = toPlannerWorkItem({ ...task, createdBy: { user: { id: 'me-id' } }, assignments: { 'me-id': {} } }, { userId: 'me-id', userZone: utc, people });
    expect(own).toMatchObject({ stakeholderIds: [], contributorIds: [] });
  });

  it('reads the due date in its creator\'s zone and says what the user\'s Planner shows', () => {
    // 2026-12-08T23:00:00Z is 00:00 Wed 9 Dec in Berlin (UTC+1) and 15:00 Tue 8 Dec in San Francisco (UTC−8).
    const zoneOf = (id: string) => (id === 'creator@contoso.com' ? parseTimeZoneId('Europe/Berlin') : undefined);
    const item = toPlannerWorkItem({ ...task, dueDateTime: '2026-12-08T23:00:00Z' }, { userId: 'me-id', userZone: parseTimeZoneId('America/Los_Angeles'), people, zoneOf });
    expect(item.due).toEqual({ on: '2026-12-09', setBy: 'creator@contoso.com', shownOn: '2026-12-08' });
  });

  it('names the field for an impossible priority', () => {
    expect(() => toPlannerWorkItem({ ...task, priority: 42 }, { userId: 'me-id', userZone: utc, people })).toThrow(expect.objectContaining({ field: 'plannerTask.priority' }));
  });
});

describe('toCity: where a person is, from their profile', () => {
  it.each([
    { case: 'city first', user: { city: 'Tel Aviv', officeLocation: 'Jerusalem', usageLocation: 'IL' }, want: 'Tel Aviv' },
    { case: 'a place-name officeLocation', user: { city: ' ', officeLocation: 'Redmond', usageLocation: 'US' }, want: 'Redmond' },
    { case: 'a room code is not a place: the country', user: { city: null, officeLocation: '18/2111', usageLocation: 'US' }, want: 'United States' },
    { case: 'only the country', user: { usageLocation: 'il' }, want: 'Israel' },
    { case: 'nothing', user: { officeLocation: 'SF-3/310' }, want: undefined },
  ])('$case → $want', ({ user, want }) => {
    expect(toCity({ id: 'x', mail: 'x@contoso.com', ...user })).toBe(want);
  });
});

describe('toStakeholder (getSchedule.post.1)', () => {
  it('keeps the first name a greeting uses, from the documented user (me.get.1: givenName "Adele")', () => {
    const adeleUser = contractBody<GraphUser>('me.get.1');
    const [adele] = contractBody<GraphCollection<GraphScheduleInformation>>('getSchedule.post.1').value ?? [];
    const s = toStakeholder({ email: 'AdeleV@contoso.onmicrosoft.com', user: adeleUser, workingHours: toWorkingHours(adele?.workingHours, 'wh') });
    expect(s).toMatchObject({ displayName: adeleUser.displayName, givenName: 'Adele' });
    expect(toStakeholder({ email: 'x@contoso.com', user: { ...adeleUser, givenName: null }, workingHours: toWorkingHours(adele?.workingHours, 'wh') })).not.toHaveProperty('givenName');
  });

  it('takes zone and hours from getSchedule working hours, with the default deadline style', () => {
    const [adele] = contractBody<GraphCollection<GraphScheduleInformation>>('getSchedule.post.1').value ?? [];
    const s = toStakeholder({ email: 'AdeleV@contoso.onmicrosoft.com', displayName: 'Adele', workingHours: toWorkingHours(adele?.workingHours, 'wh'), lastContactAt: '2025-03-20T10:00:00Z' });
    expect(s).toEqual({
      id: 'adelev@contoso.onmicrosoft.com',
      displayName: 'Adele',
      email: 'adelev@contoso.onmicrosoft.com',
      timeZone: 'America/Los_Angeles',
      workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', timeZone: 'America/Los_Angeles' },
      deadlineStyle: { kind: 'close-of-business-day' },
      lastContactAt: '2025-03-20T10:00:00Z',
      workedHolidays: [],
    });
  });
});
