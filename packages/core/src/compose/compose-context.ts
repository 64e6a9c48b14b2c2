// Internal: what every composer needs to write for one reader (not exported from index.ts).
import { toWritingLocale } from '../culture/supported-locales.js';
import { cityOf } from '../culture/city-of.js';
import { createFormatter, type Formatter } from '../culture/create-formatter.js';
import type { Messages, MessageValues } from '../culture/create-messages.js';
import { createMailMessages } from '../culture/mail/mail-phrases-by-locale.js';
import type { MailPhraseId } from '../culture/mail/mail-phrases.js';
import { writeReaderMoment } from '../culture/mail/write-reader-moment.js';
import type { Person } from '../model/person.js';
import type { UserWorld } from '../model/world.js';
import type { Instant, LocalDate, TimeZoneId } from '../time/types.js';
import { TEMPLATE_VERSION } from './template-version.js';
import type { ComposedMail } from './composed-mail.js';
import type { MailBlock } from './mail-document.js';
import type { MailReader } from './mail-reader.js';
import { toMailHtml } from './to-mail-html.js';
import { toMailText } from './to-mail-text.js';
import { toSubjectLine } from './to-subject-line.js';

// Control characters in a name or title from Graph could break a text line or fake one; they read as a space.
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;

/** A value from Graph or the user, as one line of text (escaping for HTML happens when the HTML is written). */
export function cleanText(value: string): string {
  return value.replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

export interface ComposeContext {
  readonly world: UserWorld;
  readonly format: Formatter;
  readonly messages: Messages<MailPhraseId>;
  say(id: MailPhraseId, values?: MessageValues): string;
  list(items: readonly string[]): string;
  /** A work item's title for a sentence: cleaned and quoted the language's way. */
  title(raw: string): string;
  /** A person's display name (the user's own, a stakeholder's, an attendee's or a colleague's), cleaned. */
  nameOf(personId: string): string;
  personOf(personId: string): Person | undefined;
  cityOf(personId: string | undefined, zone: TimeZoneId): string;
  hours(minutes: number): string;
  /** A short date: `Fri, Dec 4`. */
  date(on: LocalDate): string;
  /** A long date: `Friday, December 4`. */
  dateLong(on: LocalDate): string;
}

export function createComposeContext(world: UserWorld, locale: string, now: Instant): ComposeContext {
  const messages = createMailMessages(locale);
  // A language we do not write (`he-IL`) reads the fallback's words and its dates too (toWritingLocale).
  const format = createFormatter(toWritingLocale(locale), now);
  const people = new Map<string, Person>();
  for (const person of [...(world.people ?? []), ...(world.colleagues ?? []), ...world.stakeholders]) people.set(person.id, person);
  const user = world.user;
  return {
    world,
    format,
    messages,
    say: (id, values) => messages.say(id, values),
    list: (items) => messages.list(items),
    title: (raw) => messages.say('quotedTitle', { title: cleanText(raw) }),
    nameOf: (personId) => cleanText(personId === user.id ? user.displayName : (people.get(personId)?.displayName ?? personId)),
    personOf: (personId) => people.get(personId),
    cityOf: (personId, zone) => {
      const city = personId === undefined || personId === user.id ? user.city : people.get(personId)?.city;
      return cleanText(city ?? cityOf(zone));
    },
    hours: (minutes) => format.hours(minutes),
    date: (on) => format.date(on),
    dateLong: (on) => format.dateLong(on),
  };
}

/** A moment for this reader: their long date, time and city, with the user's clock beside it when it differs. */
export function readerMoment(ctx: ComposeContext, reader: MailReader, at: Instant): string {
  return writeReaderMoment(at, {
    format: ctx.format,
    messages: ctx.messages,
    readerZone: reader.timeZone,
    readerCity: cleanText(reader.city),
    userZone: ctx.world.user.timeZone,
  });
}

/** Greeting, body and sign-off with the user's name: the frame of every letter. */
export function letter(ctx: ComposeContext, reader: MailReader, body: readonly MailBlock[]): MailBlock[] {
  const tone = reader.tone;
  return [
    { kind: 'paragraph', text: ctx.say('greeting', { tone, name: cleanText(reader.name) }) },
    ...body,
    { kind: 'lines', lines: [ctx.say('signOff', { tone }), cleanText(ctx.world.user.displayName)] },
  ];
}

/** Writes the subject line and both bodies. */
export function toComposedMail(ctx: ComposeContext, subject: string, blocks: readonly MailBlock[]): ComposedMail {
  const document = { locale: ctx.messages.locale, blocks };
  return {
    subject: toSubjectLine(subject),
    html: toMailHtml(document),
    text: toMailText(document),
    locale: ctx.messages.locale,
    templateVersion: TEMPLATE_VERSION,
  };
}
