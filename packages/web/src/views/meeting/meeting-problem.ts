import type { MeetingTextId } from '@upfront/core';

/** The panel's own words for the server's meeting problems: what happened, and what the person can do. */
export const MEETING_PROBLEM_TEXT: Readonly<Record<string, { title: MeetingTextId; body: MeetingTextId }>> = {
  MEETING_CHAT_NOT_A_MEETING: { title: 'notMeetingTitle', body: 'notMeetingBody' },
  MEETING_CHAT_NOT_FOUND: { title: 'chatNotFoundTitle', body: 'chatNotFoundBody' },
  MEETING_CHAT_FORBIDDEN: { title: 'forbiddenTitle', body: 'forbiddenBody' },
  MEETING_NOT_ON_CALENDAR: { title: 'notOnCalendarTitle', body: 'notOnCalendarBody' },
};

/** The words for a problem code, when the panel has its own (others show the server's problem as it is). */
export function toMeetingProblemText(code: string | undefined): { title: MeetingTextId; body: MeetingTextId } | undefined {
  return code === undefined ? undefined : MEETING_PROBLEM_TEXT[code];
}
