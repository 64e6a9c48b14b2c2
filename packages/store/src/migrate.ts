import type { SqlDriver } from './driver/sql-driver.js';
import { migrations } from './migrations.js';

/**
 * Applies the migrations not yet recorded, each in its own transaction, holding the schema lock so that
 * several instances and workers starting at once apply each version once. Returns how many it applied.
 */
export async function migrate(driver: SqlDriver, appliedAt: string): Promise<number> {
  return driver.exclusive(async (session) => {
    await session.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    let applied = 0;
    for (const migration of migrations) {
      const done = await session.transaction(async (tx) => {
        // Read inside the transaction: on SQLite `BEGIN IMMEDIATE` is what excludes other processes.
        const rows = await tx.all('SELECT version FROM schema_migrations WHERE version = $1', [migration.version]);
        if (rows.length > 0) return false;
        for (const statement of migration.sql) await tx.run(statement);
        await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, appliedAt]);
        return true;
      });
      if (done) applied += 1;
    }
    return applied;
  });
}
