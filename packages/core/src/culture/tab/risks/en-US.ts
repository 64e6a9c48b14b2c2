/** The risks area's words in American English; every other locale implements these ids. */
export const enUS = {
  areaName: 'Risks',
} as const;

export type RisksTextId = keyof typeof enUS;
