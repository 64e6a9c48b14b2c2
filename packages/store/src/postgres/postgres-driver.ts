import pg from 'pg';
import type { SqlDriver } from '../sql-driver.js';

function onClient(client: pg.PoolClient): SqlDriver {
  const driver: SqlDriver = {
    dialect: 'postgres',
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as T[],
    run: async (sql, params = []) => {
      await client.query(sql, [...params]);
    },
    transaction: (work) => work(driver),
    close: async () => undefined,
  };
  return driver;
}

/** Opens a PostgreSQL pool for a `postgres://` URL. */
export function openPostgresDriver(url: string): SqlDriver {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params: readonly unknown[] = []) => (await pool.query(sql, [...params])).rows as T[],
    run: async (sql, params = []) => {
      await pool.query(sql, [...params]);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
