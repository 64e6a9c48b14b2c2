import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createSerialQueue } from './create-serial-queue.js';
import type { SqlDriver } from './sql-driver.js';
import { toStoreError } from './to-store-error.js';

const toNamed = (sql: string) => sql.replace(/\$(\d+)/g, '@p$1');
const toParams = (params: readonly unknown[]) => Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]));

/** How long a statement waits for another process's write lock before it fails (`SQLITE_BUSY`). */
const BUSY_TIMEOUT_MS = 5000;

interface SharedDatabase {
  readonly driver: SqlDriver;
  users: number;
}

/**
 * One connection and one queue per database file in this process. better-sqlite3 waits for another connection's
 * lock synchronously (`busy_timeout` blocks the event loop), so two connections of one process would deadlock:
 * the second's `BEGIN IMMEDIATE` blocks the loop the first needs to reach its `COMMIT`. Sharing the connection makes
 * stores opened twice on one file (server and in-process worker, tests) take turns in the queue instead.
 */
const shared = new Map<string, SharedDatabase>();

/**
 * Opens a SQLite file (created with its folder if missing) or `:memory:`, in WAL mode. Opening a file this process
 * already has open shares that connection; it closes when the last opener closes it.
 */
export function openSqliteDriver(path: string): SqlDriver {
  if (path === ':memory:') return openConnection(path);
  const file = resolve(path);
  let entry = shared.get(file);
  if (entry === undefined) {
    entry = { driver: openConnection(file), users: 0 };
    shared.set(file, entry);
  }
  entry.users += 1;
  const { driver } = entry;
  let closed = false;
  return {
    ...driver,
    close: async () => {
      if (closed) return;
      closed = true;
      const current = shared.get(file);
      if (current === undefined) return;
      current.users -= 1;
      if (current.users > 0) return;
      shared.delete(file);
      await current.driver.close();
    },
  };
}

/**
 * One connection.
 *
 * better-sqlite3 is synchronous, but a transaction spans `await`s, so two async transactions on one connection
 * could interleave (the second `BEGIN` would fail, or its statements land in the first). Every statement and
 * transaction therefore goes through one queue per database: a transaction holds it from `BEGIN IMMEDIATE` (which
 * takes the write lock at once, so other processes wait up to `busy_timeout` instead of failing mid-way) to
 * `COMMIT`/`ROLLBACK`, and the driver bound to it runs its statements directly.
 */
function openConnection(path: string): SqlDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  const queue = createSerialQueue();
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(toNamed(sql));
      statements.set(sql, statement);
    }
    return statement;
  };
  const attempt = <T>(sql: string, work: () => T): T => {
    try {
      return work();
    } catch (cause) {
      throw toStoreError(cause, sql);
    }
  };
  const exec = (sql: string) => attempt(sql, () => db.exec(sql));

  const direct: SqlDriver = {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: readonly unknown[] = []) => attempt(sql, () => prepare(sql).all(toParams(params)) as T[]),
    run: async (sql, params = []) => {
      attempt(sql, () => {
        if (params.length === 0 && !/\$\d/.test(sql)) db.exec(sql);
        else prepare(sql).run(toParams(params));
      });
    },
    transaction: async (work) => {
      exec('BEGIN IMMEDIATE');
      try {
        const result = await work(direct);
        exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) exec('ROLLBACK');
        throw error;
      }
    },
    exclusive: (work) => work(direct),
    close: async () => {
      db.close();
    },
  };

  return {
    dialect: 'sqlite',
    all: (sql, params) => queue.run(() => direct.all(sql, params)),
    run: (sql, params) => queue.run(() => direct.run(sql, params)),
    transaction: (work) => queue.run(() => direct.transaction(work)),
    exclusive: (work) => queue.run(() => work(direct)),
    close: () => queue.run(() => direct.close()),
  };
}
