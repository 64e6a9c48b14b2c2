import { StoreError } from '../errors.js';

const conflictCodes = new Set(['23505', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE']);

/** Wraps a driver's error in a `StoreError`: a uniqueness violation is a conflict, anything else unavailability. */
export function toStoreError(cause: unknown, sql: string): StoreError {
  if (cause instanceof StoreError) return cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const statement = sql.trim().split(/\s+/).slice(0, 3).join(' ');
  if (conflictCodes.has(code)) return new StoreError('STORE_CONFLICT', `${statement}…: a unique key is taken (${code})`, { cause });
  return new StoreError('STORE_UNAVAILABLE', `${statement}… failed${code === '' ? '' : ` (${code})`}`, { cause });
}
