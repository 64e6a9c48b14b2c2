import { Type, type Static } from 'typebox';

const InstantSchema = Type.String({ format: 'date-time', description: 'UTC ISO instant' });
const LocalDateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const EmailSchema = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' });
const LocaleSchema = Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', maxLength: 35 });

/** Whether the add-in pane is open on a message being read or one being written. */
export const OutlookModeSchema = Type.Union([Type.Literal('read'), Type.Literal('compose')]);
export type OutlookMode = Static<typeof OutlookModeSchema>;

/**
 * `POST /api/outlook/context`: the addresses of the message open in Outlook (the sender when reading; To and Cc
 * when composing). Nothing of it is stored.
 */
export const OutlookContextRequestSchema = Type.Object(
  {
    mode: OutlookModeSchema,
    addresses: Type.Array(EmailSchema, { minItems: 1, maxItems: 50 }),
    /** The pane's locale (Office's display language); the mailbox language when absent. */
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
export type OutlookContextRequest = Static<typeof OutlookContextRequestSchema>;

/** Where a person's day stands now, in their zone and working hours. */
export const OutlookDayPartSchema = Type.Union([
  Type.Literal('in-hours'),
  Type.Literal('before-hours'),
  Type.Literal('after-hours'),
  Type.Literal('day-off'),
]);
export type OutlookDayPart = Static<typeof OutlookDayPartSchema>;

/** One item the user owes a person, as that person reads its deadline. */
export const OutlookOwedItemSchema = Type.Object({
  itemId: Type.String(),
  title: Type.String(),
  /** The engine's state: on-track, at-risk, off-track, overdue, later, no-due-date. */
  state: Type.String(),
  /** Their deadline (their zone and style), when the item has a due date. */
  deadlineAt: Type.Optional(InstantSchema),
  /** The date to promise them, for items not on track, when one fits in the calendar read. */
  promiseOn: Type.Optional(LocalDateSchema),
  promiseAt: Type.Optional(InstantSchema),
});
export type OutlookOwedItem = Static<typeof OutlookOwedItemSchema>;

/** One address of the message, with what Upfront knows about that person (facts; the pane writes the words). */
export const OutlookPersonSchema = Type.Object({
  /** The address, lower-cased. */
  address: Type.String(),
  /** Upfront knows this person (a stakeholder, a colleague, a meeting attendee). */
  known: Type.Boolean(),
  name: Type.String(),
  /** The first name a sentence uses ("It is 22:10 for Jonas"). */
  shortName: Type.String(),
  timeZone: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  /** Their day now: before, in or after their working hours, or a day off (weekend, public holiday). */
  dayPart: Type.Optional(OutlookDayPartSchema),
  /** The public holiday that makes today a day off for them. */
  holidayName: Type.Optional(Type.String()),
  /** Their automatic replies window (Graph mail tips), when it has not ended. */
  away: Type.Optional(Type.Object({ start: InstantSchema, end: InstantSchema })),
  /** The start of their next working day (their zone, hours, weekend and holidays). */
  nextMorningAt: Type.Optional(InstantSchema),
  /** What the user owes them, gravest first. */
  owed: Type.Array(OutlookOwedItemSchema),
});
export type OutlookPerson = Static<typeof OutlookPersonSchema>;

/** The update Upfront would write to these people now, in their language and tone, ready to insert. */
export const OutlookUpdateSchema = Type.Object({
  subject: Type.String(),
  html: Type.String(),
  text: Type.String(),
  /** The locale the words are written in. */
  locale: Type.String(),
  /** The addresses it is written for (a subset of the request's). */
  recipients: Type.Array(Type.String()),
});
export type OutlookUpdate = Static<typeof OutlookUpdateSchema>;

export const OutlookContextSchema = Type.Object({
  mode: OutlookModeSchema,
  /** The moment the facts hold for. */
  now: InstantSchema,
  /** The user's own zone (their mailbox's): "your time". */
  userTimeZone: Type.String(),
  people: Type.Array(OutlookPersonSchema),
  /** The latest start of the known recipients' next working days: "Deliver in their morning" holds the mail until then. */
  deliverAt: Type.Optional(InstantSchema),
  /** Absent when there is nothing to tell them (nothing owed). */
  update: Type.Optional(OutlookUpdateSchema),
});
export type OutlookContext = Static<typeof OutlookContextSchema>;
