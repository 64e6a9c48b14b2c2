import { GraphHttpError } from '../graph-http.js';
import { annotatedType, collectionItem, declaredProperties, v1Enum, v1Type } from './v1-schema.js';

// Graph's OData reader is lenient where JSON is ambiguous and strict about the schema: property names match in any
// case (the concept pages write `Schedules`, `StartTime`), numbers and booleans may come as JSON strings
// (`"availabilityViewInterval": "60"`, sendMail's `"saveToSentItems": "false"`), enum members in any case
// (`"Required"`, `"HTML"`). A property the type does not declare, or a value that does not convert, is refused:
// 400 `RequestBodyRead`, as in https://github.com/microsoftgraph/msgraph-sdk-dotnet/issues/450; an enum member that
// does not exist is 400 `InvalidArguments` (user-update-mailboxsettings.md, "Errors").

const bodyRead = (message: string) => new GraphHttpError(400, 'RequestBodyRead', message);
const literal = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const cannotConvert = (v: unknown, type: string) => bodyRead(`Cannot convert the literal '${literal(v)}' to the expected type '${type}'.`);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Instance and property annotations (`@odata.type`, `members@odata.bind`) pass through unchanged. */
const isAnnotation = (key: string) => key.includes('@');

/** The literal forms OData accepts for the string-shaped EDM types. */
const LITERAL: Record<'Edm.DateTimeOffset' | 'Edm.Date' | 'Edm.TimeOfDay' | 'Edm.Guid', (v: string) => boolean> = {
  'Edm.DateTimeOffset': (v) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/i.test(v.trim()) && !Number.isNaN(Date.parse(v)),
  'Edm.Date': (v) => /^\d{4}-\d{2}-\d{2}$/.test(v.trim()),
  'Edm.TimeOfDay': (v) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,12})?)?$/.test(v.trim()),
  'Edm.Guid': (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v.trim()),
};

function toInteger(v: unknown, type: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) return Number(v);
  throw cannotConvert(v, type);
}

function toDouble(v: unknown, type: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw cannotConvert(v, type);
}

function toBoolean(v: unknown, type: string): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) return v.trim().toLowerCase() === 'true';
  throw cannotConvert(v, type);
}

function toEnum(v: unknown, type: string): string {
  const e = v1Enum(type);
  if (!e || typeof v !== 'string') throw cannotConvert(v, `microsoft.graph.${type}`);
  const parts = e.flags ? v.split(',') : [v];
  const members = parts.map((part) => {
    const member = e.members.find((m) => m.toLowerCase() === part.trim().toLowerCase());
    if (!member) throw new GraphHttpError(400, 'InvalidArguments', `Requested value '${part.trim()}' was not found.`);
    return member;
  });
  return members.join(',');
}

function toValue(v: unknown, type: string): unknown {
  if (v === null) return null;
  const item = collectionItem(type);
  if (item) {
    if (!Array.isArray(v)) throw bodyRead(`A collection of '${item}' was expected, got ${Array.isArray(v) ? 'an array' : typeof v}.`);
    return v.map((x) => toValue(x, item));
  }
  switch (type) {
    case 'Edm.Int32':
    case 'Edm.Int64':
      return toInteger(v, type);
    case 'Edm.Double':
      return toDouble(v, type);
    case 'Edm.Boolean':
      return toBoolean(v, type);
    case 'Edm.String':
    case 'Edm.Binary':
      if (typeof v !== 'string') throw cannotConvert(v, type);
      return v;
    case 'Edm.DateTimeOffset':
    case 'Edm.Date':
    case 'Edm.TimeOfDay':
    case 'Edm.Guid':
      if (typeof v !== 'string' || !LITERAL[type](v)) throw cannotConvert(v, type);
      return v;
    default:
      break;
  }
  if (v1Enum(type)) return toEnum(v, type);
  if (v1Type(type)) {
    if (!isRecord(v)) throw bodyRead(`An object of type 'microsoft.graph.${type}' was expected.`);
    return parseRequestBody(v, annotatedType(v) ?? type);
  }
  // A type the model does not hold (attachments, extensions): passed on as sent.
  return v;
}

/**
 * Reads a JSON request body as Graph does for the schema type `typeName` (an entity, complex or action type of
 * the v1.0 model): every property gets the name the CSDL gives it and a value of its declared type.
 */
export function parseRequestBody(body: Record<string, unknown>, typeName: string): Record<string, unknown> {
  const declared = declaredProperties(typeName);
  const t = v1Type(typeName);
  // Open types without declared properties are maps (Planner assignments, checklist, references): any key.
  const isMap = t?.open === true && Object.keys(t.properties).length === 0;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (isAnnotation(key)) {
      out[key] = value;
      continue;
    }
    if (isMap) {
      const entryType = isRecord(value) ? annotatedType(value) : undefined;
      out[key] = entryType && isRecord(value) ? parseRequestBody(value, entryType) : value;
      continue;
    }
    const p = declared.get(key.toLowerCase());
    if (!p) {
      throw bodyRead(`The property '${key}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
    out[p.name] = toValue(value, p.type);
  }
  return out;
}
