import { DateTime } from 'luxon';
import { guidFrom, outlookIdFrom, plannerIdFrom } from '../state/ids.js';
import type {
  ScenarioNote, SimAttendee, SimEvent, SimMailbox, SimMessage, SimPerson, SimPlannerTask, SimRecipient, SimTodoList, SimTodoTask, SimWorld,
} from '../state/types.js';
import { toWindowsZone } from '../time/windows-zones.js';
import { toLocation } from './locations.js';
import { addWorkingDays, atLocal, isoDate, localDay, nextOffsetChange, publicHolidays, weekdayName } from './calendar-math.js';
import { MAIN_DEMO_ALIAS, PERSON_SEEDS, personIdOf, toSimPerson, upnOf, type PersonSeed } from './demo-people.js';
import { extraPersonSeeds } from './extra-people.js';
import { generateScaleUsers } from './generate-scale-users.js';
import { createLazyMailboxes } from '../state/lazy-mailboxes.js';

/** Aliases outside the tenant's application access policy (app-only access → 403). */
const OUTSIDE_APP_POLICY = ['wei.zhang', 'olivia.harris'];

const windowsName = (zone: string) => toWindowsZone(zone) ?? zone;
const stamp = (dt: DateTime) => dt.toUTC().toISO() ?? '';

interface MeetingSpec {
  key: string;
  organizer: string;
  attendees: string[];
  subject: string;
  zone: string;
  startDate: string;
  startTime: string;
  minutes: number;
  weeklyOn?: string[];
  interval?: number;
  allDay?: boolean;
  showAs?: SimEvent['showAs'];
  categories?: string[];
  cancelled?: boolean;
  location?: string;
  online?: boolean;
  /** Responses per attendee alias (default accepted). */
  responses?: Record<string, SimAttendee['response']>;
  body?: string;
  sensitivity?: SimEvent['sensitivity'];
}

export interface DemoWorldOptions {
  /**
   * Extra colleagues of the main demo user (default 0: the demo organisation alone). Each one created a Planner
   * task assigned to the main user or sent her a flagged email that became a To Do task, and has sent-mail
   * history with her, so each adds one stakeholder to her world (10 extra ⇒ 19 stakeholders, 11 ⇒ 20).
   */
  extraPeople?: number;
  /**
   * Generated users after everyone else (default 0), for benchmarks of digests across many mailboxes: teams of
   * eight with a plan, meetings, tasks and mail each (`generateScaleUsers`), all inside the application access policy.
   */
  extraUsers?: number;
}

// Working days from today (Maya's) on which the extra colleagues' asks are due: spread over the second and third
// weeks, after the demo's own deadlines, so that the scenarios keep their risk states (deadline-first scheduling).
const EXTRA_DUE_WORKING_DAYS = [10, 12, 14, 11, 15, 13, 10, 12, 14, 11, 15, 13, 10, 12, 14, 11, 15, 13, 12, 14];
// Days since Maya last wrote to each extra colleague.
const EXTRA_LAST_CONTACT_DAYS = [2, 6, 11, 3, 19, 8, 25, 4, 13, 1, 30, 9, 16, 5, 22, 7, 12, 27, 10, 15];
const EXTRA_PERCENT_COMPLETE = [0, 25, 50, 0, 25, 75, 0, 50, 25, 0];
const EXTRA_TODO_STATUS: SimTodoTask['status'][] = ['notStarted', 'inProgress', 'notStarted', 'waitingOnOthers', 'inProgress'];

/**
 * The demo organisation and its mailboxes, generated from a fixed seed around `nowIso`.
 * Same `nowIso` and options ⇒ identical data (ids are derived from stable keys, times from `nowIso`).
 */
export function generateDemoWorld(nowIso: string, opts: DemoWorldOptions = {}): SimWorld {
  const now = DateTime.fromISO(nowIso, { zone: 'utc' });
  if (!now.isValid) throw new Error(`invalid now: ${nowIso}`);
  const extraCount = opts.extraPeople ?? 0;
  if (!Number.isInteger(extraCount) || extraCount < 0) throw new Error(`extraPeople must be a whole number ≥ 0, got ${String(opts.extraPeople)}`);
  const extras = extraPersonSeeds(extraCount);
  const extraUsers = opts.extraUsers ?? 0;
  if (!Number.isInteger(extraUsers) || extraUsers < 0) throw new Error(`extraUsers must be a whole number ≥ 0, got ${String(opts.extraUsers)}`);
  const seeds: readonly PersonSeed[] = [...PERSON_SEEDS, ...extras];
  const seedByAlias = new Map(seeds.map((s) => [s.alias, s]));
  const seedOf = (alias: string): PersonSeed => {
    const s = seedByAlias.get(alias);
    if (!s) throw new Error(`unknown demo person ${alias}`);
    return s;
  };
  const recipientOf = (alias: string): SimRecipient => ({ name: seedOf(alias).displayName, address: upnOf(alias) });
  const people: SimPerson[] = seeds.map(toSimPerson);
  // Lazy: generated users' mailboxes (`extraUsers`) are made team by team when first read.
  const mailboxes = createLazyMailboxes();
  const scenarios: ScenarioNote[] = [];
  let seq = 0;
  const nextSeq = () => (seq += 1);
  const ago = (d: { days?: number; hours?: number; minutes?: number }) => stamp(now.minus(d));

  for (const seed of seeds) {
    mailboxes.set(personIdOf(seed.alias), {
      settings: {
        timeZone: seed.mailboxTimeZone,
        workingHours: { daysOfWeek: [...seed.workingDays], startTime: `${seed.workStart}.0000000`, endTime: `${seed.workEnd}.0000000`, timeZone: { name: seed.workingHoursZone } },
        automaticRepliesSetting: {
          status: 'disabled', externalAudience: 'all',
          scheduledStartAt: stamp(now.startOf('day')), scheduledEndAt: stamp(now.startOf('day').plus({ days: 1 })),
          internalReplyMessage: '', externalReplyMessage: '',
        },
        language: { locale: seed.preferredLanguage, displayName: seed.languageDisplayName },
        dateFormat: seed.preferredLanguage === 'en-US' ? 'M/d/yyyy' : 'dd/MM/yyyy',
        timeFormat: seed.preferredLanguage === 'en-US' ? 'h:mm tt' : 'HH:mm',
        delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
        userPurpose: 'user',
      },
      events: [], todoLists: [], messages: [], removed: new Map(),
    });
  }
  const mailboxOf = (alias: string): SimMailbox => {
    const m = mailboxes.get(personIdOf(alias));
    if (!m) throw new Error(`no mailbox for ${alias}`);
    return m;
  };
  const today = (alias: string) => localDay(nowIso, seedOf(alias).timeZone);
  const wd = (alias: string, n: number) => addWorkingDays(today(alias), n, seedOf(alias).workingDays);

  // ---- Calendar -----------------------------------------------------------------------------------------------
  const addMeeting = (spec: MeetingSpec): SimEvent[] => {
    const startAt = spec.allDay ? atLocal(spec.startDate, '00:00', spec.zone) : atLocal(spec.startDate, spec.startTime, spec.zone);
    const endAt = spec.allDay
      ? atLocal(isoDate(DateTime.fromISO(spec.startDate).plus({ days: Math.max(1, Math.round(spec.minutes / 1440)) })), '00:00', spec.zone)
      : stamp(DateTime.fromISO(startAt).plus({ minutes: spec.minutes }));
    const iCalUId = `040000008200E00074C5B7101A82E008${guidFrom('ical', spec.key).replace(/-/g, '').toUpperCase()}`;
    const createdAt = ago({ days: 40, hours: (spec.key.length * 7) % 24 });
    const participants = [spec.organizer, ...spec.attendees];
    const attendees: SimAttendee[] = spec.attendees.map((a) => ({
      ...recipientOf(a), type: 'required',
      response: spec.responses?.[a] ?? 'accepted',
      responseAt: ago({ days: 30 }),
    }));
    const recurrence = spec.weeklyOn
      ? {
          pattern: { type: 'weekly' as const, interval: spec.interval ?? 1, month: 0, dayOfMonth: 0, daysOfWeek: spec.weeklyOn, firstDayOfWeek: 'sunday', index: 'first' },
          range: { type: 'noEnd' as const, startDate: spec.startDate, endDate: '0001-01-01', recurrenceTimeZone: windowsName(spec.zone), numberOfOccurrences: 0 },
        }
      : null;
    return participants.map((alias) => {
      const own = alias === spec.organizer ? 'organizer' : (spec.responses?.[alias] ?? 'accepted');
      const ev: SimEvent = {
        id: outlookIdFrom('event', spec.key, alias),
        iCalUId,
        changeKey: outlookIdFrom('ck', spec.key, alias, '1').slice(6, 30),
        createdAt,
        lastModifiedAt: createdAt,
        subject: spec.cancelled ? `Canceled: ${spec.subject}` : spec.subject,
        bodyHtml: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>${spec.body ?? spec.subject}</p></body></html>`,
        startAt, endAt,
        zone: spec.zone,
        originalZoneName: windowsName(spec.zone),
        isAllDay: spec.allDay ?? false,
        isCancelled: spec.cancelled ?? false,
        showAs: spec.showAs ?? (own === 'tentativelyAccepted' ? 'tentative' : 'busy'),
        sensitivity: spec.sensitivity ?? 'normal',
        importance: 'normal',
        categories: spec.categories ?? [],
        location: toLocation(spec.location ?? (spec.online === false ? '' : 'Microsoft Teams Meeting')),
        isOnlineMeeting: spec.online ?? spec.attendees.length > 0,
        organizer: recipientOf(spec.organizer),
        attendees,
        response: own,
        responseAt: own === 'organizer' ? '0001-01-01T00:00:00Z' : ago({ days: 30 }),
        recurrence,
        type: recurrence ? 'seriesMaster' : 'singleInstance',
        reminderMinutesBeforeStart: 15,
        transactionId: null,
        seq: nextSeq(),
      };
      mailboxOf(alias).events.push(ev);
      return ev;
    });
  };

  const seriesStart = (alias: string, weekday: string) => {
    // First `weekday` on or after eight weeks before today, in the person's zone.
    let d = today(alias).minus({ weeks: 8 });
    while (weekdayName(d) !== weekday) d = d.plus({ days: 1 });
    return isoDate(d);
  };
  const M = MAIN_DEMO_ALIAS;
  const LA = seedOf(M).timeZone;

  addMeeting({ key: 'standup-us', organizer: M, attendees: ['ethan.park', 'marcus.green'], subject: 'Daily stand-up', zone: LA,
    startDate: seriesStart(M, 'monday'), startTime: '09:00', minutes: 15, weeklyOn: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] });
  addMeeting({ key: 'one-on-one-ethan', organizer: 'ethan.park', attendees: [M], subject: 'Maya / Ethan 1:1', zone: LA,
    startDate: seriesStart(M, 'tuesday'), startTime: '10:00', minutes: 30, weeklyOn: ['tuesday'] });
  addMeeting({ key: 'one-on-one-priya', organizer: M, attendees: ['priya.raman'], subject: 'Maya / Priya 1:1', zone: LA,
    startDate: seriesStart(M, 'wednesday'), startTime: '07:30', minutes: 30, weeklyOn: ['wednesday'] });
  const berlin = seedOf('jonas.weber').timeZone;
  addMeeting({ key: 'launch-sync', organizer: 'jonas.weber', attendees: [M, 'camille.martin', 'lucia.fernandez', 'siobhan.kelly', 'noa.levi', 'marcus.green'],
    subject: 'Launch team sync', zone: berlin, startDate: seriesStart('jonas.weber', 'thursday'), startTime: '17:00', minutes: 60, weeklyOn: ['thursday'],
    responses: { 'noa.levi': 'tentativelyAccepted' } });
  addMeeting({ key: 'focus-maya', organizer: M, attendees: [], subject: 'Focus time', zone: LA, startDate: seriesStart(M, 'monday'),
    startTime: '13:00', minutes: 120, weeklyOn: ['monday', 'wednesday', 'friday'], categories: ['Focus time'], online: false, sensitivity: 'private' });
  addMeeting({ key: 'lunch-maya', organizer: M, attendees: [], subject: 'Lunch', zone: LA, startDate: seriesStart(M, 'monday'),
    startTime: '12:00', minutes: 30, weeklyOn: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], showAs: 'free', online: false });
  addMeeting({ key: 'biweekly-partner', organizer: 'olivia.harris', attendees: [M, 'jonas.weber'], subject: 'Partner pipeline review', zone: seedOf('olivia.harris').timeZone,
    startDate: seriesStart('olivia.harris', 'tuesday'), startTime: '09:00', minutes: 45, weeklyOn: ['tuesday'], interval: 2 });

  const d = (alias: string, n: number) => isoDate(wd(alias, n));
  addMeeting({ key: 'escalation-review', organizer: 'marcus.green', attendees: [M, 'ethan.park'], subject: 'Customer escalation review', zone: LA,
    startDate: d(M, 1), startTime: '14:00', minutes: 60, responses: { [M]: 'tentativelyAccepted' } });
  addMeeting({ key: 'roadmap-review', organizer: 'ethan.park', attendees: [M, 'priya.raman', 'wei.zhang'], subject: 'Roadmap review', zone: LA,
    startDate: d(M, 1), startTime: '15:00', minutes: 120 });
  addMeeting({ key: 'pricing-workshop', organizer: M, attendees: ['camille.martin', 'ethan.park'], subject: 'Pricing workshop', zone: LA,
    startDate: d(M, 2), startTime: '08:00', minutes: 180, location: 'SF-3 Redwood room', online: false });
  addMeeting({ key: 'vendor-demo', organizer: 'siobhan.kelly', attendees: [M], subject: 'Vendor security demo', zone: seedOf('siobhan.kelly').timeZone,
    startDate: d(M, 2), startTime: '16:00', minutes: 60, cancelled: true });
  // Suggestions: a meeting with Jonas (Berlin) and Priya (Bangalore) on the next working day, before Maya's working
  // hours (07:00 in San Francisco is 16:00 in Berlin and the evening in Bangalore), so her free time stays as it was.
  const goNoGo = addMeeting({ key: 'rate-limit-go-no-go', organizer: M, attendees: ['jonas.weber', 'priya.raman'], subject: 'Rate-limit rollout: partner go/no-go', zone: LA,
    startDate: d(M, 1), startTime: '07:00', minutes: 30, body: 'Decide whether the partner API rollout goes ahead with the new rate limits.' })[0];
  addMeeting({ key: 'hiring-panel', organizer: 'ethan.park', attendees: [M], subject: 'Hiring panel', zone: LA, startDate: d(M, 3), startTime: '09:30', minutes: 150 });
  const awayFrom = wd(M, 4);
  const awayDays = 2;
  // Away for two working days: until the start of the working day after them.
  const awayUntil = wd(M, 4 + awayDays);
  addMeeting({ key: 'maya-offsite', organizer: M, attendees: [], subject: 'Out of office – partner offsite', zone: LA, startDate: isoDate(awayFrom),
    startTime: '00:00', minutes: 1440 * Math.round(awayUntil.diff(awayFrom, 'days').days), allDay: true, showAs: 'oof', online: false });

  // Everyone else: a focus block and a team meeting in their own zone, and an OOF day for some.
  for (const seed of seeds.filter((p) => p.alias !== M)) {
    const first = seed.workingDays[0] ?? 'monday';
    addMeeting({ key: `focus-${seed.alias}`, organizer: seed.alias, attendees: [], subject: 'Focus time', zone: seed.timeZone,
      startDate: seriesStart(seed.alias, first), startTime: '10:00', minutes: 90, weeklyOn: [first, seed.workingDays[2] ?? 'wednesday'],
      categories: ['Focus time'], online: false });
  }
  addMeeting({ key: 'emea-standup', organizer: 'lucia.fernandez', attendees: ['jonas.weber', 'camille.martin', 'siobhan.kelly'], subject: 'EMEA release stand-up',
    zone: seedOf('lucia.fernandez').timeZone, startDate: seriesStart('lucia.fernandez', 'monday'), startTime: '09:30', minutes: 15,
    weeklyOn: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] });
  addMeeting({ key: 'apac-sync', organizer: 'wei.zhang', attendees: ['priya.raman', 'olivia.harris'], subject: 'APAC customer sync', zone: seedOf('wei.zhang').timeZone,
    startDate: seriesStart('wei.zhang', 'tuesday'), startTime: '11:00', minutes: 60, weeklyOn: ['tuesday'] });
  addMeeting({ key: 'il-team', organizer: 'noa.levi', attendees: ['camille.martin'], subject: 'Localization weekly', zone: seedOf('noa.levi').timeZone,
    startDate: seriesStart('noa.levi', 'sunday'), startTime: '11:00', minutes: 45, weeklyOn: ['sunday'] });
  addMeeting({ key: 'priya-oof', organizer: 'priya.raman', attendees: [], subject: 'Out of office', zone: seedOf('priya.raman').timeZone,
    startDate: d('priya.raman', 3), startTime: '00:00', minutes: 1440, allDay: true, showAs: 'oof', online: false });
  addMeeting({ key: 'marcus-customer', organizer: 'marcus.green', attendees: [], subject: 'Customer visit (Northwind Traders)', zone: seedOf('marcus.green').timeZone,
    startDate: d('marcus.green', 1), startTime: '10:00', minutes: 240, showAs: 'workingElsewhere', online: false, location: 'Northwind Traders HQ' });

  // Maya is away (automatic replies scheduled) before the QBR deadline.
  const maya = mailboxOf(M);
  maya.settings.automaticRepliesSetting = {
    status: 'scheduled', externalAudience: 'all',
    scheduledStartAt: atLocal(isoDate(awayFrom), '00:00', LA),
    scheduledEndAt: atLocal(isoDate(awayUntil), '00:00', LA),
    internalReplyMessage: '<html>\n<body>\n<p>I am at the partner offsite and will reply when I am back.</p>\n</body>\n</html>\n',
    externalReplyMessage: '<html>\n<body>\n<p>I am out of the office and will reply when I am back.</p>\n</body>\n</html>\n',
  };
  scenarios.push({ key: 'away', kind: 'mailbox', itemId: personIdOf(M), title: 'Automatic replies scheduled (partner offsite)', dueOn: isoDate(awayFrom),
    shows: `Maya is away ${isoDate(awayFrom)} for ${awayDays} working days (automatic replies + all-day OOF events), before the QBR deck is due.` });
  // Olivia's working hours use a custom time zone (as Outlook shows for a zone set by rules), Sydney's.
  mailboxOf('olivia.harris').settings.workingHours.timeZone = {
    '@odata.type': '#microsoft.graph.customTimeZone', bias: -600, name: 'Customized Time Zone',
    standardOffset: { time: '03:00:00.0000000', dayOccurrence: 1, dayOfWeek: 'sunday', month: 4, year: 0 },
    daylightOffset: { daylightBias: -60, time: '02:00:00.0000000', dayOccurrence: 1, dayOfWeek: 'sunday', month: 10, year: 0 },
  };
  // Marcus (New York), who created the QBR deck task, has automatic replies scheduled for two of his working days.
  const marcusAwayFrom = wd('marcus.green', 2);
  const marcusBackOn = wd('marcus.green', 4);
  mailboxOf('marcus.green').settings.automaticRepliesSetting = {
    status: 'scheduled', externalAudience: 'all',
    scheduledStartAt: atLocal(isoDate(marcusAwayFrom), '00:00', seedOf('marcus.green').timeZone),
    scheduledEndAt: atLocal(isoDate(marcusBackOn), '00:00', seedOf('marcus.green').timeZone),
    internalReplyMessage: '<html>\n<body>\n<p>I am visiting customers and will reply when I am back.</p>\n</body>\n</html>\n',
    externalReplyMessage: '<html>\n<body>\n<p>I am out of the office and will reply when I am back.</p>\n</body>\n</html>\n',
  };
  scenarios.push({ key: 'stakeholder-away', kind: 'mailbox', itemId: personIdOf('marcus.green'), title: 'Marcus Green: automatic replies scheduled', dueOn: isoDate(marcusAwayFrom),
    shows: `A stakeholder away: Marcus (New York) has automatic replies scheduled from ${isoDate(marcusAwayFrom)} until ${isoDate(marcusBackOn)} (getMailTips).` });
  const siobhanMb = mailboxOf('siobhan.kelly');
  siobhanMb.settings.automaticRepliesSetting = {
    status: 'alwaysEnabled', externalAudience: 'contactsOnly', scheduledStartAt: ago({ days: 1 }), scheduledEndAt: stamp(now.plus({ days: 1 })),
    internalReplyMessage: '<html>\n<body>\n<p>Working reduced hours this week; expect slower replies.</p>\n</body>\n</html>\n', externalReplyMessage: '',
  };

  // ---- Mail ---------------------------------------------------------------------------------------------------
  const sendMessage = (key: string, from: string, to: string[], subject: string, text: string, sentAt: string, opts: { flagged?: boolean; cc?: string[] } = {}) => {
    const conversationId = `AAQkAD${guidFrom('conv', key).replace(/-/g, '').slice(0, 24)}=`;
    const base = {
      subject, bodyContentType: 'html' as const,
      bodyContent: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p>${text}</p></body></html>`,
      from: recipientOf(from), toRecipients: to.map(recipientOf), ccRecipients: (opts.cc ?? []).map(recipientOf), bccRecipients: [],
      createdAt: sentAt, lastModifiedAt: sentAt, sentAt, receivedAt: sentAt, isDraft: false, importance: 'normal' as const,
      conversationId, internetMessageId: `<${guidFrom('imid', key)}@${from.split('.')[0]}.northwind.example>`,
      changeKey: guidFrom('ck', key).replace(/-/g, '').slice(0, 24), extendedProperties: [], categories: [],
    };
    const sent: SimMessage = { ...base, id: outlookIdFrom('msg', key, from), folder: 'sentitems', isRead: true, flagStatus: 'notFlagged' };
    mailboxOf(from).messages.push(sent);
    const received = to.concat(opts.cc ?? []).map((alias): SimMessage => ({
      ...base, id: outlookIdFrom('msg', key, alias), folder: 'inbox', isRead: alias !== M || !opts.flagged, flagStatus: opts.flagged && alias === M ? 'flagged' : 'notFlagged',
    }));
    for (const [i, r] of received.entries()) mailboxOf(to.concat(opts.cc ?? [])[i] ?? M).messages.push(r);
    return { sent, toMain: received.find((_, i) => to.concat(opts.cc ?? [])[i] === M) };
  };

  // Sent-mail history: Maya's last contact with each person (some stale on purpose).
  const lastContactDays: Record<string, number[]> = {
    'ethan.park': [1, 4], 'priya.raman': [2, 9], 'jonas.weber': [3, 12], 'camille.martin': [5], 'lucia.fernandez': [9, 20], 'siobhan.kelly': [4],
    'noa.levi': [15, 30], 'marcus.green': [21], 'wei.zhang': [6], 'olivia.harris': [34],
  };
  for (const [alias, days] of Object.entries(lastContactDays)) {
    for (const n of days) {
      sendMessage(`sent-${alias}-${n}`, M, [alias], n % 2 ? `Re: ${seedOf(alias).givenName}, quick update` : 'Weekly status',
        `Hi ${seedOf(alias).givenName}, here is where things stand.`, stamp(now.minus({ days: n }).set({ minute: 17 * (n % 3) })));
    }
  }
  sendMessage('sent-group-launch', M, ['jonas.weber', 'camille.martin'], 'Launch checklist', 'Sharing the launch checklist.', ago({ days: 7, hours: 3 }), { cc: ['ethan.park'] });
  for (const [i, seed] of extras.entries()) {
    const n = EXTRA_LAST_CONTACT_DAYS[i % EXTRA_LAST_CONTACT_DAYS.length] ?? 7;
    sendMessage(`sent-${seed.alias}-${n}`, M, [seed.alias], `Re: ${seed.ask.title}`, `Hi ${seed.givenName}, thanks, I will get back to you on this.`,
      stamp(now.minus({ days: n }).set({ minute: 17 * (n % 3) })));
  }

  // Flagged emails (To Do "Flagged email" tasks link to them).
  const flagged = (key: string, from: string, subject: string, text: string, receivedDaysAgo: number) =>
    sendMessage(key, from, [M], subject, text, ago({ days: receivedDaysAgo, hours: 2 }), { flagged: true }).toMain;
  const mSow = flagged('flag-sow', 'jonas.weber', 'Signed SOW needed', 'Could you send the signed SOW so legal can file it?', 8);
  const mApi = flagged('flag-api', 'priya.raman', 'API rate-limit proposal: your comments', 'Please send your review comments on the rate-limit proposal.', 3);
  const mSec = flagged('flag-sec', 'siobhan.kelly', 'Security questionnaire', 'I am collecting the answers for the security questionnaire; waiting on the vendor.', 5);
  // A new commitment from today: Lucía's flagged email arrived earlier today in San Francisco (never before midnight there).
  const sinceMidnightMs = now.toMillis() - localDay(nowIso, LA).toMillis();
  const earlierToday = stamp(now.minus({ milliseconds: Math.min(2 * 3600_000, Math.floor(sinceMidnightMs / 2)) }));
  const mChecklist = sendMessage('flag-release-checklist', 'lucia.fernandez', [M], 'Release checklist: your sign-off', 'Could you sign off the release checklist by the end of next week? About an hour.',
    earlierToday, { flagged: true }).toMain;
  const mGlossary = flagged('flag-glossary', 'noa.levi', 'Localization glossary', 'Can you send the final glossary so translators can start?', 2);
  const extraFlagged = new Map(extras.filter((x) => x.ask.kind === 'flagged').map((x, i) => [x.alias,
    flagged(`flag-${x.alias}`, x.alias, x.ask.subject, x.ask.text, 1 + (i % 6))]));
  for (const seed of seeds.filter((p) => p.alias !== M)) {
    sendMessage(`hello-${seed.alias}`, seed.alias, [seed.manager ?? 'ethan.park'], 'Weekly notes', 'My notes for this week.', ago({ days: 3 + (seed.alias.length % 5) }));
  }

  // ---- To Do --------------------------------------------------------------------------------------------------
  const dueUtcMidnight = (day: DateTime) => ({ dateTime: `${isoDate(day)}T00:00:00.0000000`, timeZone: 'UTC' });
  const linkTo = (m: SimMessage | undefined): SimTodoTask['linkedResources'] =>
    m ? [{ id: guidFrom('lr', m.id), webUrl: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
      applicationName: 'Microsoft Outlook', displayName: m.subject, externalId: m.id }] : [];
  const task = (key: string, owner: string, t: Partial<SimTodoTask> & { title: string }, checklist: [string, boolean][] = []): SimTodoTask => {
    const createdAt = ago({ days: 10 + (key.length % 7), hours: key.length % 11 });
    return {
      id: outlookIdFrom('task', key, owner), bodyText: '', status: 'notStarted', importance: 'normal', isReminderOn: false, categories: [],
      createdAt, lastModifiedAt: ago({ days: 1, hours: key.length % 5 }), linkedResources: [],
      checklistItems: checklist.map(([name, done], i) => ({ id: guidFrom('cl', key, String(i)), displayName: name, isChecked: done, createdAt,
        ...(done ? { checkedAt: ago({ days: 2 }) } : {}) })),
      seq: nextSeq(), etagVersion: 1, ...t,
    };
  };
  const lists = (alias: string, tasks: SimTodoTask[], flaggedTasks: SimTodoTask[] = []): SimTodoList[] => [
    { id: outlookIdFrom('list', 'tasks', alias), displayName: 'Tasks', isOwner: true, isShared: false, wellknownListName: 'defaultList', tasks },
    { id: outlookIdFrom('list', 'flagged', alias), displayName: 'Flagged Emails', isOwner: true, isShared: false, wellknownListName: 'flaggedEmails', tasks: flaggedTasks },
  ];
  const note = (n: ScenarioNote) => { scenarios.push(n); };

  const tOverdue = task('sow', M, { title: 'Send signed SOW to Jonas', status: 'inProgress', importance: 'high', categories: ['Important'], due: dueUtcMidnight(wd(M, -2)), linkedResources: linkTo(mSow),
    bodyText: 'Sign, scan and send back [45m].' });
  note({ key: 'overdue', kind: 'todo', itemId: tOverdue.id, title: tOverdue.title, dueOn: d(M, -2), shows: 'Overdue: due two working days ago (flagged email from Jonas, Berlin).' });
  const tBlr = task('api-review', M, { title: 'Send comments on the API rate-limit proposal', importance: 'high', categories: ['Important', 'Urgent'], due: dueUtcMidnight(today(M)), linkedResources: linkTo(mApi),
    bodyText: 'Read the proposal and comment, ~1.5h.' });
  note({ key: 'passed-in-bangalore', kind: 'todo', itemId: tBlr.id, title: tBlr.title, dueOn: isoDate(today(M)),
    shows: "Due today (Maya's date). Priya's close of business in Bangalore (18:00 IST = 05:30 PDT / 04:30 PST) has passed while it is still the same day, e.g. the afternoon, in San Francisco." });
  const tWaiting = task('security-q', M, { title: 'Security questionnaire for Contoso', status: 'waitingOnOthers', due: dueUtcMidnight(wd(M, 3)), linkedResources: linkTo(mSec),
    bodyText: 'Waiting for the vendor answers that Siobhán is collecting. My part: ~1h.' });
  note({ key: 'waiting-on-others', kind: 'todo', itemId: tWaiting.id, title: tWaiting.title, dueOn: d(M, 3), shows: 'Status waitingOnOthers; stakeholder Siobhán (Dublin).' });
  let friday = today(M).plus({ days: 2 });
  while (weekdayName(friday) !== 'friday') friday = friday.plus({ days: 1 });
  const tFriday = task('glossary', M, { title: 'Send the localization glossary to Noa', due: dueUtcMidnight(friday), linkedResources: linkTo(mGlossary), bodyText: 'Export and clean up the glossary (~1h).' });
  note({ key: 'friday-saturday-weekend', kind: 'todo', itemId: tFriday.id, title: tFriday.title, dueOn: isoDate(friday),
    shows: 'Due on a Friday: a weekend day for Noa (Tel Aviv, Sunday–Thursday week).' });
  const tOffTrack = task('migration-guide', M, { title: 'Write the data migration guide', status: 'inProgress', importance: 'high', categories: ['Important'], due: dueUtcMidnight(wd(M, 1)),
    bodyText: 'Estimate: 12h. Needed by the launch team.' }, [['Outline', true], ['Export steps', false], ['Import steps', false], ['Rollback', false], ['Screenshots', false], ['Review', false]]);
  note({ key: 'off-track', kind: 'todo', itemId: tOffTrack.id, title: tOffTrack.title, dueOn: d(M, 1), shows: 'Off track: 12 h estimate, 5 of 6 steps left, due next working day on a full calendar.' });
  const tOnTrack = task('onboarding', M, { title: 'Update the onboarding checklist', importance: 'low', due: dueUtcMidnight(wd(M, 8)) },
    [['Accounts', true], ['Laptop', true], ['Buddy', true], ['First-week plan', false]]);
  note({ key: 'on-track', kind: 'todo', itemId: tOnTrack.id, title: tOnTrack.title, dueOn: d(M, 8), shows: 'On track: one checklist step left, due in 8 working days.' });
  const tNew = task('release-checklist', M, { title: 'Sign off the release checklist', due: dueUtcMidnight(wd(M, 10)), linkedResources: linkTo(mChecklist),
    bodyText: 'Go through the release checklist with Lucía (~1h).', createdAt: earlierToday, lastModifiedAt: earlierToday });
  note({ key: 'new-commitment', kind: 'todo', itemId: tNew.id, title: tNew.title, dueOn: d(M, 10),
    shows: 'A new commitment from today: a flagged email from Lucía (Madrid) that arrived earlier today, due in 10 working days.' });
  const tDone = task('done-brief', M, { title: 'Draft the launch brief', status: 'completed', due: dueUtcMidnight(wd(M, -3)), completedAt: ago({ days: 4 }) });
  const tNoDue = task('ideas', M, { title: 'Collect ideas for the next offsite' });
  const extraDue = (i: number) => wd(M, EXTRA_DUE_WORKING_DAYS[i % EXTRA_DUE_WORKING_DAYS.length] ?? 10);
  const tExtras = extras.flatMap((x, i) => x.ask.kind === 'flagged'
    ? [task(`extra-${x.alias}`, M, { title: x.ask.title, status: EXTRA_TODO_STATUS[i % EXTRA_TODO_STATUS.length] ?? 'notStarted', due: dueUtcMidnight(extraDue(i)),
        linkedResources: linkTo(extraFlagged.get(x.alias)), bodyText: x.ask.text })]
    : []);
  mailboxOf(M).todoLists = lists(M, [tOffTrack, tOnTrack, tDone, tNoDue], [tOverdue, tBlr, tWaiting, tFriday, tNew, ...tExtras]);

  for (const seed of seeds.filter((p) => p.alias !== M)) {
    const a = seed.alias;
    mailboxOf(a).todoLists = lists(a, [
      task(`own-1-${a}`, a, { title: `Prepare notes for ${seed.department} review`, due: dueUtcMidnight(wd(a, 2)), status: 'inProgress' }, [['Draft', true], ['Numbers', false]]),
      task(`own-2-${a}`, a, { title: 'Reply to the partner survey', due: dueUtcMidnight(wd(a, 5)), importance: 'low' }),
      task(`own-3-${a}`, a, { title: `Waiting for sign-off from ${seedOf(seed.manager ?? 'ethan.park').givenName}`, status: 'waitingOnOthers', due: dueUtcMidnight(wd(a, 4)) }),
    ]);
  }

  // ---- Planner ------------------------------------------------------------------------------------------------
  const plans = [
    { id: plannerIdFrom('plan', 'launch'), title: 'Northwind Launch', groupId: guidFrom('group', 'launch'), createdBy: personIdOf('ethan.park'), createdAt: ago({ days: 60 }), etagVersion: 1 },
    { id: plannerIdFrom('plan', 'partners'), title: 'Partner Program', groupId: guidFrom('group', 'partners'), createdBy: personIdOf('jonas.weber'), createdAt: ago({ days: 90 }), etagVersion: 1 },
  ];
  const [launchPlan, partnerPlan] = plans as [typeof plans[0], typeof plans[0]];
  const plannerTasks: SimPlannerTask[] = [];
  const plannerTask = (key: string, plan: typeof launchPlan, createdBy: string, assignees: string[], t: { title: string; dueOn: DateTime | null; percentComplete: number; priority?: number; description?: string; checklist?: [string, boolean][] }) => {
    const createdAt = ago({ days: 14 + (key.length % 9), hours: key.length % 13 });
    const pt: SimPlannerTask = {
      id: plannerIdFrom('ptask', key), planId: plan.id, bucketId: plannerIdFrom('bucket', plan.id, 'doing'), title: t.title,
      percentComplete: t.percentComplete, priority: t.priority ?? 5,
      // Planner keeps the due date as the instant of local midnight of whoever set it (here: in the zone of
      // the date's owner), so people in other zones may see another date, as in Planner itself.
      dueAt: t.dueOn ? t.dueOn.startOf('day').toUTC().toISO({ suppressMilliseconds: true }) : null, startAt: null, createdAt,
      completedAt: t.percentComplete === 100 ? ago({ days: 2 }) : null, createdBy: personIdOf(createdBy),
      completedBy: t.percentComplete === 100 ? personIdOf(assignees[0] ?? createdBy) : null,
      assignments: Object.fromEntries(assignees.map((a, i) => [personIdOf(a), { assignedBy: personIdOf(createdBy), assignedAt: createdAt, orderHint: `8585${i}${key.length}!` }])),
      orderHint: `8585269235419181300P${key.length}`,
      description: t.description ?? '',
      checklist: Object.fromEntries((t.checklist ?? []).map(([title, done], i) => [guidFrom('pcl', key, String(i)),
        { title, isChecked: done, orderHint: `85853${i}`, lastModifiedBy: personIdOf(createdBy), lastModifiedAt: createdAt }])),
      references: {},
      etagVersion: 1,
    };
    plannerTasks.push(pt);
    return pt;
  };

  const pAtRisk = plannerTask('pricing-copy', launchPlan, 'ethan.park', [M, 'camille.martin'], { title: 'Finalize pricing page copy', dueOn: wd(M, 2), percentComplete: 25, priority: 3,
    description: 'Final copy for the pricing page, reviewed by legal.', checklist: [['Draft tiers', true], ['Legal review', false], ['Translate', false]] });
  pAtRisk.references[encodeURIComponent('https://northwind.example/pricing').replace(/\./g, '%2E')] = {
    alias: 'Pricing page', type: 'Other', previewPriority: '8585', lastModifiedBy: personIdOf('ethan.park'), lastModifiedAt: pAtRisk.createdAt };
  note({ key: 'at-risk', kind: 'planner', itemId: pAtRisk.id, title: pAtRisk.title, dueOn: d(M, 2), shows: 'At risk: 25 % done, due in 2 working days with a 3-hour workshop and other meetings in the way; shared with Camille (Paris), created by Ethan.' });
  const pQbr = plannerTask('qbr-deck', partnerPlan, 'marcus.green', [M, 'ethan.park'], { title: 'Prepare the QBR deck for Northwind Traders', dueOn: wd(M, awayDays + 5), percentComplete: 25, priority: 3,
    description: 'Numbers from finance, story from Marcus. Estimate: 4h.' });
  note({ key: 'away-before-deadline', kind: 'planner', itemId: pQbr.id, title: pQbr.title, dueOn: d(M, awayDays + 5), shows: 'Maya is away (automatic replies) for two working days before this is due; creator Marcus (New York).' });
  const pNotes = plannerTask('release-notes', launchPlan, 'lucia.fernandez', [M, 'lucia.fernandez', 'wei.zhang'], { title: 'Localize the release notes', dueOn: wd(M, 5), percentComplete: 50,
    checklist: [['EN', true], ['DE', true], ['FR', false], ['ZH', false]] });
  note({ key: 'shared-on-track', kind: 'planner', itemId: pNotes.id, title: pNotes.title, dueOn: d(M, 5), shows: 'On track, shared by three people (Maya, Lucía, Wei).' });
  // Jonas set the date in Berlin: Planner keeps 00:00 Berlin as an instant, which Maya's Planner in San Francisco
  // (nine hours behind) shows as the day before, at 15:00 or 16:00. The date is read as Jonas meant it.
  const pElsewhere = plannerTask('reseller-discount', partnerPlan, 'jonas.weber', [M], { title: 'Confirm the reseller discount for Jonas', dueOn: wd('jonas.weber', 8), percentComplete: 0,
    description: 'Check the discount table against the contract and reply (~30m).' });
  note({ key: 'date-set-elsewhere', kind: 'planner', itemId: pElsewhere.id, title: pElsewhere.title, dueOn: d('jonas.weber', 8),
    shows: `Jonas set ${d('jonas.weber', 8)} in Berlin; Maya's Planner in San Francisco shows ${isoDate(wd('jonas.weber', 8).minus({ days: 1 }))}: a mismatch of expectations, flagged.` });

  // Stakeholder public holiday on the due date: the earliest upcoming one among the stakeholders' countries
  // (the demo organisation's only: extra colleagues must not move Maya's scenarios).
  const holidayCandidates = PERSON_SEEDS.filter((p) => p.alias !== M && p.holidays && p.country !== 'IL' && p.country !== 'US');
  let best: { alias: string; day: DateTime; name: string } | undefined;
  const minDay = wd(M, 2);
  for (const seed of holidayCandidates) {
    // Country-wide holidays only: Graph tells a client the country (usageLocation), not the subdivision.
    const hol = publicHolidays(seed.holidays?.country ?? seed.country, undefined, [now.year, now.year + 1]);
    for (const [date, name] of [...hol.entries()].sort(([x], [y]) => x.localeCompare(y))) {
      const day = DateTime.fromISO(date, { zone: LA });
      if (day < minDay || !seedOf(M).workingDays.includes(weekdayName(day)) || !seed.workingDays.includes(weekdayName(day))) continue;
      if (!best || day < best.day) best = { alias: seed.alias, day, name };
      break;
    }
  }
  if (best) {
    const city = seedOf(best.alias).city;
    const pHol = plannerTask('holiday-deadline', partnerPlan, best.alias, [M, best.alias], { title: `Partner contract review for ${city}`, dueOn: best.day, percentComplete: 0, priority: 5,
      description: 'Read the redlines and answer (~2h).' });
    note({ key: 'stakeholder-holiday', kind: 'planner', itemId: pHol.id, title: pHol.title, dueOn: isoDate(best.day),
      shows: `Due on ${best.name}, a public holiday in ${city} (${seedOf(best.alias).displayName}, creator and co-assignee).` });
  }

  // DST switch inside the horizon: due on the first working day after the next offset change in a stakeholder's zone.
  const dstCandidates = ['ethan.park', 'jonas.weber', 'olivia.harris', 'noa.levi'];
  let dst: { alias: string; day: DateTime } | undefined;
  for (const alias of dstCandidates) {
    const change = nextOffsetChange(seedOf(alias).timeZone, nowIso);
    if (change && (!dst || change < dst.day)) dst = { alias, day: change };
  }
  if (dst) {
    let due = DateTime.fromISO(isoDate(dst.day), { zone: LA }).plus({ days: 1 });
    while (!seedOf(M).workingDays.includes(weekdayName(due))) due = due.plus({ days: 1 });
    const pDst = plannerTask('dst-deadline', launchPlan, dst.alias, [M], { title: `Send the sprint report to ${seedOf(dst.alias).givenName}`, dueOn: due, percentComplete: 0, priority: 5,
      description: 'Summary of the sprint [45m].' });
    note({ key: 'dst-switch', kind: 'planner', itemId: pDst.id, title: pDst.title, dueOn: isoDate(due),
      shows: `Due the first working day after the DST switch of ${seedOf(dst.alias).timeZone} on ${isoDate(dst.day)} (next switch among the stakeholders' zones).` });
  }
  // Suggestions: a Planner assignment from today, and an item Maya and Camille finished yesterday.
  const pAssigned = plannerTask('partner-faq', partnerPlan, 'ethan.park', [M], { title: 'Review the partner FAQ', dueOn: wd(M, 11), percentComplete: 0,
    description: 'Check the answers on pricing and rate limits (~45m).' });
  pAssigned.createdAt = earlierToday;
  for (const a of Object.values(pAssigned.assignments)) a.assignedAt = earlierToday;
  note({ key: 'new-assignment', kind: 'planner', itemId: pAssigned.id, title: pAssigned.title, dueOn: d(M, 11),
    shows: 'A new commitment from today: Ethan assigned this Planner task to Maya earlier today (assignedDateTime today).' });
  const yesterdayAfternoon = stamp(localDay(nowIso, LA).minus({ days: 1 }).set({ hour: 16 }));
  const pDelivered = plannerTask('beta-feedback', launchPlan, 'ethan.park', [M, 'camille.martin'], { title: 'Publish the beta feedback summary', dueOn: today(M), percentComplete: 100,
    description: 'Summary of the beta interviews for the launch team.' });
  pDelivered.completedAt = yesterdayAfternoon;
  pDelivered.completedBy = personIdOf(M);
  note({ key: 'completed-yesterday', kind: 'planner', itemId: pDelivered.id, title: pDelivered.title, dueOn: isoDate(today(M)),
    shows: 'Delivered: Maya completed it yesterday afternoon with Camille (Paris) as co-assignee; it was due today.' });
  if (goNoGo) {
    note({ key: 'meeting-soon', kind: 'event', itemId: goNoGo.id, title: goNoGo.subject, dueOn: d(M, 1),
      shows: 'A meeting on the next working day with Jonas (Berlin) and Priya (Bangalore), both stakeholders of open items.' });
  }
  plannerTask('launch-done', launchPlan, 'ethan.park', [M, 'priya.raman'], { title: 'Choose the launch date', dueOn: wd(M, -4), percentComplete: 100 });
  for (const [i, x] of extras.entries()) {
    if (x.ask.kind !== 'planner') continue;
    plannerTask(`extra-${x.alias}`, i % 4 === 0 ? partnerPlan : launchPlan, x.alias, i % 4 === 2 ? [M, x.alias] : [M], {
      title: x.ask.title, dueOn: extraDue(i), percentComplete: EXTRA_PERCENT_COMPLETE[i % EXTRA_PERCENT_COMPLETE.length] ?? 0, priority: 5, description: x.ask.text });
  }
  for (const seed of seeds.filter((p) => p.alias !== M)) {
    plannerTask(`own-${seed.alias}`, seed.alias === 'jonas.weber' ? partnerPlan : launchPlan, seed.manager ?? 'ethan.park', [seed.alias],
      { title: `${seed.department}: launch readiness check`, dueOn: wd(seed.alias, 6), percentComplete: 50 });
  }

  // Each plan's group: its creator and everyone with a task in it (creator or assignee), in the organisation's order.
  const order = new Map(people.map((p, i) => [p.id, i]));
  const groups = plans.map((plan) => {
    const ids = new Set([plan.createdBy]);
    for (const t of plannerTasks) if (t.planId === plan.id) for (const id of [t.createdBy, ...Object.keys(t.assignments)]) ids.add(id);
    return { id: plan.groupId, displayName: plan.title, memberIds: [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) };
  });
  note({ key: 'colleague-free-time', kind: 'mailbox', itemId: personIdOf('camille.martin'), title: 'Camille Martin: free time this week',
    shows: `A colleague who could help: Camille (Paris) is in the ${launchPlan.title} plan's group, and most of her working hours this week are free (getSchedule).` });

  const policy = new Set(seeds.filter((p) => !OUTSIDE_APP_POLICY.includes(p.alias)).map((p) => personIdOf(p.alias)));
  if (extraUsers > 0) {
    const scale = generateScaleUsers(nowIso, extraUsers, seq);
    people.push(...scale.people);
    scale.mailboxes.moveInto(mailboxes);
    for (const p of scale.people) policy.add(p.id);
    plans.push(...scale.plans);
    groups.push(...scale.groups);
    plannerTasks.push(...scale.plannerTasks);
    seq = scale.seq;
  }

  return {
    now: stamp(now),
    people,
    mailboxes,
    plans,
    groups,
    plannerTasks,
    appAccessPolicyUserIds: policy,
    scenarios,
    seq,
  };
}
