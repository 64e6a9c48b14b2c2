/**
 * The languages Upfront writes in. Words (ICU messages) exist per entry; dates and numbers use the exact
 * locale asked for through `Intl`, so `fr-CA` reads French words with Canadian dates.
 */
export const SUPPORTED_LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** English outside the US reads British conventions (day-month order, 24-hour clock, "your close of business"). */
const US_ENGLISH_REGIONS: ReadonlySet<string> = new Set(['US', 'PH', 'PR', 'UM', 'VI', 'AS', 'GU', 'MP']);

/**
 * The catalogue a locale's words come from: the exact entry, else the same language (English by region),
 * else `fallback`.
 * @example toSupportedLocale('fr-CA') // 'fr-FR'
 * @example toSupportedLocale('en-AU') // 'en-GB'
 * @example toSupportedLocale('en') // 'en-US'
 * @example toSupportedLocale('ja-JP', 'de-DE') // 'de-DE'
 */
export function toSupportedLocale(tag: string | undefined, fallback: SupportedLocale = 'en-US'): SupportedLocale {
  if (tag === undefined || tag === '') return fallback;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return fallback;
  }
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === `${locale.language}-${locale.region ?? ''}`.toLowerCase());
  if (exact !== undefined) return exact;
  if (locale.language === 'en') return locale.region === undefined || US_ENGLISH_REGIONS.has(locale.region) ? 'en-US' : 'en-GB';
  return SUPPORTED_LOCALES.find((l) => l.startsWith(`${locale.language}-`)) ?? fallback;
}

/**
 * The locale a reader's text is written in, dates and words together: the tag itself when Upfront writes its
 * language (`fr-CA`: French words, Canadian dates), else the fallback catalogue's (`he-IL` reads English words
 * and English dates, never Hebrew dates inside an English sentence).
 * @example toWritingLocale('fr-CA') // 'fr-CA'
 * @example toWritingLocale('en-AU') // 'en-AU'
 * @example toWritingLocale('he-IL') // 'en-US'
 */
export function toWritingLocale(tag: string | undefined, fallback: SupportedLocale = 'en-US'): string {
  const catalogue = toSupportedLocale(tag, fallback);
  if (tag === undefined) return catalogue;
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    return canonical !== undefined && new Intl.Locale(canonical).language === new Intl.Locale(catalogue).language ? canonical : catalogue;
  } catch {
    // An ill-formed tag (RangeError) reads the fallback catalogue.
    return catalogue;
  }
}
