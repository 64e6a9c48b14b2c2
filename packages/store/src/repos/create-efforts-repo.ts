import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { EffortsRepo } from '../types.js';
import { whoOf } from './who-of.js';

interface EffortOverrideRow {
  item_id: string;
  hours: number | string;
  updated_at: string;
}

/** The user's effort overrides per item. */
export function createEffortsRepo(driver: SqlDriver): EffortsRepo {
  return {
    async list(key) {
      const rows = await driver.all<EffortOverrideRow>(
        'SELECT item_id, hours, updated_at FROM effort_overrides WHERE tenant_id = $1 AND user_id = $2 ORDER BY item_id',
        whoOf(key),
      );
      return rows.map((row) => ({ itemId: row.item_id, hours: Number(row.hours), updatedAt: fromStoredInstant(row.updated_at) }));
    },
    async put(key, override) {
      await driver.run(
        `INSERT INTO effort_overrides (tenant_id, user_id, item_id, hours, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, user_id, item_id) DO UPDATE SET hours = excluded.hours, updated_at = excluded.updated_at`,
        [...whoOf(key), override.itemId, override.hours, toStoredInstant(override.updatedAt)],
      );
    },
    async delete(key, itemId) {
      await driver.run('DELETE FROM effort_overrides WHERE tenant_id = $1 AND user_id = $2 AND item_id = $3', [...whoOf(key), itemId]);
    },
  };
}
