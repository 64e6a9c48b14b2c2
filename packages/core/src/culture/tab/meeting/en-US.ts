/** The meeting area's words in American English; every other locale implements these ids. */
export const enUS = {
  areaName: 'Meeting',
} as const;

export type MeetingTextId = keyof typeof enUS;
