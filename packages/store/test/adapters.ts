import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, type Store } from '../src/index.js';

/** A fresh database for one test: the store, a second store on the same database, and raw SQL for assertions. */
export interface TestDatabase {
  readonly url: string;
  readonly store: Store;
  /** Opens another store on the same database (another instance or worker). */
  openAnother(): Promise<Store>;
  /** Reads straight from the database, bypassing the store. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Names of the tables (with their columns) as the database itself lists them. */
  listColumns(): Promise<{ table: string; column: string }[]>;
  close(): Promise<void>;
}

/** One adapter of the contract suite. */
export interface Adapter {
  readonly name: 'sqlite' | 'postgres';
  /** A URL of a fresh, empty database (no store opened on it yet). */
  freshUrl(): Promise<string>;
  open(): Promise<TestDatabase>;
}

function sqliteAdapter(): Adapter {
  const freshUrl = async () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'upfront-store-')), 'test.db')}`;
  return {
    name: 'sqlite',
    freshUrl,
    async open() {
      const url = await freshUrl();
      const store = await openStore(url);
      const raw = new Database(url.slice('sqlite:'.length));
      const others: Store[] = [];
      // The assertions' SQL numbers its parameters in order, so `$n` maps onto SQLite's positional `?`.
      const positional = (sql: string) => sql.replace(/\$\d+/g, '?');
      return {
        url,
        store,
        async openAnother() {
          const other = await openStore(url);
          others.push(other);
          return other;
        },
        query: async <T>(sql: string, params: readonly unknown[] = []) => raw.prepare(positional(sql)).all(...params) as T[],
        listColumns: async () =>
          raw
            .prepare("SELECT m.name AS \"table\", p.name AS \"column\" FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'")
            .all() as { table: string; column: string }[],
        async close() {
          for (const other of others) await other.close();
          await store.close();
          raw.close();
        },
      };
    },
  };
}

function postgresAdapter(baseUrl: string): Adapter {
  const freshUrl = async () => {
    const schema = `store_test_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    createdSchemas.push(schema);
    const url = new URL(baseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };
  return {
    name: 'postgres',
    freshUrl,
    async open() {
      const url = await freshUrl();
      const store = await openStore(url);
      const raw = new pg.Pool({ connectionString: url, max: 2 });
      const others: Store[] = [];
      return {
        url,
        store,
        async openAnother() {
          const other = await openStore(url);
          others.push(other);
          return other;
        },
        query: async <T>(sql: string, params: readonly unknown[] = []) => (await raw.query(sql, [...params])).rows as T[],
        listColumns: async () =>
          (
            await raw.query<{ table: string; column: string }>(
              `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
               WHERE table_schema = current_schema()`,
            )
          ).rows,
        async close() {
          for (const other of others) await other.close();
          await store.close();
          await raw.end();
        },
      };
    },
  };
}

const createdSchemas: string[] = [];
const postgresUrl = process.env.TEST_POSTGRES_URL;

/** SQLite always; PostgreSQL when `TEST_POSTGRES_URL` is set. */
export const adapters: readonly Adapter[] = postgresUrl ? [sqliteAdapter(), postgresAdapter(postgresUrl)] : [sqliteAdapter()];

/** Drops the PostgreSQL schemas the tests created (call from `afterAll`). */
export async function dropTestSchemas(): Promise<void> {
  if (!postgresUrl || createdSchemas.length === 0) return;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  for (const schema of createdSchemas.splice(0)) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
}
