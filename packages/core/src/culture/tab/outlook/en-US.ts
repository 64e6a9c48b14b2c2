/** The outlook area's words in American English; every other locale implements these ids. */
export const enUS = {
  areaName: 'Outlook',
} as const;

export type OutlookTextId = keyof typeof enUS;
