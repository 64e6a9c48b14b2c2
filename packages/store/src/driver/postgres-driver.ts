import pg from 'pg';
import { StoreError } from '../errors.js';
import type { SqlDriver } from './sql-driver.js';
import { toStoreError } from './to-store-error.js';

type Queryable = pg.Pool | pg.PoolClient;

async function query<T>(on: Queryable, sql: string, params: readonly unknown[]): Promise<T[]> {
  try {
    return (await on.query(sql, [...params])).rows as T[];
  } catch (cause) {
    throw toStoreError(cause, sql);
  }
}

async function inTransaction<T>(client: pg.PoolClient, work: (tx: SqlDriver) => Promise<T>): Promise<T> {
  await query(client, 'BEGIN', []);
  let result: T;
  try {
    result = await work(onClient(client));
  } catch (error) {
    // A failed ROLLBACK means the session is gone; its error is what the caller needs (the pool drops the client).
    await query(client, 'ROLLBACK', []);
    throw error;
  }
  await query(client, 'COMMIT', []);
  return result;
}

/** One session: statements run on this client, a transaction is `BEGIN`…`COMMIT` on it. */
function onClient(client: pg.PoolClient): SqlDriver {
  const driver: SqlDriver = {
    dialect: 'postgres',
    all: <T>(sql: string, params: readonly unknown[] = []) => query<T>(client, sql, params),
    run: async (sql, params = []) => {
      await query(client, sql, params);
    },
    transaction: (work) => inTransaction(client, work),
    exclusive: (work) => work(driver),
    close: async () => undefined,
  };
  return driver;
}

// One lock per schema, so stores in different schemas of one database (tests, tenants' own schemas) do not wait
// for each other; `hashtext` maps the name onto the lock's integer key.
const LOCK_KEY_SQL = `hashtext('upfront-store-schema:' || current_schema())`;

/** What the driver reports that no caller is waiting for (an idle pooled connection that died). */
export type BackgroundErrorHandler = (error: StoreError) => void;

/**
 * Opens a PostgreSQL pool for a `postgres://` URL. A pooled connection that dies while idle (the database restarted)
 * is reported to `onBackgroundError` and replaced on the next query; without the handler the pool's `error` event
 * would end the process.
 */
export function openPostgresDriver(url: string, onBackgroundError: BackgroundErrorHandler): SqlDriver {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', (cause) => onBackgroundError(toStoreError(cause, 'IDLE CONNECTION')));
  const withClient = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (cause) {
      throw toStoreError(cause, 'CONNECT');
    }
    try {
      const result = await work(client);
      client.release();
      return result;
    } catch (error) {
      // A connection-level failure leaves the session unusable: destroy it rather than hand it out again.
      client.release(error instanceof StoreError && error.code === 'STORE_UNAVAILABLE');
      throw error;
    }
  };
  return {
    dialect: 'postgres',
    all: <T>(sql: string, params: readonly unknown[] = []) => query<T>(pool, sql, params),
    run: async (sql, params = []) => {
      await query(pool, sql, params);
    },
    transaction: (work) => withClient((client) => inTransaction(client, work)),
    // Session-level advisory lock: held across the transactions `work` runs, released even when it fails.
    exclusive: (work) =>
      withClient(async (client) => {
        await query(client, `SELECT pg_advisory_lock(${LOCK_KEY_SQL})`, []);
        try {
          return await work(onClient(client));
        } finally {
          await query(client, `SELECT pg_advisory_unlock(${LOCK_KEY_SQL})`, []);
        }
      }),
    close: () => pool.end(),
  };
}
