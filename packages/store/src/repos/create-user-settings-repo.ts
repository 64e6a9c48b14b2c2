import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { UserSettingsRepo } from '../types.js';
import { parseJsonColumn } from './parse-json-column.js';
import { whoOf } from './who-of.js';

/** One settings document per user (working preferences, suggestion kinds), stored as JSON text. */
export function createUserSettingsRepo(driver: SqlDriver): UserSettingsRepo {
  return {
    async get(key) {
      const rows = await driver.all<{ settings: string; updated_at: string }>(
        'SELECT settings, updated_at FROM user_settings WHERE tenant_id = $1 AND user_id = $2',
        whoOf(key),
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      return { settings: parseJsonColumn<Record<string, unknown>>(row.settings, 'user_settings.settings'), updatedAt: fromStoredInstant(row.updated_at) };
    },
    async put(key, settings, at) {
      await driver.run(
        `INSERT INTO user_settings (tenant_id, user_id, settings, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
        [...whoOf(key), JSON.stringify(settings), toStoredInstant(at)],
      );
    },
    async delete(key) {
      await driver.run('DELETE FROM user_settings WHERE tenant_id = $1 AND user_id = $2', whoOf(key));
    },
  };
}
