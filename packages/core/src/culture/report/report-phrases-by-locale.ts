import type { SupportedLocale } from '../supported-locales.js';
import { deDE } from './de-DE.js';
import { enGB } from './en-GB.js';
import { enUS } from './en-US.js';
import { esES } from './es-ES.js';
import { frFR } from './fr-FR.js';
import type { ReportPhrases } from './report-phrases.js';

/** The report's words for every supported locale (a new locale without its file fails the typecheck). */
export const REPORT_PHRASES: Readonly<Record<SupportedLocale, ReportPhrases>> = {
  'en-US': enUS,
  'en-GB': enGB,
  'fr-FR': frFR,
  'de-DE': deDE,
  'es-ES': esES,
};
