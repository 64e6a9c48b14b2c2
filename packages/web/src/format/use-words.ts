import { createContext, useContext } from 'react';
import type { TabWords } from './create-tab-words.js';

/** The report's words, made once per report (RisksView) beside its formatter. */
export const WordsContext = createContext<TabWords | undefined>(undefined);

/** The words of the report being shown; a component outside a report has a bug, so this throws. */
export function useWords(): TabWords {
  const words = useContext(WordsContext);
  if (words === undefined) throw new Error('useWords() outside a WordsContext provider');
  return words;
}
