/** One Graph v1.0 entity, complex or action type, as its CSDL declares it (action: the body's parameters). */
export interface V1Type {
  kind: 'entity' | 'complex' | 'action';
  /** The base type's name, e.g. `outlookItem` for `event`. */
  base?: string;
  /** Open types accept properties their schema does not declare. */
  open?: boolean;
  /** Structural properties → EDM type: `Edm.String`, `dateTimeTimeZone`, `Collection(attendee)`, … */
  properties: Readonly<Record<string, string>>;
  /** Structural properties that are never `null` (CSDL `Nullable="false"`). */
  nonNullable?: readonly string[];
  /** Navigation properties → target type (not returned unless expanded). */
  navigation?: Readonly<Record<string, string>>;
}

/** One Graph v1.0 enum type: its members, and whether values may combine (`a,b`). */
export interface V1Enum {
  members: readonly string[];
  flags?: true;
}
