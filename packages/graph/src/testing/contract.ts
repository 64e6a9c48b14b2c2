import { readFileSync } from 'node:fs';

/** Microsoft's documented Graph examples, kept in this package (`fixtures/graph-contract`, sources and licence in its README). */
export const CONTRACT_DIR = new URL('../../fixtures/graph-contract/', import.meta.url);

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
