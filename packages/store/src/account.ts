import type { SqlDriver } from './driver/sql-driver.js';
import { userTables } from './migrations.js';
import { whoOf } from './repos/who-of.js';
import type { AccountRepo } from './types.js';

/**
 * "Give me my data" and "forget me", over the one list of per-user tables (`userTables`). A test reads the schema
 * from the database and fails when a table keyed by tenant and user is not on that list.
 */
export function createAccountRepo(driver: SqlDriver): AccountRepo {
  return {
    async exportUser(key) {
      const tables: Record<string, Record<string, unknown>[]> = {};
      await driver.transaction(async (tx) => {
        for (const table of userTables) {
          tables[table] = await tx.all<Record<string, unknown>>(`SELECT * FROM ${table} WHERE tenant_id = $1 AND user_id = $2`, whoOf(key));
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
