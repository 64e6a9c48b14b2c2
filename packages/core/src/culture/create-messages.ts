import { IntlMessageFormat } from 'intl-messageformat';

/** Values a message may take: already-formatted dates, times and hours (from the formatter), names, counts. */
export type MessageValues = Readonly<Record<string, string | number | boolean>>;

/**
 * One catalogue of ICU MessageFormat sources, keyed by message id. A locale's catalogue has every id of the
 * interface it implements, so a missing translation fails the typecheck, not a reader.
 */
export type Phrases<Id extends string> = Readonly<Record<Id, string>>;

/** Says catalogue messages in one locale: plurals, selects and lists by ICU and `Intl`, never by our code. */
export interface Messages<Id extends string> {
  /** The locale plurals and numbers follow (the catalogue's, e.g. `de-DE`). */
  readonly locale: string;
  say(id: Id, values?: MessageValues): string;
  /** A list in the locale's words: `Camille, Wei and Jonas`, `Camille, Wei et Jonas`, `Camille, Wei und Jonas`. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

// Parsed messages are pure once built and costly to parse: shared per locale and source within a bound.
const MAX_SHARED = 5_000;
const shared = new Map<string, IntlMessageFormat>();
const sharedLists = new Map<string, Intl.ListFormat>();

function parsed(locale: string, source: string): IntlMessageFormat {
  const key = `${locale}\u0000${source}`;
  let message = shared.get(key);
  if (message === undefined) {
    if (shared.size >= MAX_SHARED) shared.clear();
    // `ignoreTag`: a `<` in a message is text, never markup; HTML is made (and escaped) by the composer.
    message = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    shared.set(key, message);
  }
  return message;
}

/**
 * Binds a catalogue to its locale.
 * @example createMessages('en-GB', { due: 'Due {when}' }).say('due', { when: 'Thu 4 Dec' }) // 'Due Thu 4 Dec'
 * @example createMessages('fr-FR', { n: '{count, plural, one {# tâche} other {# tâches}}' }).say('n', { count: 2 }) // '2 tâches'
 */
export function createMessages<Id extends string>(locale: string, phrases: Phrases<Id>): Messages<Id> {
  return {
    locale,
    say(id, values) {
      const source = phrases[id];
      if (source === undefined) throw new Error(`createMessages: no message "${id}" for ${locale}`);
      const out = parsed(locale, source).format(values as Record<string, string | number | boolean> | undefined);
      if (typeof out !== 'string') throw new Error(`createMessages: message "${id}" for ${locale} did not format to text`);
      return out;
    },
    list(items, type = 'conjunction') {
      const key = `${locale}\u0000${type}`;
      let format = sharedLists.get(key);
      if (format === undefined) sharedLists.set(key, (format = new Intl.ListFormat(locale, { style: 'long', type })));
      return format.format(items);
    },
  };
}
