import { readFileSync } from 'node:fs';

/** The shared, read-only Graph contract corpus (`../shared/graph-contract` beside the repository), relative to this package. */
export const CONTRACT_DIR = new URL('../../../../../shared/graph-contract/', import.meta.url);

export interface ContractExample {
  endpoint: string;
  request: { method: string; url: string; headers: Record<string, string>; body: unknown };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

/** Reads one documented example, e.g. `loadContract('me.get.1')`. */
export function loadContract(name: string): ContractExample {
  return JSON.parse(readFileSync(new URL(`${name}.json`, CONTRACT_DIR), 'utf8')) as ContractExample;
}

/** The documented response body, typed by the caller (wire types are subsets of the documented bodies). */
export function contractBody<T>(name: string): T {
  return loadContract(name).response.body as T;
}
