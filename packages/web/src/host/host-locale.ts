/**
 * The locale the tab writes in: the host's (`app.locale` from teams-js inside Teams and Outlook), else the
 * browser's, else English. Tags are canonicalised ("en-us" → "en-US"); an ill-formed one is skipped.
 */
export function toTabLocale(hostLocale: string | undefined, browserLanguage: string | undefined): string {
  for (const candidate of [hostLocale, browserLanguage]) {
    if (candidate === undefined || candidate.trim() === '') continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate.trim());
      if (canonical !== undefined) return canonical;
    } catch {
      // RangeError: not a BCP 47 tag; try the next source.
      continue;
    }
  }
  return 'en';
}
