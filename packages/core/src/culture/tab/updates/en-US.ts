/** The updates area's words in American English; every other locale implements these ids. */
export const enUS = {
  areaName: 'Updates',
} as const;

export type UpdatesTextId = keyof typeof enUS;
