import { createMessages, type Messages, type Phrases } from '../create-messages.js';
import { toSupportedLocale, toWritingLocale, type SupportedLocale } from '../supported-locales.js';

/**
 * One area of the tab's own words (a view, the shell, a side panel) in every supported locale. Each locale's
 * file implements every id of the area's en-US file, so a missing translation fails the typecheck.
 */
export type TabCatalogue<Id extends string> = Readonly<Record<SupportedLocale, Phrases<Id>>>;

/**
 * The tab's words of one area for a reader's locale: the catalogue of the locale's language (English by region,
 * else en-US), with plurals, numbers and lists by the locale itself (`fr-CA` reads French words, Canadian numbers).
 * @example createTabText(SHELL_TEXT, 'de-AT').say('viewRisks') // 'Risiken'
 */
export function createTabText<Id extends string>(catalogue: TabCatalogue<Id>, locale: string): Messages<Id> {
  return createMessages(toWritingLocale(locale), catalogue[toSupportedLocale(locale)]);
}
