import { V1_ENUMS, V1_TYPES } from './graph-v1-model.js';
import type { V1Enum, V1Type } from './v1-types.js';

export interface DeclaredProperty {
  /** The name as the CSDL spells it. */
  name: string;
  /** EDM type, e.g. `Edm.Int32`, `dateTimeTimeZone`, `Collection(attendee)`. */
  type: string;
  navigation: boolean;
  /** False for CSDL `Nullable="false"` single values. */
  nullable: boolean;
}

const cache = new Map<string, Map<string, DeclaredProperty>>();
const typeNames = new Map(Object.keys(V1_TYPES).map((k) => [k.toLowerCase(), k]));

export function v1Type(name: string): V1Type | undefined {
  return V1_TYPES[name];
}

export function v1Enum(name: string): V1Enum | undefined {
  return V1_ENUMS[name];
}

/** Every property of a type and its base types, keyed by lower-cased name (Graph matches names in any case). */
export function declaredProperties(typeName: string): ReadonlyMap<string, DeclaredProperty> {
  const hit = cache.get(typeName);
  if (hit) return hit;
  const out = new Map<string, DeclaredProperty>();
  for (let t = v1Type(typeName); t; t = t.base ? v1Type(t.base) : undefined) {
    for (const [name, type] of Object.entries(t.properties)) {
      if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { name, type, navigation: false, nullable: !t.nonNullable?.includes(name) });
    }
    for (const [name, type] of Object.entries(t.navigation ?? {})) if (!out.has(name.toLowerCase())) out.set(name.toLowerCase(), { name, type, navigation: true, nullable: true });
  }
  cache.set(typeName, out);
  return out;
}

/** Structural (non-navigation) properties in declaration order, base types first. */
export function structuralProperties(typeName: string): DeclaredProperty[] {
  const chain: V1Type[] = [];
  for (let t = v1Type(typeName); t; t = t.base ? v1Type(t.base) : undefined) chain.unshift(t);
  return chain.flatMap((t) => Object.entries(t.properties).map(([name, type]) => ({ name, type, navigation: false, nullable: !t.nonNullable?.includes(name) })));
}

/** `Collection(attendee)` → `attendee`; undefined for a single value. */
export function collectionItem(type: string): string | undefined {
  return /^Collection\((.+)\)$/.exec(type)?.[1];
}

/** The type named by an `@odata.type` annotation (`#microsoft.graph.customTimeZone`), when the model knows it. */
export function annotatedType(value: Record<string, unknown>): string | undefined {
  const raw = value['@odata.type'];
  if (typeof raw !== 'string') return undefined;
  return typeNames.get(raw.replace(/^#?microsoft\.graph\./i, '').toLowerCase());
}
