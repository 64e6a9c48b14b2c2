import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlDriver } from '../sql-driver.js';

const toNamed = (sql: string) => sql.replace(/\$(\d+)/g, '@p$1');
const toParams = (params: readonly unknown[]) => Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]));

/** Opens a SQLite file (created with its folder if missing) or `:memory:`, in WAL mode. */
export function openSqliteDriver(path: string): SqlDriver {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(toNamed(sql));
      statements.set(sql, statement);
    }
    return statement;
  };
  const driver: SqlDriver = {
    dialect: 'sqlite',
    all: async <T>(sql: string, params: readonly unknown[] = []) => prepare(sql).all(toParams(params)) as T[],
    run: async (sql, params = []) => {
      if (params.length === 0 && !/\$\d/.test(sql)) db.exec(sql);
      else prepare(sql).run(toParams(params));
    },
    // better-sqlite3 is synchronous, so nothing else can interleave between BEGIN and COMMIT
    // as long as `work` only awaits this driver.
    transaction: async (work) => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(driver);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    close: async () => {
      db.close();
    },
  };
  return driver;
}
