import { StoreError } from './errors.js';
import { createSqlStore } from './create-sql-store.js';
import { openPostgresDriver } from './driver/postgres-driver.js';
import type { SqlDriver } from './driver/sql-driver.js';
import { openSqliteDriver } from './driver/sqlite-driver.js';
import { migrate } from './migrate.js';
import type { Store } from './types.js';

/** How the store reports what happens outside any call. */
export interface OpenStoreOptions {
  /** An idle PostgreSQL connection died (the next query reconnects); give it to the logger. Default: dropped. */
  readonly onBackgroundError?: (error: StoreError) => void;
}

// The pool replaces a dead idle connection by itself and the next query reports any lasting failure, so an
// unobserved background error loses nothing a caller could act on.
const ignoreBackgroundError = (): void => undefined;

/**
 * Opens the store a database URL names and brings its schema up to date (under the schema lock, so several
 * instances and workers may open one database at once). The scheme picks the adapter:
 * `sqlite:./data/local.db`, `sqlite::memory:`, or `postgres://user@host:5432/db`.
 * @example await openStore('sqlite::memory:')
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  const driver = openDriver(databaseUrl, options);
  try {
    await migrate(driver, new Date().toISOString());
  } catch (cause) {
    await driver.close();
    throw new StoreError('STORE_UNAVAILABLE', `could not migrate the database at ${redact(databaseUrl)}`, { cause });
  }
  return createSqlStore(driver);
}

function openDriver(databaseUrl: string, options: OpenStoreOptions): SqlDriver {
  if (databaseUrl.startsWith('sqlite:')) return openSqliteDriver(databaseUrl.slice('sqlite:'.length));
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return openPostgresDriver(databaseUrl, options.onBackgroundError ?? ignoreBackgroundError);
  throw new StoreError('STORE_BAD_URL', `DATABASE_URL must start with sqlite: or postgres://, got ${redact(databaseUrl)}`);
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
