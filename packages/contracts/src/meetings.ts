import { Type, type Static } from 'typebox';

const InstantSchema = Type.String({ format: 'date-time', description: 'UTC ISO instant' });
const LocaleSchema = Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', maxLength: 35 });

export const MeetingIdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 2048 }) });
export type MeetingIdParams = Static<typeof MeetingIdParamsSchema>;

export const MeetingBriefQuerySchema = Type.Object({
  /** The host's locale; the mailbox language when absent. */
  locale: Type.Optional(LocaleSchema),
});
export type MeetingBriefQuery = Static<typeof MeetingBriefQuerySchema>;

/** `GET /api/meetings/{id}/brief`: what the user owes the people in a meeting, how each item stands, and their day. */
export const MeetingBriefSchema = Type.Object({
  meetingId: Type.String(),
  subject: Type.String(),
  startAt: InstantSchema,
  endAt: InstantSchema,
  /** The locale the brief is written in. */
  locale: Type.String(),
  /** Per attendee, the talking points of the message as data, for the meeting panel. */
  attendees: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      city: Type.String(),
      /** `Jonas Weber (Berlin)`. */
      heading: Type.String(),
      /** What the user owes this person and how each item stands. */
      owed: Type.Array(Type.Object({ itemId: Type.String(), title: Type.String(), state: Type.String(), text: Type.String() })),
      /** Facts about their day: their clock at the meeting, a holiday, their weekend, time away. */
      day: Type.Array(Type.Object({ kind: Type.Union([Type.Literal('local-time'), Type.Literal('holiday'), Type.Literal('weekend-starts'), Type.Literal('away')]), text: Type.String() })),
    }),
  ),
  /** The brief as HTML (every value escaped) and as plain text, from the same facts. */
  html: Type.String(),
  text: Type.String(),
});
export type MeetingBrief = Static<typeof MeetingBriefSchema>;
