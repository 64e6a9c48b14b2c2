/** The people area's words in American English; every other locale implements these ids. */
export const enUS = {
  areaName: 'People',
} as const;

export type PeopleTextId = keyof typeof enUS;
