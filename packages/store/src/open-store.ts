import { StoreError } from './errors.js';
import { openPostgresDriver } from './postgres/postgres-driver.js';
import type { SqlDriver } from './sql-driver.js';
import { createSqlStore, migrate } from './sql-store.js';
import { openSqliteDriver } from './sqlite/sqlite-driver.js';
import type { Store } from './types.js';

/**
 * Opens the store a database URL names and brings its schema up to date. The scheme picks the adapter:
 * `sqlite:./data/local.db`, `sqlite::memory:`, or `postgres://user@host:5432/db`.
 * @example await openStore('sqlite::memory:')
 */
export async function openStore(databaseUrl: string): Promise<Store> {
  const driver = openDriver(databaseUrl);
  try {
    await migrate(driver);
  } catch (cause) {
    await driver.close();
    throw new StoreError('STORE_UNAVAILABLE', `could not migrate the database at ${redact(databaseUrl)}`, { cause });
  }
  return createSqlStore(driver);
}

function openDriver(databaseUrl: string): SqlDriver {
  if (databaseUrl.startsWith('sqlite:')) return openSqliteDriver(databaseUrl.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return openPostgresDriver(databaseUrl);
  throw new StoreError('STORE_BAD_URL', `DATABASE_URL must start with sqlite: or postgres://, got ${redact(databaseUrl)}`);
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
