import { createTabText, type Messages, type TabCatalogue } from '@upfront/core';
import { useMemo } from 'react';
import { useSession } from '../session/tab-session.js';

/**
 * One area's words in the session's locale, made once per locale.
 * @example const text = useText(RISKS_TEXT); text.say('heading')
 */
export function useText<Id extends string>(catalogue: TabCatalogue<Id>): Messages<Id> {
  const { locale } = useSession();
  return useMemo(() => createTabText(catalogue, locale), [catalogue, locale]);
}
