import type { SqlDriver } from './driver/sql-driver.js';
import { userTables } from './migrations.js';
import { whoOf } from './repos/who-of.js';
import type { AccountRepo } from './types.js';

/**
 * Columns an export leaves out: secrets that are the user's only in a technical sense. The token cache holds
 * refresh tokens (encrypted); handing them out in a file the user downloads would put them where we cannot protect them.
 */
const unexported: Readonly<Partial<Record<(typeof userTables)[number], readonly string[]>>> = { token_caches: ['cache_blob'] };

/**
 * "Give me my data" and "forget me", over the one list of per-user tables (`userTables`); the export has every row
 * with every column except the token cache's blob. A test reads the schema
 * from the database and fails when a table keyed by tenant and user is not on that list.
 */
export function createAccountRepo(driver: SqlDriver): AccountRepo {
  return {
    async exportUser(key) {
      const tables: Record<string, Record<string, unknown>[]> = {};
      await driver.transaction(async (tx) => {
        for (const table of userTables) {
          const rows = await tx.all<Record<string, unknown>>(`SELECT * FROM ${table} WHERE tenant_id = $1 AND user_id = $2`, whoOf(key));
          const hidden = unexported[table] ?? [];
          tables[table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !hidden.includes(column))));
        }
      });
      return { tenantId: key.tenantId, userId: key.userId, tables };
    },
    async forgetUser(key) {
      await driver.transaction(async (tx) => {
        for (const table of userTables) await tx.run(`DELETE FROM ${table} WHERE tenant_id = $1 AND user_id = $2`, whoOf(key));
      });
    },
  };
}
