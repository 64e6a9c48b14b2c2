/**
 * Compares a documented Graph body with an actual one: documented bodies are subsets (`truncated`), so every
 * documented property must exist in the actual body with the same JSON type, at every depth, including OData
 * annotations. A documented `null` accepts any value (nullable property); arrays match when each documented
 * element matches some actual element; objects keyed by ids (`mapKeys`) are compared value-by-value.
 */
export interface CompareOptions {
  /** Property names whose objects are maps keyed by ids/URLs (Planner assignments, checklist, references). */
  mapKeys?: readonly string[];
  /** Property paths to skip (documented quirks), e.g. `$.OnlineMeeting`. */
  ignorePaths?: readonly string[];
  /** Property paths where the simulated person has no value: `null` is what Graph answers then (e.g. `$.postalCode`). */
  nullablePaths?: readonly string[];
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export function compareShape(doc: unknown, actual: unknown, opts: CompareOptions = {}, path = '$'): string[] {
  if (opts.ignorePaths?.includes(path)) return [];
  if (doc === null) return [];
  if (actual === null && opts.nullablePaths?.includes(path)) return [];
  const dt = typeOf(doc);
  const at = typeOf(actual);
  if (dt !== at) return [`${path}: documented ${dt}, got ${at}`];
  if (dt === 'array') {
    const d = doc as unknown[];
    const a = actual as unknown[];
    if (d.length > 0 && a.length === 0) return [`${path}: documented items, got an empty array`];
    const problems: string[] = [];
    d.forEach((item, i) => {
      const attempts = a.map((x) => compareShape(item, x, opts, `${path}[${i}]`));
      if (!attempts.some((p) => p.length === 0)) {
        const best = attempts.sort((x, y) => x.length - y.length)[0] ?? [];
        problems.push(`${path}[${i}]: no actual element matches; closest: ${best.slice(0, 3).join('; ')}`);
      }
    });
    return problems;
  }
  if (dt === 'object') {
    const d = doc as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    const problems: string[] = [];
    for (const [key, value] of Object.entries(d)) {
      const sub = `${path}.${key}`;
      if (opts.ignorePaths?.includes(sub)) continue;
      if (!(key in a)) {
        problems.push(`${sub}: missing`);
        continue;
      }
      if (opts.mapKeys?.includes(key) && value && typeof value === 'object' && !Array.isArray(value)) {
        const actualValues = Object.values((a[key] ?? {}) as Record<string, unknown>);
        problems.push(...compareShape(Object.values(value), actualValues, opts, sub));
        continue;
      }
      problems.push(...compareShape(value, a[key], opts, sub));
    }
    return problems;
  }
  return [];
}

/** The OData annotations (`@odata.*` keys) of a body's top level. */
export function annotationsOf(body: unknown): string[] {
  return body && typeof body === 'object' && !Array.isArray(body) ? Object.keys(body).filter((k) => k.startsWith('@odata.')).sort() : [];
}
