import { createMessages, type Messages } from './create-messages.js';
import { REPORT_PHRASES } from './report/report-phrases-by-locale.js';
import type { ReportPhraseId } from './report/report-phrases.js';
import { toSupportedLocale } from './supported-locales.js';

const shared = new Map<string, Messages<ReportPhraseId>>();

/** The locale plurals and numbers follow: the one asked for when `Intl` reads it, else the catalogue's. */
function pluralLocale(locale: string, catalogue: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? catalogue;
  } catch {
    // An ill-formed tag (RangeError) reads the catalogue's own locale.
    return catalogue;
  }
}

/**
 * The report's messages for a formatter's locale: the words of its catalogue (`fr-CA` reads French), plurals and
 * lists by the exact locale. Shared per locale: they are pure once built.
 * @example reportMessagesFor('fr-CA').say('flagWaitingOnOthers') // 'En attente d’autres personnes'
 */
export function reportMessagesFor(locale: string): Messages<ReportPhraseId> {
  let messages = shared.get(locale);
  if (messages === undefined) {
    if (shared.size >= 200) shared.clear();
    const catalogue = toSupportedLocale(locale);
    shared.set(locale, (messages = createMessages(pluralLocale(locale, catalogue), REPORT_PHRASES[catalogue])));
  }
  return messages;
}
