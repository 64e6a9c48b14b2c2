import { Type, type Static } from 'typebox';
import { DeadlineStyleSchema, MessageToneSchema } from './preferences.js';
import { RiskStateSchema } from './risks.js';

const Instant = () => Type.String({ format: 'date-time' });
const LocalDate = () => Type.String({ format: 'date' });
const Weekday = () => Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday' });
const Span = () => Type.Object({ start: Instant(), end: Instant() });

export const PeopleQuerySchema = Type.Object({
  horizonDays: Type.Integer({ minimum: 1, maximum: 90, default: 14 }),
  /** The host's locale (BCP 47) for the deadline words; the mailbox language when absent. */
  locale: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', maxLength: 35 })),
});
export type PeopleQuery = Static<typeof PeopleQuerySchema>;

/** When someone works, from their mailbox settings, on their own clock. */
export const WorkingHoursSchema = Type.Object({
  days: Type.Array(Weekday()),
  start: Type.String({ description: 'HH:MM' }),
  end: Type.String({ description: 'HH:MM' }),
  timeZone: Type.String(),
});

/** One of the user's days (`on`, their clock): when the user works, the person works, and both do. */
export const OverlapStripSchema = Type.Object({
  on: LocalDate(),
  /** The user's midnights around `on` (23 or 25 hours apart on a DST switch day). */
  start: Instant(),
  end: Instant(),
  userHours: Type.Array(Span()),
  theirHours: Type.Array(Span()),
  overlap: Type.Array(Span()),
  overlapMinutes: Type.Integer({ minimum: 0 }),
});
export type OverlapStripDto = Static<typeof OverlapStripSchema>;

/** Something the user owes a person: an item they are a stakeholder of, with its state and their deadline. */
export const OwedItemSchema = Type.Object({
  itemId: Type.String(),
  title: Type.String(),
  state: RiskStateSchema,
  /** The deadline in the person's reading, when the item has a due date. */
  deadlineAt: Type.Optional(Instant()),
  /** That deadline in their zone and in the user's, in the mailbox's language (the risk report's words). */
  inTheirZone: Type.Optional(Type.String()),
  inUserZone: Type.Optional(Type.String()),
});
export type OwedItem = Static<typeof OwedItemSchema>;

export const PersonCardSchema = Type.Object({
  /** The lower-cased email address (the id of `PUT /api/stakeholders/:id/preferences`). */
  id: Type.String(),
  displayName: Type.String(),
  email: Type.String(),
  timeZone: Type.String(),
  city: Type.String(),
  workingHours: WorkingHoursSchema,
  /** The days that are not their working days (their week, from their mailbox), in their week's order. */
  weekend: Type.Array(Weekday()),
  /** Their region's next public holiday within `holidayWindowDays`, from the holiday data the risks use. */
  nextHoliday: Type.Optional(Type.Object({ on: LocalDate(), name: Type.String(), worked: Type.Boolean() })),
  /** When the user last sent them mail (Sent Items' `sentDateTime`; nothing of the message is read or kept). */
  lastContactAt: Type.Optional(Instant()),
  owed: Type.Array(OwedItemSchema),
  strip: OverlapStripSchema,
  /** The user's settings for them; absent fields are the defaults. */
  preference: Type.Object({
    deadlineStyle: Type.Optional(DeadlineStyleSchema),
    language: Type.Optional(Type.String()),
    tone: Type.Optional(MessageToneSchema),
    workedHolidays: Type.Array(LocalDate()),
  }),
});
export type PersonCard = Static<typeof PersonCardSchema>;

export const PeopleListSchema = Type.Object({
  generatedAt: Instant(),
  user: Type.Object({ displayName: Type.String(), timeZone: Type.String(), city: Type.String(), workingHours: WorkingHoursSchema }),
  /** How far ahead `nextHoliday` looks. */
  holidayWindowDays: Type.Integer(),
  /** The user's stakeholders, most owed (then gravest) first. */
  people: Type.Array(PersonCardSchema),
});
export type PeopleList = Static<typeof PeopleListSchema>;
