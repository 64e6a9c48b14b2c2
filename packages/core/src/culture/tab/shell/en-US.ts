/** The shell area's words in American English; every other locale implements these ids. */
export const enUS = {
  areaName: 'Shell',
} as const;

export type ShellTextId = keyof typeof enUS;
