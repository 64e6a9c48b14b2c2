import { createTabText, SHELL_TEXT, type Messages, type ShellTextId } from '@upfront/core';
import { useMemo } from 'react';
import { useLocale } from './locale-context.js';

/** The shell's words (start-up, sign-in, consent, navigation) in the surface's locale, without needing a session. */
export function useShellText(): Messages<ShellTextId> {
  const locale = useLocale();
  return useMemo(() => createTabText(SHELL_TEXT, locale), [locale]);
}
