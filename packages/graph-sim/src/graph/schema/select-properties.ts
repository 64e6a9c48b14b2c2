import { GraphHttpError, type GraphRequest } from '../graph-http.js';
import { collectionItem, declaredProperties, v1Enum, type DeclaredProperty } from './v1-schema.js';

/** The properties a `$select` asks for, checked against the resource's v1.0 type. */
export interface Selection {
  properties: readonly DeclaredProperty[];
  /** Outlook and Planner answer `id` with any selection; the directory only when it is selected. */
  keepId: boolean;
}

/** How each service names the type in its `$select` error, and the code it answers. */
function unknownProperty(typeName: string, name: string): GraphHttpError {
  if (typeName === 'user') return new GraphHttpError(400, 'Request_BadRequest', `Could not find a property named '${name}' on type 'Microsoft.DirectoryServices.User'.`);
  if (typeName.startsWith('planner')) return new GraphHttpError(400, 'BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`);
  // Outlook (events, messages, people, To Do): https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/6427, …/8020
  const outlookType = `Microsoft.OutlookServices.${typeName.charAt(0).toUpperCase()}${typeName.slice(1)}`;
  return new GraphHttpError(400, 'RequestBroker--ParseUri', `Could not find a property named '${name}' on type '${outlookType}'.`);
}

/** `$select=subject,microsoft.graph.event/start` → the declared properties, or a 400 for a name the type lacks. */
export function parseSelect(req: GraphRequest, typeName: string): Selection | undefined {
  const raw = req.query.get('$select');
  if (!raw || raw.trim() === '*') return undefined;
  const declared = declaredProperties(typeName);
  const properties: DeclaredProperty[] = [];
  for (const part of raw.split(',')) {
    const name = part.trim().replace(/^microsoft\.graph\.\w+\//i, '');
    if (!name) continue;
    const p = declared.get(name.toLowerCase());
    if (!p) throw unknownProperty(typeName, name);
    if (!properties.includes(p)) properties.push(p);
  }
  return { properties, keepId: typeName !== 'user' };
}

/** What Graph answers for a property the item has no value for: `[]`, `null`, or a non-nullable type's default. */
function emptyValue(p: DeclaredProperty): unknown {
  if (collectionItem(p.type)) return [];
  if (p.nullable) return null;
  switch (p.type) {
    case 'Edm.DateTimeOffset': return '0001-01-01T00:00:00Z';
    case 'Edm.Int32': case 'Edm.Int64': case 'Edm.Double': return 0;
    case 'Edm.Boolean': return false;
    case 'Edm.String': return '';
    case 'Edm.Guid': return '00000000-0000-0000-0000-000000000000';
    default: return v1Enum(p.type)?.members[0] ?? null;
  }
}

/**
 * Projects one entity onto a selection: annotations, `id`, every selected property (its value, else `null`, `[]`
 * for a collection, or the default of a non-nullable type), and the navigation properties the request expanded (`keep`).
 */
export function applySelect(entity: Record<string, unknown>, selection: Selection | undefined, keep: readonly string[] = []): Record<string, unknown> {
  if (!selection) return entity;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entity)) if (k.startsWith('@') || (k === 'id' && selection.keepId)) out[k] = v;
  for (const p of selection.properties) {
    if (p.navigation) {
      if (entity[p.name] !== undefined) out[p.name] = entity[p.name];
      continue;
    }
    const v = entity[p.name];
    out[p.name] = v !== undefined ? v : emptyValue(p);
    // Outlook answers `locations` along with a selected `location`.
    if (p.name === 'location' && entity['locations'] !== undefined) out['locations'] = entity['locations'];
  }
  for (const k of keep) if (entity[k] !== undefined) out[k] = entity[k];
  return out;
}
