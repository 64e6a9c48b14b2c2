/**
 * Reads a number as a person types it in their locale: `0,8` and `1.234,5` in German, `0.8` and `1,234.5` in
 * English. The locale's own decimal sign always counts; a point or comma followed by other than exactly three
 * digits is read as a decimal sign too (`1.5` typed in German is one and a half, not fifteen). Anything else is
 * not a number (undefined).
 * @example parseDecimal('2,5', 'de-DE') // 2.5
 */
export function parseDecimal(text: string, locale: string): number | undefined {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return undefined;
  // Group signs only between a digit and exactly three digits (then another sign or the end).
  const groupSign = /[\s\u00a0\u202f]/.test(group) ? '' : group;
  if (groupSign !== '' && groupSign !== decimal) {
    const escaped = groupSign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`(\\d)${escaped}(?=\\d{3}(\\D|$))`, 'g'), '$1');
  }
  t = t.replace(decimal, '.').replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}
