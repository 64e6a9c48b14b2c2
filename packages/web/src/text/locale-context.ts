import { createContext, useContext } from 'react';

/**
 * The locale the tab writes in, from the root of every surface: the shell's words (before any session exists,
 * e.g. the sign-in page) read it here; views read the session's, which is the same.
 */
export const LocaleContext = createContext<string>('en-US');

export function useLocale(): string {
  return useContext(LocaleContext);
}
