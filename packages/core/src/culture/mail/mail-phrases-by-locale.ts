import { createMessages, type Messages } from '../create-messages.js';
import { toSupportedLocale, type SupportedLocale } from '../supported-locales.js';
import { deDEMailPhrases } from './de-DE.js';
import { enGBMailPhrases } from './en-GB.js';
import { enUSMailPhrases } from './en-US.js';
import { esESMailPhrases } from './es-ES.js';
import { frFRMailPhrases } from './fr-FR.js';
import type { MailPhraseId, MailPhrases } from './mail-phrases.js';

/** The words of messages for every supported locale (a new locale without its file fails the typecheck). */
export const MAIL_PHRASES: Readonly<Record<SupportedLocale, MailPhrases>> = {
  'en-US': enUSMailPhrases,
  'en-GB': enGBMailPhrases,
  'fr-FR': frFRMailPhrases,
  'de-DE': deDEMailPhrases,
  'es-ES': esESMailPhrases,
};

/**
 * The mail words for a reader's locale: the catalogue of its language (`fr-CA` reads French), plurals by the
 * catalogue's locale.
 * @example createMailMessages('de-AT').say('greeting', { tone: 'direct', name: 'Jonas' }) // 'Hallo Jonas,'
 */
export function createMailMessages(locale: string | undefined): Messages<MailPhraseId> {
  const supported = toSupportedLocale(locale);
  return createMessages<MailPhraseId>(supported, MAIL_PHRASES[supported]);
}
