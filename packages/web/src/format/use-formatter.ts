import { createContext, useContext } from 'react';
import type { TabFormatter } from './create-tab-formatter.js';

/** The report's formatter, made once per report (RisksView) and read by every part of the card. */
export const FormatterContext = createContext<TabFormatter | undefined>(undefined);

/** The formatter of the report being shown; a component outside a report has a bug, so this throws. */
export function useFormatter(): TabFormatter {
  const format = useContext(FormatterContext);
  if (format === undefined) throw new Error('useFormatter() outside a FormatterContext provider');
  return format;
}
