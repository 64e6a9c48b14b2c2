import { StoreError } from '../errors.js';

/** Parses a JSON column; invalid JSON is a corrupt row. */
export function parseJsonColumn<T>(text: string, column: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new StoreError('STORE_CORRUPT', `column ${column} holds invalid JSON`, { cause });
  }
}
