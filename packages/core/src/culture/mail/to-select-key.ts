/**
 * An ICU `select` key for one of our own identifiers: ICU keys cannot hold `-` (it is pattern syntax), so the
 * kebab-case identifiers of the domain (`late-in-day`, `off-track`) are written in camel case (`lateInDay`).
 * Only ever applied to our string-literal unions, never to text from people.
 * @example toSelectKey('calendar-not-read') // 'calendarNotRead'
 */
export function toSelectKey(identifier: string): string {
  return identifier.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
