import { DateTime } from 'luxon';
import { DEMO_DOMAIN } from '../constants.js';
import { guidFrom, outlookIdFrom, plannerIdFrom } from '../state/ids.js';
import type {
  SimAttendee, SimEvent, SimGroup, SimMailbox, SimMessage, SimPerson, SimPlannerPlan, SimPlannerTask, SimRecipient, SimTodoTask,
} from '../state/types.js';
import { createLazyMailboxes, type LazyMailboxes } from '../state/lazy-mailboxes.js';
import { toLocation } from './locations.js';

/** Generated users, in teams of eight with a Planner plan (and its group) each: the digest benchmark's population. */
export interface ScaleUsers {
  people: SimPerson[];
  /** Made team by team on first read: a digest run reads them all, a demo only a few. */
  mailboxes: LazyMailboxes;
  plans: SimPlannerPlan[];
  groups: SimGroup[];
  plannerTasks: SimPlannerTask[];
  /** The last change sequence number used (events and tasks continue the world's). */
  seq: number;
}

interface Office {
  city: string;
  country: string;
  zone: string;
  windowsZone: string;
  /** Every other person shows the mailbox zone in IANA form, as Graph does for some mailboxes. */
  ianaMailboxZone: boolean;
  workingDays: readonly string[];
  workStart: string;
  workEnd: string;
  language: string;
  languageDisplayName: string;
  phonePrefix: string;
}

const MON_FRI = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const OFFICES: readonly Office[] = [
  { city: 'San Francisco', country: 'US', zone: 'America/Los_Angeles', windowsZone: 'Pacific Standard Time', ianaMailboxZone: false, workingDays: MON_FRI, workStart: '09:00:00', workEnd: '17:30:00', language: 'en-US', languageDisplayName: 'English (United States)', phonePrefix: '+1 415 555' },
  { city: 'New York', country: 'US', zone: 'America/New_York', windowsZone: 'Eastern Standard Time', ianaMailboxZone: true, workingDays: MON_FRI, workStart: '09:00:00', workEnd: '17:00:00', language: 'en-US', languageDisplayName: 'English (United States)', phonePrefix: '+1 212 555' },
  { city: 'London', country: 'GB', zone: 'Europe/London', windowsZone: 'GMT Standard Time', ianaMailboxZone: false, workingDays: MON_FRI, workStart: '09:00:00', workEnd: '17:30:00', language: 'en-GB', languageDisplayName: 'English (United Kingdom)', phonePrefix: '+44 20 5550' },
  { city: 'Berlin', country: 'DE', zone: 'Europe/Berlin', windowsZone: 'W. Europe Standard Time', ianaMailboxZone: true, workingDays: MON_FRI, workStart: '08:00:00', workEnd: '16:30:00', language: 'de-DE', languageDisplayName: 'Deutsch (Deutschland)', phonePrefix: '+49 30 5550' },
  { city: 'Bangalore', country: 'IN', zone: 'Asia/Kolkata', windowsZone: 'India Standard Time', ianaMailboxZone: false, workingDays: MON_FRI, workStart: '09:30:00', workEnd: '18:00:00', language: 'en-IN', languageDisplayName: 'English (India)', phonePrefix: '+91 80 5550' },
  { city: 'Tel Aviv', country: 'IL', zone: 'Asia/Jerusalem', windowsZone: 'Israel Standard Time', ianaMailboxZone: true, workingDays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday'], workStart: '08:30:00', workEnd: '17:30:00', language: 'he-IL', languageDisplayName: 'Hebrew (Israel)', phonePrefix: '+972 3 555' },
  { city: 'Tokyo', country: 'JP', zone: 'Asia/Tokyo', windowsZone: 'Tokyo Standard Time', ianaMailboxZone: false, workingDays: MON_FRI, workStart: '09:00:00', workEnd: '18:00:00', language: 'ja-JP', languageDisplayName: '日本語 (日本)', phonePrefix: '+81 3 5550' },
  { city: 'Sydney', country: 'AU', zone: 'Australia/Sydney', windowsZone: 'AUS Eastern Standard Time', ianaMailboxZone: false, workingDays: MON_FRI, workStart: '08:30:00', workEnd: '17:00:00', language: 'en-AU', languageDisplayName: 'English (Australia)', phonePrefix: '+61 2 5550' },
  { city: 'São Paulo', country: 'BR', zone: 'America/Sao_Paulo', windowsZone: 'E. South America Standard Time', ianaMailboxZone: true, workingDays: MON_FRI, workStart: '09:00:00', workEnd: '18:00:00', language: 'pt-BR', languageDisplayName: 'português (Brasil)', phonePrefix: '+55 11 5550' },
];

const GIVEN = ['Amara', 'Bruno', 'Chloé', 'Dev', 'Elif', 'Felix', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kira', 'Lars', 'Mina', 'Nico', 'Oona', 'Pablo',
  'Quinn', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zara', 'Aditi', 'Ben', 'Carmen', 'Dario', 'Emma', 'Farah'];
const SURNAMES = ['Okafor', 'Silva', 'Dubois', 'Patel', 'Yilmaz', 'Becker', 'Kim', 'Sato', 'García', 'Hassan', 'Novak', 'Lund', 'Rahimi', 'Rossi',
  'Virtanen', 'Morales', 'Byrne', 'Costa', 'Berg', 'Iyer', 'Aziz', 'Horvat', 'Chen', 'López', 'Demir', 'Mensah', 'Rao', 'Cohen', 'Vidal', 'Marino', 'Schmidt', 'Nakamura'];
const JOBS = ['Program Manager', 'Software Engineer', 'Designer', 'Product Manager', 'Data Analyst', 'Account Manager', 'Support Engineer', 'Technical Writer'];
const DEPARTMENTS = ['Product', 'Engineering', 'Design', 'Sales', 'Customer Success', 'Marketing', 'Finance', 'Operations'];
const TOPICS = ['pricing', 'onboarding', 'release', 'security review', 'partner', 'roadmap', 'support', 'billing', 'analytics', 'migration', 'launch', 'training'];
const TEAM_SIZE = 8;
/** Change sequence numbers reserved per team (a team makes fewer than a hundred events and tasks). */
const SEQ_PER_TEAM = 200;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const DAY_MS = 86_400_000;

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** Local calendar arithmetic for one zone, computed once per date and reused by every user of that office. */
function createZoneCalendar(zone: string, nowMs: number) {
  const today = DateTime.fromMillis(nowMs, { zone }).toISODate() ?? '';
  const todayUtcMs = Date.parse(`${today}T00:00:00Z`);
  const midnights = new Map<number, number>();
  const offsets = new Map<number, number>();
  const dateOf = (dayOffset: number) => new Date(todayUtcMs + dayOffset * DAY_MS).toISOString().slice(0, 10);
  return {
    today,
    dateOf,
    weekdayOf: (dayOffset: number) => WEEKDAY_NAMES[new Date(todayUtcMs + dayOffset * DAY_MS).getUTCDay()] ?? 'monday',
    /** Local midnight of today + `dayOffset` days, as epoch ms (luxon once per date: DST days are right). */
    midnightMs(dayOffset: number): number {
      let ms = midnights.get(dayOffset);
      if (ms === undefined) {
        ms = DateTime.fromISO(dateOf(dayOffset), { zone }).toMillis();
        midnights.set(dayOffset, ms);
      }
      return ms;
    },
    /** `HH:mm` local on today + `dayOffset`, as epoch ms (the day's noon offset: switches happen at night). */
    atMs(dayOffset: number, time: string): number {
      let offsetMs = offsets.get(dayOffset);
      if (offsetMs === undefined) {
        offsetMs = DateTime.fromISO(`${dateOf(dayOffset)}T12:00`, { zone }).offset * 60_000;
        offsets.set(dayOffset, offsetMs);
      }
      const [h = 0, m = 0] = time.split(':').map(Number);
      return todayUtcMs + dayOffset * DAY_MS + (h * 60 + m) * 60_000 - offsetMs;
    },
  };
}
type ZoneCalendar = ReturnType<typeof createZoneCalendar>;

/**
 * `count` generated users around `nowIso`, after the demo organisation: teams of eight (six in the team's office,
 * two elsewhere), each team with a Planner plan and its group; every user has a daily team stand-up, a weekly 1:1
 * with the team lead, focus blocks, a review meeting, To Do tasks (one from a teammate's flagged email, one done
 * yesterday), a Planner task from the lead and mail with teammates. Deterministic: ids come from the index.
 */
export function generateScaleUsers(nowIso: string, count: number, seqStart = 0): ScaleUsers {
  const nowMs = Date.parse(nowIso);
  const stamp = (ms: number) => new Date(ms).toISOString();
  const calendars = new Map<string, ZoneCalendar>();
  const calendarOf = (office: Office) => {
    let c = calendars.get(office.zone);
    if (!c) {
      c = createZoneCalendar(office.zone, nowMs);
      calendars.set(office.zone, c);
    }
    return c;
  };
  /** Day offset of the n-th working day from today (0 = today, negative = back). */
  const workingDayOffset = (office: Office, n: number) => {
    const cal = calendarOf(office);
    let offset = 0;
    let left = Math.abs(n);
    const step = n >= 0 ? 1 : -1;
    while (left > 0) {
      offset += step;
      if (office.workingDays.includes(cal.weekdayOf(offset))) left -= 1;
    }
    return offset;
  };

  const officeOf = (i: number) => {
    const team = Math.floor(i / TEAM_SIZE);
    const seat = i % TEAM_SIZE;
    return pick(OFFICES, seat < 6 ? team : team + seat);
  };
  const people: SimPerson[] = [];
  const offices: Office[] = [];
  for (let i = 0; i < count; i += 1) {
    const office = officeOf(i);
    const given = pick(GIVEN, i);
    const surname = pick(SURNAMES, i * 7 + Math.floor(i / GIVEN.length));
    const alias = `${ascii(given)}.${ascii(surname).replace(/[^a-z]/g, '')}${i + 1}`;
    const seat = i % TEAM_SIZE;
    const lead = i - seat;
    people.push({
      id: guidFrom('scale-user', String(i)), userPrincipalName: `${alias}@${DEMO_DOMAIN}`, displayName: `${given} ${surname}`, givenName: given, surname,
      jobTitle: seat === 0 ? 'Team Lead' : pick(JOBS, i), department: pick(DEPARTMENTS, Math.floor(i / TEAM_SIZE)), officeLocation: `${office.city.slice(0, 3).toUpperCase()}-${1 + (i % 9)}/${100 + (i % 97)}`,
      city: office.city, country: office.country, timeZone: office.zone, preferredLanguage: office.language,
      businessPhones: [`${office.phonePrefix} ${String(1000 + (i % 9000)).padStart(4, '0')}`], mobilePhone: null,
      ...(seat === 0 ? {} : { managerId: guidFrom('scale-user', String(lead)) }),
      story: `Generated user ${i + 1} of ${count} (team ${Math.floor(i / TEAM_SIZE) + 1}, ${office.city}).`,
    });
    offices.push(office);
  }
  const recipientOf = (i: number): SimRecipient => ({ name: people[i]?.displayName ?? '', address: people[i]?.userPrincipalName ?? '' });

  const teammatesOf = (i: number) => {
    const lead = i - (i % TEAM_SIZE);
    const size = Math.min(TEAM_SIZE, count - lead);
    return size < 2 ? { next: i, prev: i } : { next: lead + ((i - lead + 1) % size), prev: lead + ((i - lead + size - 1) % size) };
  };
  /** Day offset of the first `weekday` on or after eight weeks ago, in the office's calendar. */
  const seriesStartOffset = (office: Office, weekday: string) => {
    let offset = -56;
    while (calendarOf(office).weekdayOf(offset) !== weekday) offset += 1;
    return offset;
  };
  const teams = Math.ceil(count / TEAM_SIZE);
  const membersOf = (t: number) => Array.from({ length: Math.min(TEAM_SIZE, count - t * TEAM_SIZE) }, (_, k) => t * TEAM_SIZE + k);
  // Bodies repeat (a dozen topics): one string each, not one per event or message, keeps 10,000 users' heap small.
  const htmlBodies = new Map<string, string>();
  const htmlOf = (text: string) => {
    let html = htmlBodies.get(text);
    if (html === undefined) {
      html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>${text}</p></body></html>`;
      htmlBodies.set(text, html);
    }
    return html;
  };
  const teamsLocation = toLocation('Microsoft Teams Meeting');
  const noLocation = toLocation('');

  // ---- Planner: made at once (one task per user in the team's plan; the world's lists hold them) ----------------
  const plans: SimPlannerPlan[] = [];
  const groups: SimGroup[] = [];
  const plannerTasks: SimPlannerTask[] = [];
  for (let t = 0; t < teams; t += 1) {
    const lead = t * TEAM_SIZE;
    const groupId = guidFrom('scale-group', String(t));
    const plan: SimPlannerPlan = { id: plannerIdFrom('scale-plan', String(t)), title: `Team ${t + 1} delivery`, groupId, createdBy: people[lead]?.id ?? '', createdAt: stamp(nowMs - 60 * DAY_MS), etagVersion: 1 };
    plans.push(plan);
    groups.push({ id: groupId, displayName: plan.title, memberIds: membersOf(t).map((m) => people[m]?.id ?? '') });
  }
  for (const [i, p] of people.entries()) {
    const office = offices[i] ?? pick(OFFICES, 0);
    const topic = pick(TOPICS, i);
    const team = Math.floor(i / TEAM_SIZE);
    const lead = team * TEAM_SIZE;
    const { next } = teammatesOf(i);
    const assignees = i % 2 === 1 && next !== i ? [i, next] : [i];
    const due = calendarOf(office).midnightMs(workingDayOffset(office, 4 + (i % 6)));
    const taskCreatedAt = stamp(nowMs - (14 + (i % 9)) * DAY_MS);
    plannerTasks.push({
      id: plannerIdFrom('scale-ptask', String(i)), planId: plans[team]?.id ?? '', bucketId: plannerIdFrom('bucket', plans[team]?.id ?? '', 'doing'),
      title: `${topic.replace(/^./, (c) => c.toUpperCase())} handover for team ${team + 1}`, percentComplete: [0, 25, 50, 0, 75][i % 5] ?? 0, priority: 5,
      dueAt: new Date(due).toISOString().replace('.000Z', 'Z'), startAt: null, createdAt: taskCreatedAt, completedAt: null, createdBy: people[lead]?.id ?? p.id, completedBy: null,
      assignments: Object.fromEntries(assignees.map((a, k) => [people[a]?.id ?? '', { assignedBy: people[lead]?.id ?? p.id, assignedAt: taskCreatedAt, orderHint: `8585${k}!` }])),
      orderHint: `8585269235419181300P${i % 10}`, description: `Hand over the ${topic} work. Estimate: ${1 + (i % 4)}h.`, checklist: {}, references: {}, etagVersion: 1,
    });
  }

  /** One team's mailboxes. Everything in them is between the team's members, so a team can be made on its own. */
  const buildTeam = (t: number): Map<string, SimMailbox> => {
    const members = membersOf(t);
    const mailboxes = new Map<string, SimMailbox>();
    // Each team numbers its changes in a range of its own below the world's sequence, whenever it is made.
    let seq = seqStart + t * SEQ_PER_TEAM;
    for (const i of members) {
      const office = offices[i] ?? pick(OFFICES, 0);
      const away = i % 20 === 7;
      const cal = calendarOf(office);
      mailboxes.set(people[i]?.id ?? '', {
        settings: {
          timeZone: office.ianaMailboxZone && i % 2 === 1 ? office.zone : office.windowsZone,
          workingHours: { daysOfWeek: [...office.workingDays], startTime: `${office.workStart}.0000000`, endTime: `${office.workEnd}.0000000`, timeZone: { name: office.windowsZone } },
          automaticRepliesSetting: {
            status: away ? 'scheduled' : 'disabled', externalAudience: 'all',
            scheduledStartAt: stamp(cal.midnightMs(away ? workingDayOffset(office, 2) : 0)), scheduledEndAt: stamp(cal.midnightMs(away ? workingDayOffset(office, 4) : 1)),
            internalReplyMessage: away ? '<html>\n<body>\n<p>I am out of the office and will reply when I am back.</p>\n</body>\n</html>\n' : '',
            externalReplyMessage: away ? '<html>\n<body>\n<p>I am out of the office.</p>\n</body>\n</html>\n' : '',
          },
          language: { locale: office.language, displayName: office.languageDisplayName },
          dateFormat: office.language === 'en-US' ? 'M/d/yyyy' : 'dd/MM/yyyy', timeFormat: office.language === 'en-US' ? 'h:mm tt' : 'HH:mm',
          delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly', userPurpose: 'user',
        },
        events: [], todoLists: [], messages: [], removed: new Map(),
      });
    }
    const mailboxAt = (i: number): SimMailbox => mailboxes.get(people[i]?.id ?? '') as SimMailbox;

    // ---- Calendar -------------------------------------------------------------------------------------------
    const addEvent = (key: string, organizer: number, attendees: number[], spec: {
      subject: string; office: Office; startMs: number; minutes: number; weeklyOn?: readonly string[]; startDate?: string; allDay?: boolean;
      showAs?: SimEvent['showAs']; categories?: string[]; online?: boolean; sensitivity?: SimEvent['sensitivity'];
    }) => {
      const createdAt = stamp(nowMs - 40 * DAY_MS);
      const iCalUId = `040000008200E00074C5B7101A82E008${guidFrom('ical', key).replace(/-/g, '').toUpperCase()}`;
      const attendeeList: SimAttendee[] = attendees.map((a) => ({ ...recipientOf(a), type: 'required', response: 'accepted', responseAt: createdAt }));
      const recurrence = spec.weeklyOn
        ? {
            pattern: { type: 'weekly' as const, interval: 1, month: 0, dayOfMonth: 0, daysOfWeek: [...spec.weeklyOn], firstDayOfWeek: 'sunday', index: 'first' },
            range: { type: 'noEnd' as const, startDate: spec.startDate ?? '', endDate: '0001-01-01', recurrenceTimeZone: spec.office.windowsZone, numberOfOccurrences: 0 },
          }
        : null;
      const online = spec.online ?? attendees.length > 0;
      // One of each per meeting, shared by its participants' copies (routes replace these, never mutate them).
      const bodyHtml = htmlOf(spec.subject);
      const location = online ? teamsLocation : noLocation;
      const categories = spec.categories ?? [];
      const startAt = stamp(spec.startMs);
      const endAt = stamp(spec.startMs + spec.minutes * 60_000);
      for (const who of [organizer, ...attendees]) {
        const whoId = people[who]?.id ?? '';
        mailboxAt(who).events.push({
          id: outlookIdFrom('scale-event', key, whoId), iCalUId, changeKey: outlookIdFrom('ck', key, whoId).slice(6, 30), createdAt, lastModifiedAt: createdAt,
          subject: spec.subject, bodyHtml, startAt, endAt, zone: spec.office.zone, originalZoneName: spec.office.windowsZone,
          isAllDay: spec.allDay ?? false, isCancelled: false, showAs: spec.showAs ?? 'busy', sensitivity: spec.sensitivity ?? 'normal', importance: 'normal',
          categories, location, isOnlineMeeting: online,
          organizer: recipientOf(organizer), attendees: attendeeList, response: who === organizer ? 'organizer' : 'accepted',
          responseAt: who === organizer ? '0001-01-01T00:00:00Z' : createdAt, recurrence, type: recurrence ? 'seriesMaster' : 'singleInstance',
          reminderMinutesBeforeStart: 15, transactionId: null, seq: (seq += 1),
        });
      }
    };
    const lead = t * TEAM_SIZE;
    const teamOffice = offices[lead] ?? pick(OFFICES, 0);
    const first = teamOffice.workingDays[0] ?? 'monday';
    const start = seriesStartOffset(teamOffice, first);
    addEvent(`standup-${t}`, lead, members.slice(1), { subject: 'Team stand-up', office: teamOffice, startMs: calendarOf(teamOffice).atMs(start, '09:30'), minutes: 15,
      weeklyOn: teamOffice.workingDays, startDate: calendarOf(teamOffice).dateOf(start) });
    for (const m of members.slice(1)) {
      const day = teamOffice.workingDays[m % teamOffice.workingDays.length] ?? first;
      const s = seriesStartOffset(teamOffice, day);
      addEvent(`one-on-one-${m}`, lead, [m], { subject: `${people[lead]?.givenName} / ${people[m]?.givenName} 1:1`, office: teamOffice,
        startMs: calendarOf(teamOffice).atMs(s, '11:00'), minutes: 30, weeklyOn: [day], startDate: calendarOf(teamOffice).dateOf(s) });
    }
    for (const i of members) {
      const office = offices[i] ?? pick(OFFICES, 0);
      const days = [office.workingDays[1] ?? 'tuesday', office.workingDays[3] ?? 'thursday'];
      const s = seriesStartOffset(office, days[0] ?? 'tuesday');
      addEvent(`focus-${i}`, i, [], { subject: 'Focus time', office, startMs: calendarOf(office).atMs(s, '13:00'), minutes: 120, weeklyOn: days,
        startDate: calendarOf(office).dateOf(s), categories: ['Focus time'], online: false, sensitivity: 'private' });
      const { next } = teammatesOf(i);
      const reviewDay = workingDayOffset(office, 1 + (i % 3));
      addEvent(`review-${i}`, i, next === i ? [] : [next], { subject: `${pick(TOPICS, i)} review`.replace(/^./, (c) => c.toUpperCase()), office,
        startMs: calendarOf(office).atMs(reviewDay, '14:00'), minutes: 60 });
      if (i % 20 === 7) {
        const from = workingDayOffset(office, 2);
        const to = workingDayOffset(office, 4);
        addEvent(`away-${i}`, i, [], { subject: 'Out of office', office, startMs: calendarOf(office).midnightMs(from),
          minutes: Math.round((calendarOf(office).midnightMs(to) - calendarOf(office).midnightMs(from)) / 60_000), allDay: true, showAs: 'oof', online: false });
      }
    }

    // ---- Mail -----------------------------------------------------------------------------------------------
    const send = (key: string, from: number, to: number, subject: string, text: string, sentMs: number, flagged = false): SimMessage => {
      const sentAt = stamp(sentMs);
      const base = {
        subject, bodyContentType: 'html' as const, bodyContent: htmlOf(text),
        from: recipientOf(from), toRecipients: [recipientOf(to)], ccRecipients: [], bccRecipients: [], createdAt: sentAt, lastModifiedAt: sentAt, sentAt, receivedAt: sentAt,
        isDraft: false, importance: 'normal' as const, conversationId: `AAQkAD${guidFrom('conv', key).replace(/-/g, '').slice(0, 24)}=`,
        internetMessageId: `<${guidFrom('imid', key)}@${DEMO_DOMAIN}>`, changeKey: guidFrom('ck', key).replace(/-/g, '').slice(0, 24), extendedProperties: [], categories: [],
      };
      mailboxAt(from).messages.push({ ...base, id: outlookIdFrom('scale-msg', key, 'sent'), folder: 'sentitems', isRead: true, flagStatus: 'notFlagged' });
      const received: SimMessage = { ...base, id: outlookIdFrom('scale-msg', key, 'inbox'), folder: 'inbox', isRead: !flagged, flagStatus: flagged ? 'flagged' : 'notFlagged' };
      mailboxAt(to).messages.push(received);
      return received;
    };
    const flaggedFrom = new Map<number, SimMessage>();
    for (const i of members) {
      const { next, prev } = teammatesOf(i);
      if (next === i) continue;
      send(`last-${i}-next`, i, next, `Re: ${pick(TOPICS, i)} notes`, 'Thanks, here is where things stand.', nowMs - (1 + (i % 9)) * DAY_MS - (i % 7) * 3_600_000);
      send(`last-${i}-prev`, i, prev, 'Weekly status', 'My status for this week.', nowMs - (3 + (i % 13)) * DAY_MS);
      // The teammate before asks for a review by flagged email.
      flaggedFrom.set(i, send(`flag-${i}`, prev, i, `Please review the ${pick(TOPICS, i + 3)} draft`, 'Could you review the draft? About an hour.', nowMs - (1 + (i % 4)) * DAY_MS - 2 * 3_600_000, true));
    }

    // ---- To Do ----------------------------------------------------------------------------------------------
    const dueOn = (office: Office, n: number) => ({ dateTime: `${calendarOf(office).dateOf(workingDayOffset(office, n))}T00:00:00.0000000`, timeZone: 'UTC' });
    for (const i of members) {
      const office = offices[i] ?? pick(OFFICES, 0);
      const topic = pick(TOPICS, i);
      const createdAt = stamp(nowMs - (10 + (i % 7)) * DAY_MS);
      const task = (key: string, fields: Partial<SimTodoTask> & { title: string }): SimTodoTask => ({
        id: outlookIdFrom('scale-task', key, String(i)), bodyText: '', status: 'notStarted', importance: 'normal', isReminderOn: false, categories: [], createdAt,
        lastModifiedAt: stamp(nowMs - DAY_MS), linkedResources: [], checklistItems: [], seq: (seq += 1), etagVersion: 1, ...fields,
      });
      const flaggedMail = flaggedFrom.get(i);
      const flaggedTasks = flaggedMail ? [task('flagged', { title: flaggedMail.subject, due: dueOn(office, 3 + (i % 5)), bodyText: 'Review and comment (~1h).',
        linkedResources: [{ id: guidFrom('lr', flaggedMail.id), applicationName: 'Microsoft Outlook', displayName: flaggedMail.subject, externalId: flaggedMail.id,
          webUrl: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(flaggedMail.id)}&exvsurl=1&viewmodel=ReadMessageItem` }] })] : [];
      mailboxAt(i).todoLists = [
        { id: outlookIdFrom('scale-list', 'tasks', String(i)), displayName: 'Tasks', isOwner: true, isShared: false, wellknownListName: 'defaultList', tasks: [
          task('notes', { title: `Prepare the ${topic} notes`, status: 'inProgress', due: dueOn(office, 2 + (i % 4)), bodyText: 'Estimate: 2h.',
            checklistItems: ['Outline', 'Numbers', 'Review'].map((name, k) => ({ id: guidFrom('scale-cl', String(i), String(k)), displayName: name, isChecked: k === 0, createdAt })) }),
          task('tracker', { title: `Update the ${topic} tracker`, importance: 'low', due: dueOn(office, 6 + (i % 5)), bodyText: '~45m' }),
          task('recap', { title: `Send the ${topic} recap`, status: 'completed', due: dueOn(office, 0), completedAt: stamp(calendarOf(office).atMs(-1, '16:00')) }),
        ] },
        { id: outlookIdFrom('scale-list', 'flagged', String(i)), displayName: 'Flagged Emails', isOwner: true, isShared: false, wellknownListName: 'flaggedEmails', tasks: flaggedTasks },
      ];
    }
    return mailboxes;
  };

  const mailboxes = createLazyMailboxes();
  for (let t = 0; t < teams; t += 1) mailboxes.defer(membersOf(t).map((i) => people[i]?.id ?? ''), () => buildTeam(t));
  return { people, mailboxes, plans, groups, plannerTasks, seq: seqStart + teams * SEQ_PER_TEAM };
}
