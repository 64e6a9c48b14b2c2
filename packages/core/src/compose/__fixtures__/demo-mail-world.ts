// The demo organisation as the composer's tests see it (like the simulator's): Maya Brooks in San Francisco
// writes to Jonas (Berlin), Camille (Paris), Priya (Bangalore), Noa (Tel Aviv, Sunday–Thursday week) and Lucía
// (Madrid). Facts are built by hand in the suggestion types; deadlines are read by core's own `readDueDate`.
// "Now" is Tuesday 1 December 2026, 09:00 in San Francisco (17:00Z).
import type { MessageTone, Stakeholder, UserProfile } from '../../model/person.js';
import type { WorkItem } from '../../model/work-item.js';
import type { UserWorld } from '../../model/world.js';
import { readDueDate } from '../../risk/read-due-date.js';
import type { StakeholderDeadline } from '../../risk/types.js';
import type { DigestDeadlines } from '../compose-digest.js';
import type { SupportedLocale } from '../../culture/supported-locales.js';
import type { DigestFacts, MeetingBrief, RecipientReading, Suggestion, SuggestionReason } from '../../suggest/types.js';
import { parseInstant, parseLocalDate, parseLocalTime, parseTimeZoneId } from '../../time/parse.js';
import type { Instant, LocalDate, Weekday } from '../../time/types.js';
import type { MailReader } from '../mail-reader.js';

export const at = (iso: string): Instant => parseInstant(iso);
export const on = (date: string): LocalDate => parseLocalDate(date);

export const NOW = at('2026-12-01T17:00:00Z');
const MON_FRI: readonly Weekday[] = [1, 2, 3, 4, 5];
const SUN_THU: readonly Weekday[] = [0, 1, 2, 3, 4];

function person(o: {
  alias: string;
  name: string;
  zone: string;
  city: string;
  country: string;
  subdivision?: string;
  days?: readonly Weekday[];
  start?: string;
  end?: string;
  language?: string;
  style?: Stakeholder['deadlineStyle'];
  away?: { start: string; end: string };
}): Stakeholder {
  const zone = parseTimeZoneId(o.zone);
  return {
    id: `${o.alias}@contoso.example`,
    displayName: o.name,
    email: `${o.alias}@contoso.example`,
    timeZone: zone,
    city: o.city,
    workingHours: { days: o.days ?? MON_FRI, start: parseLocalTime(o.start ?? '09:00'), end: parseLocalTime(o.end ?? '18:00'), timeZone: zone },
    holidayRegion: o.subdivision === undefined ? { country: o.country } : { country: o.country, subdivision: o.subdivision },
    deadlineStyle: o.style ?? { kind: 'close-of-business-day' },
    ...(o.language === undefined ? {} : { language: o.language }),
    ...(o.away === undefined ? {} : { away: { start: at(o.away.start), end: at(o.away.end) } }),
    workedHolidays: [],
  };
}

export const maya: UserProfile = {
  id: 'maya.brooks@contoso.example',
  displayName: 'Maya Brooks',
  email: 'maya.brooks@contoso.example',
  timeZone: parseTimeZoneId('America/Los_Angeles'),
  city: 'San Francisco',
  workingHours: { days: MON_FRI, start: parseLocalTime('09:00'), end: parseLocalTime('17:00'), timeZone: parseTimeZoneId('America/Los_Angeles') },
  holidayRegion: { country: 'US', subdivision: 'CA' },
  language: 'en-US',
};

export const jonas = person({ alias: 'jonas.weber', name: 'Jonas Weber', zone: 'Europe/Berlin', city: 'Berlin', country: 'DE', subdivision: 'BE', language: 'de-DE' });
export const camille = person({
  alias: 'camille.dubois',
  name: 'Camille Dubois',
  zone: 'Europe/Paris',
  city: 'Paris',
  country: 'FR',
  language: 'fr-FR',
  // Out of office from Friday 4 December, 09:00 Paris, until Monday 14 December, 09:00 Paris.
  away: { start: '2026-12-04T08:00:00Z', end: '2026-12-14T08:00:00Z' },
});
export const priya = person({
  alias: 'priya.raman',
  name: 'Priya Raman',
  zone: 'Asia/Kolkata',
  city: 'Bangalore',
  country: 'IN',
  start: '09:30',
  language: 'en-GB',
  style: { kind: 'start-of-business-day' },
});
export const noa = person({ alias: 'noa.levi', name: 'Noa Levi', zone: 'Asia/Jerusalem', city: 'Tel Aviv', country: 'IL', days: SUN_THU, style: { kind: 'exact-time', time: parseLocalTime('12:00') } });
export const lucia = person({ alias: 'lucia.fernandez', name: 'Lucía Fernández', zone: 'Europe/Madrid', city: 'Madrid', country: 'ES', subdivision: 'MD', language: 'es-ES' });
export const wei = {
  id: 'wei.chen@contoso.example',
  displayName: 'Wei Chen',
  email: 'wei.chen@contoso.example',
  timeZone: parseTimeZoneId('America/Los_Angeles'),
  city: 'Seattle',
  workingHours: { days: MON_FRI, start: parseLocalTime('09:00'), end: parseLocalTime('17:00'), timeZone: parseTimeZoneId('America/Los_Angeles') },
  busy: [],
  planIds: ['plan-partner'],
};

const EVERYONE = [jonas, camille, priya, noa, lucia];
const ids = (people: readonly { id: string }[]) => people.map((p) => p.id);

function item(o: Partial<WorkItem> & { id: string; title: string }): WorkItem {
  return { source: 'todo', status: 'inProgress', importance: 'normal', checklist: { total: 0, done: 0 }, stakeholderIds: [], contributorIds: [], ...o };
}

export const spec = item({ id: 'spec', title: 'Partner API spec v2', due: { on: on('2026-12-04') }, stakeholderIds: ids(EVERYONE), contributorIds: [wei.id] });
export const budget = item({ id: 'budget', title: 'Q4 budget review', due: { on: on('2026-12-03') }, stakeholderIds: [priya.id] });
export const discount = item({ id: 'discount', title: 'Confirm the reseller discount', due: { on: on('2026-12-08') }, stakeholderIds: ids(EVERYONE), createdAt: at('2026-11-30T18:00:00Z') });
export const notes = item({ id: 'notes', source: 'planner', title: 'Release notes for 3.2', due: { on: on('2026-12-10') }, stakeholderIds: ids(EVERYONE), contributorIds: [lucia.id, wei.id], checklist: { total: 5, done: 3 } });
export const onboarding = item({
  id: 'onboarding',
  source: 'planner',
  title: 'Onboarding guide for resellers',
  status: 'completed',
  due: { on: on('2026-12-02') },
  stakeholderIds: ids(EVERYONE),
  contributorIds: [lucia.id, wei.id],
  // Monday 30 November, 15:30 in San Francisco: already Tuesday 1 December in Europe and India.
  completedAt: at('2026-11-30T23:30:00Z'),
});

export const demoWorld: UserWorld = {
  user: maya,
  horizon: { start: NOW, end: at('2026-12-15T17:00:00Z') },
  items: [spec, budget, discount, notes],
  calendar: [],
  stakeholders: EVERYONE,
  completed: [onboarding],
  colleagues: [wei],
};

/** Each supported locale's reader in the demo: the person who reads that language, with a tone. */
export const READER_OF: Readonly<Record<SupportedLocale, Stakeholder>> = {
  'en-US': noa,
  'en-GB': priya,
  'fr-FR': camille,
  'de-DE': jonas,
  'es-ES': lucia,
};

export function readerFor(locale: SupportedLocale, tone: MessageTone): MailReader {
  const p = READER_OF[locale];
  return { personId: p.id, name: p.displayName.split(' ')[0] ?? p.displayName, locale, tone, timeZone: p.timeZone, city: p.city ?? '' };
}

const deadline = (dueOn: string, p: Stakeholder): StakeholderDeadline => readDueDate(on(dueOn), p).deadline;
const readings = (dueOn: string, promisedOn?: string): RecipientReading[] =>
  EVERYONE.map((p) => ({ recipientId: p.id, deadline: deadline(dueOn, p), ...(promisedOn === undefined ? {} : { promised: deadline(promisedOn, p) }) }));

// Partner API spec v2, off track: needs 10 h (600 min) plus 12 h (720 min) of the budget review due earlier;
// 18 h (1080 min) free before Friday. needed = 600 + 720 = 1320; margin = round(1320 × 0.1) = 132;
// short = needed + margin − free = 1320 + 132 − 1080 = 372 min (6.2 h). Promise: Wednesday 9 December.
const specFigures = { ownMinutes: 600, competingMinutes: 720, neededMinutes: 1320, marginMinutes: 132, freeMinutes: 1080, spareMinutes: -240 };
const specPromise = { kind: 'date', on: on('2026-12-09'), deadline: deadline('2026-12-09', noa), deadlines: EVERYONE.map((p) => deadline('2026-12-09', p)) } as const;

function suggestion(kind: Suggestion['kind'], reason: SuggestionReason, itemIds: readonly string[], recipientIds: readonly string[]): Suggestion {
  return {
    id: `${kind}:${itemIds.join(',')}:${recipientIds.join(',')}:2026-12-01`,
    kind,
    recipientIds,
    itemIds,
    reason,
    severity: kind === 'heads-up' ? 'off-track' : 'routine',
    sendAt: NOW,
    period: on('2026-12-01'),
    fingerprint: 'demo',
  };
}

export const headsUp = suggestion(
  'heads-up',
  {
    kind: 'heads-up',
    items: [
      {
        itemId: spec.id,
        title: spec.title,
        from: 'at-risk',
        to: 'off-track',
        figures: specFigures,
        cause: { kind: 'earlier-work', roots: [{ itemId: budget.id, title: budget.title }], shortMinutes: 372 },
        promise: specPromise,
        history: {},
        readings: readings('2026-12-04', '2026-12-09'),
        // Wei has 15 h free before the deadline and could take 4 h of it.
        help: [{ kind: 'colleague', colleagueId: wei.id, itemId: spec.id, minutes: 240, freeMinutes: 900 }],
      },
    ],
  },
  [spec.id],
  ids(EVERYONE),
);

// The budget review, overdue: it was due Monday 30 November (each reader's close of business) and 2 h
// (120 min) are left; the honest new date is Friday 4 December. No cause: an overdue item is simply late.
export const headsUpOverdue = suggestion(
  'heads-up',
  {
    kind: 'heads-up',
    items: [
      {
        itemId: budget.id,
        title: budget.title,
        from: 'off-track',
        to: 'overdue',
        figures: { ownMinutes: 120, competingMinutes: 0, neededMinutes: 120, marginMinutes: 12, freeMinutes: 0, spareMinutes: -120 },
        promise: { kind: 'date', on: on('2026-12-04'), deadline: deadline('2026-12-04', priya), deadlines: EVERYONE.map((p) => deadline('2026-12-04', p)) },
        history: { firstOn: on('2026-11-30') },
        readings: readings('2026-11-30', '2026-12-04'),
        help: [],
      },
    ],
  },
  [budget.id],
  ids(EVERYONE),
);

export const confirmPromise = suggestion(
  'confirm-promise',
  { kind: 'confirm-promise', items: [{ itemId: discount.id, title: discount.title, createdAt: at('2026-11-30T18:00:00Z'), readings: readings('2026-12-08') }] },
  [discount.id],
  ids(EVERYONE),
);

// Release notes: 2 of 5 steps left, 3 h (180 min) of own work; 25 h (1500 min) free before Thursday 10 December.
export const onTrack = suggestion(
  'on-track',
  {
    kind: 'on-track',
    items: [
      {
        itemId: notes.id,
        title: notes.title,
        figures: { ownMinutes: 180, competingMinutes: 300, neededMinutes: 480, marginMinutes: 48, freeMinutes: 1500, spareMinutes: 1020 },
        readings: readings('2026-12-10'),
      },
    ],
    contacts: EVERYONE.map((p) => ({ recipientId: p.id, lastContactAt: at('2026-11-23T17:00:00Z'), silentDays: 8 })),
  },
  [notes.id],
  ids(EVERYONE),
);

export const delivered = suggestion(
  'delivered',
  {
    kind: 'delivered',
    items: [{ itemId: onboarding.id, title: onboarding.title, completedAt: at('2026-11-30T23:30:00Z'), thankIds: [lucia.id, wei.id], readings: readings('2026-12-02'), onTime: true, history: {} }],
  },
  [onboarding.id],
  ids(EVERYONE),
);

// The budget review (due Thursday 3 December for Priya, at the start of her day: 09:30 Bangalore = 04:00Z):
// Maya is 3 h (180 min) short; the reader has 7.5 h (450 min) free before then and could take all 3 h.
export const askForHelp = suggestion(
  'ask-for-help',
  {
    kind: 'ask-for-help',
    colleagueId: wei.id,
    items: [{ itemId: budget.id, title: budget.title, deadline: deadline('2026-12-03', priya), shortMinutes: 180, freeMinutes: 450, minutes: 180 }],
  },
  [budget.id],
  [wei.id],
);

export const digest: DigestFacts = {
  period: '2026-W49',
  audienceIds: ids(EVERYONE),
  done: [{ itemId: onboarding.id, title: onboarding.title, completedAt: at('2026-11-30T23:30:00Z'), creditIds: [lucia.id, wei.id] }],
  inProgress: [{ itemId: notes.id, title: notes.title, state: 'on-track', figures: onTrack.reason.kind === 'on-track' ? onTrack.reason.items[0]!.figures : specFigures, history: {} }],
  atRisk: [
    { itemId: spec.id, title: spec.title, state: 'off-track', figures: specFigures, promise: specPromise, history: {} },
    {
      itemId: budget.id,
      title: budget.title,
      state: 'at-risk',
      figures: { ownMinutes: 720, competingMinutes: 0, neededMinutes: 720, marginMinutes: 72, freeMinutes: 760, spareMinutes: 40 },
      promise: { kind: 'date', on: on('2026-12-04'), deadline: deadline('2026-12-04', priya), deadlines: [deadline('2026-12-04', priya)] },
      history: {},
    },
  ],
  help: [{ itemId: spec.id, title: spec.title, shortMinutes: 372, colleagueId: wei.id, minutes: 240 }],
  away: [
    { kind: 'away', personId: camille.id, start: at('2026-12-04T08:00:00Z'), end: at('2026-12-14T08:00:00Z') },
    { kind: 'holiday', personId: lucia.id, on: on('2026-12-08'), name: 'La inmaculada concepción' },
  ],
  isEmpty: false,
};

/** The report as the digest reads it: each item's readings, earliest first. */
export const demoReport: DigestDeadlines = {
  items: [spec, budget, notes].map((w) => {
    const ds = EVERYONE.filter((p) => w.stakeholderIds.includes(p.id))
      .map((p) => deadline(w.due?.on ?? '2026-12-01', p))
      .sort((a, b) => a.at.localeCompare(b.at));
    return { itemId: w.id, ...(ds[0] === undefined ? {} : { deadline: ds[0] }), deadlines: ds };
  }),
};

// Partner sync, Thursday 3 December, 08:00 in San Francisco (16:00Z): 17:00 in Berlin and Paris, 21:30 in
// Bangalore, 18:00 in Tel Aviv (Noa's Friday is off: the weekend starts tomorrow).
const meetingAt = at('2026-12-03T16:00:00Z');
export const brief: MeetingBrief = {
  meetingId: 'meeting-partner-sync',
  subject: 'Partner sync',
  startAt: meetingAt,
  endAt: at('2026-12-03T16:30:00Z'),
  attendees: [
    {
      personId: jonas.id,
      owed: [
        { itemId: spec.id, title: spec.title, state: 'off-track', figures: specFigures, promise: specPromise, history: {}, reading: { recipientId: jonas.id, deadline: deadline('2026-12-04', jonas), promised: deadline('2026-12-09', jonas) } },
      ],
      day: [{ kind: 'local-time', at: meetingAt, timeZone: jonas.timeZone, localOn: on('2026-12-03'), localTime: parseLocalTime('17:00'), part: 'late-in-day' }],
    },
    {
      personId: priya.id,
      owed: [
        {
          itemId: budget.id,
          title: budget.title,
          state: 'at-risk',
          figures: { ownMinutes: 720, competingMinutes: 0, neededMinutes: 720, marginMinutes: 72, freeMinutes: 760, spareMinutes: 40 },
          history: {},
          reading: { recipientId: priya.id, deadline: deadline('2026-12-03', priya) },
        },
      ],
      day: [{ kind: 'local-time', at: meetingAt, timeZone: priya.timeZone, localOn: on('2026-12-03'), localTime: parseLocalTime('21:30'), part: 'after-hours' }],
    },
    {
      personId: noa.id,
      owed: [],
      day: [
        { kind: 'local-time', at: meetingAt, timeZone: noa.timeZone, localOn: on('2026-12-03'), localTime: parseLocalTime('18:00'), part: 'after-hours' },
        { kind: 'weekend-starts', on: on('2026-12-04') },
      ],
    },
    {
      personId: camille.id,
      owed: [{ itemId: notes.id, title: notes.title, state: 'on-track', figures: specFigures, history: {}, reading: { recipientId: camille.id, deadline: deadline('2026-12-10', camille) } }],
      day: [{ kind: 'away', start: at('2026-12-04T08:00:00Z'), end: at('2026-12-14T08:00:00Z') }],
    },
  ],
};
