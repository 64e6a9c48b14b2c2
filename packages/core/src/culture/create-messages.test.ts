import { describe, expect, it } from 'vitest';
import { createMessages } from './create-messages.js';
import { toSupportedLocale, toWritingLocale } from './supported-locales.js';

describe('createMessages', () => {
  it('fills values and follows each language’s plural rules', () => {
    const source = '{count, plural, one {# item} other {# items}}';
    expect(createMessages('en-GB', { n: source }).say('n', { count: 1 })).toBe('1 item');
    expect(createMessages('en-GB', { n: source }).say('n', { count: 0 })).toBe('0 items');
    // French treats 0 and 1 as singular (CLDR: one = i in 0..1).
    const fr = '{count, plural, one {# tâche} other {# tâches}}';
    expect(createMessages('fr-FR', { n: fr }).say('n', { count: 0 })).toBe('0 tâche');
    expect(createMessages('fr-FR', { n: fr }).say('n', { count: 2 })).toBe('2 tâches');
  });

  it('writes lists in the language’s own words', () => {
    const people = ['Camille', 'Wei', 'Jonas'];
    expect(createMessages('en-US', {}).list(people)).toBe('Camille, Wei, and Jonas');
    expect(createMessages('en-GB', {}).list(people)).toBe('Camille, Wei and Jonas');
    expect(createMessages('fr-FR', {}).list(people)).toBe('Camille, Wei et Jonas');
    expect(createMessages('de-DE', {}).list(people)).toBe('Camille, Wei und Jonas');
    expect(createMessages('es-ES', {}).list(people)).toBe('Camille, Wei y Jonas');
  });

  it('keeps angle brackets in values and messages as text', () => {
    const m = createMessages('en-GB', { t: 'Title: {title} <b>' });
    expect(m.say('t', { title: '<script>x</script>' })).toBe('Title: <script>x</script> <b>');
  });

  it('refuses an unknown message id instead of writing nothing', () => {
    const m = createMessages<'a'>('en-GB', { a: 'A' });
    expect(() => m.say('b' as 'a')).toThrow(/no message "b"/);
  });
});

describe('toSupportedLocale', () => {
  it.each([
    { tag: 'fr-CA', want: 'fr-FR' },
    { tag: 'en-AU', want: 'en-GB' },
    { tag: 'en-IN', want: 'en-GB' },
    { tag: 'en', want: 'en-US' },
    { tag: 'en-US', want: 'en-US' },
    { tag: 'de-AT', want: 'de-DE' },
    { tag: 'es-MX', want: 'es-ES' },
    { tag: 'ja-JP', want: 'en-US' },
    { tag: 'not a tag', want: 'en-US' },
  ])('$tag reads the $want catalogue', ({ tag, want }) => {
    expect(toSupportedLocale(tag)).toBe(want);
  });
});

describe('toWritingLocale', () => {
  it.each([
    { tag: 'fr-CA', want: 'fr-CA' }, // French words, Canadian dates
    { tag: 'en-AU', want: 'en-AU' },
    { tag: 'de-de', want: 'de-DE' }, // canonical case
    { tag: 'he-IL', want: 'en-US' }, // no Hebrew catalogue: English words, English dates
    { tag: 'ja-JP', want: 'en-US' },
    { tag: 'not a tag', want: 'en-US' },
    { tag: undefined, want: 'en-US' },
  ])('$tag is written in $want', ({ tag, want }) => {
    expect(toWritingLocale(tag)).toBe(want);
  });
});
