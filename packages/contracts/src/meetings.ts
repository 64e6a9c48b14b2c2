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
  attendees: Type.Array(
    Type.Object({
      id: Type.String(),
      displayName: Type.String(),
      /** Items the user owes this person. */
      owedItemIds: Type.Array(Type.String()),
    }),
  ),
  /** The brief as HTML (every value escaped) and as plain text, from the same facts. */
  html: Type.String(),
  text: Type.String(),
});
export type MeetingBrief = Static<typeof MeetingBriefSchema>;
