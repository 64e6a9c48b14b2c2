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

/** `GET /api/meetings/by-chat/{chatId}`: the Teams chat id the meeting side panel gets from its host. */
export const MeetingChatParamsSchema = Type.Object({ chatId: Type.String({ minLength: 1, maxLength: 512 }) });
export type MeetingChatParams = Static<typeof MeetingChatParamsSchema>;

const PanelStateSchema = Type.Union([Type.Literal('on-track'), Type.Literal('at-risk'), Type.Literal('off-track'), Type.Literal('overdue'), Type.Literal('later'), Type.Literal('no-due-date')]);
const DayPartSchema = Type.Union([Type.Literal('before-hours'), Type.Literal('in-hours'), Type.Literal('late-in-day'), Type.Literal('after-hours'), Type.Literal('day-off')]);

/** The heads-up Upfront suggests sending an attendee (a suggestion of `GET /api/suggestions`, drafted by its draft route). */
export const MeetingHeadsUpSchema = Type.Object({
  suggestionId: Type.String(),
  /** The subject in the language the message is written in (the recipients'). */
  subject: Type.String(),
  language: Type.String(),
  severity: Type.Union([Type.Literal('routine'), Type.Literal('at-risk'), Type.Literal('off-track'), Type.Literal('overdue')]),
  /** Everyone the heads-up goes to (it may cover several attendees). */
  recipientNames: Type.Array(Type.String()),
  /** Present once it was saved to the user's Outlook drafts. */
  draft: Type.Optional(Type.Object({ messageId: Type.String(), webLink: Type.String(), createdAt: InstantSchema })),
});
export type MeetingHeadsUp = Static<typeof MeetingHeadsUpSchema>;

/**
 * The meeting side panel for a Teams meeting chat: the meeting (the occurrence on now or next), and per attendee
 * their clock, what the user owes them with its state, the brief's talking points, and the heads-up to send.
 */
export const MeetingPanelSchema = Type.Object({
  chatId: Type.String(),
  meetingId: Type.String(),
  subject: Type.String(),
  startAt: InstantSchema,
  endAt: InstantSchema,
  /** The user's zone (their mailbox's): the meeting's time is shown on this clock. */
  timeZone: Type.String(),
  /** The locale the talking points are written in. */
  locale: Type.String(),
  attendees: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      city: Type.String(),
      /** IANA zone of the attendee: their clock now and at the meeting. */
      timeZone: Type.String(),
      /** Where the meeting's start falls in their working day. */
      dayPart: DayPartSchema,
      /** What the user owes them and how each item stands; `text` is the brief's talking point for it. */
      owed: Type.Array(Type.Object({ itemId: Type.String(), title: Type.String(), state: PanelStateSchema, text: Type.String() })),
      /** The brief's facts about their day, written out (their clock at the meeting, a holiday, their weekend, time away). */
      day: Type.Array(Type.Object({ kind: Type.Union([Type.Literal('local-time'), Type.Literal('holiday'), Type.Literal('weekend-starts'), Type.Literal('away')]), text: Type.String() })),
      headsUp: Type.Optional(MeetingHeadsUpSchema),
    }),
  ),
});
export type MeetingPanel = Static<typeof MeetingPanelSchema>;
