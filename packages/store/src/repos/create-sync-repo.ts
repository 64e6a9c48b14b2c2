import type { SqlDriver } from '../driver/sql-driver.js';
import { toStoredInstant } from '../instants.js';
import type { SyncRepo } from '../types.js';
import { whoOf } from './who-of.js';

/** One opaque sync cursor per user. */
export function createSyncRepo(driver: SqlDriver): SyncRepo {
  return {
    async get(key) {
      const rows = await driver.all<{ state: string }>('SELECT state FROM sync_states WHERE tenant_id = $1 AND user_id = $2', whoOf(key));
      return rows[0]?.state;
    },
    async put(key, state, at) {
      await driver.run(
        `INSERT INTO sync_states (tenant_id, user_id, state, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        [...whoOf(key), state, toStoredInstant(at)],
      );
    },
  };
}
