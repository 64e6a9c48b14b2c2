/** The settings area's words in American English; every other locale implements these ids. */
export const enUS = {
  areaName: 'Settings',
} as const;

export type SettingsTextId = keyof typeof enUS;
