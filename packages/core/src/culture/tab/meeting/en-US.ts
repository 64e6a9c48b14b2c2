/**
 * The meeting side panel's words in American English; every other locale implements these ids. A state is a
 * select key in camelCase (`overdue`, `offTrack`, `atRisk`, `onTrack`, `later`, `noDueDate`): ICU keys cannot hold `-`.
 */
export const enUS = {
  panelLabel: 'Meeting preparation',
  loading: 'Finding this meeting and what you owe the people in it…',
  loadFailed: 'Upfront could not load this meeting. Try again in a moment.',
  when: '{start} – {end}',
  attendeesLabel: 'People in this meeting',
  attendeesCount: '{count, plural, one {# person besides you} other {# people besides you}}',
  localNow: '{time} now for {name} · {city}',
  owedLabel: 'What you owe {name}',
  owedNone: 'You owe {name} nothing due in the next two weeks.',
  state: '{state, select, overdue {Overdue} offTrack {Off track} atRisk {At risk} onTrack {On track} later {Later} other {No due date}}',
  talkingPoints: 'Talking points',
  headsUpReady: 'Heads-up ready',
  headsUpTo: 'To {names}',
  draftHeadsUp: 'Draft heads-up',
  drafting: 'Saving to your Outlook drafts…',
  draftSaved: 'Heads-up to {names} saved in your Outlook drafts. Upfront never sends it: you do, from Outlook.',
  draftExisting: 'This heads-up was already in your Outlook drafts, so it was not saved twice.',
  openDraft: 'Open the draft in Outlook',
  draftFailedTitle: 'The heads-up was not saved',
  nothingOwed: 'You owe nobody in this meeting anything due in the next two weeks. Nothing to prepare.',
  ready: '{count, plural, one {“{subject}” is prepared: # person.} other {“{subject}” is prepared: # people.}}',
  refresh: 'Refresh',
  tryAgain: 'Try again',
  noChatTitle: 'Open Upfront in a meeting',
  noChatBody: 'This panel belongs in a Teams meeting: add Upfront to the meeting and open it from the meeting’s side panel to see what you owe the people in it.',
  notMeetingTitle: 'This chat is not a meeting',
  notMeetingBody: 'Upfront prepares Teams meetings. Open it from the side panel of a meeting to see what you owe the people in it.',
  chatNotFoundTitle: 'Teams does not know this meeting',
  chatNotFoundBody: 'The meeting may have been deleted. Close the side panel and open it again from the meeting.',
  forbiddenTitle: 'Upfront may not read this meeting',
  forbiddenBody: 'You may not be a member of this meeting’s chat, or your organization has not let Upfront read meeting chats. Ask your administrator to grant Upfront the Chat.ReadBasic permission.',
  notOnCalendarTitle: 'This meeting is not coming up',
  notOnCalendarBody: 'Upfront prepares the meetings on your calendar with other people in the next two weeks. Open the panel again closer to the meeting, or check that you have not declined it.',
} as const;

export type MeetingTextId = keyof typeof enUS;
