/** The largest estimate the server accepts, in hours. */
export const MAX_EFFORT_HOURS = 1000;

/** Why typed hours were refused, as data: the words come from the risks area (`effortInvalid`). */
export type EffortHoursProblem = 'empty' | 'notANumber' | 'notPositive' | 'tooMany';

export type EffortHoursInput = { ok: true; hours: number } | { ok: false; reason: EffortHoursProblem };

/** How a locale writes numbers: its decimal separator and its digits (from `Intl`, never from a table of ours). */
export interface NumberSymbols {
  decimal: string;
  /** The locale's digits 0–9, for locales that do not write Latin digits. */
  digits: readonly string[];
}

/** The decimal separator and digits of a locale, read from `Intl.NumberFormat` parts. */
export function toNumberSymbols(locale: string): NumberSymbols {
  const format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 1 });
  const decimal = format.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  const digits = Array.from({ length: 10 }, (_, d) => format.format(d));
  return { decimal, digits };
}

/** An estimate written for the input field in the locale: 2.5 → "2,5" (de), "2.5" (en). */
export function toEffortText(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(hours);
}

/**
 * Reads the hours a person typed as an estimate of the work left: above 0, at most 1000. The locale's decimal
 * separator is the decimal point ("2,5" is 2.5 h in de, fr or es, never 25), and so is ".", which people type
 * whatever their locale. A grouping separator is never skipped: "1,000" in English is refused, not read as 1000
 * or 1.
 */
export function parseEffortHours(text: string, locale: string): EffortHoursInput {
  const { decimal, digits } = toNumberSymbols(locale);
  let latin = '';
  for (const char of text.trim()) {
    const digit = digits.indexOf(char);
    latin += digit >= 0 ? String(digit) : char === decimal ? '.' : char;
  }
  if (latin === '') return { ok: false, reason: 'empty' };
  const hours = /^\d*\.?\d+$/.test(latin) ? Number(latin) : Number.NaN;
  if (!Number.isFinite(hours)) return { ok: false, reason: 'notANumber' };
  if (hours <= 0) return { ok: false, reason: 'notPositive' };
  if (hours > MAX_EFFORT_HOURS) return { ok: false, reason: 'tooMany' };
  return { ok: true, hours };
}
