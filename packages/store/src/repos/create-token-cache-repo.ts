import type { SqlDriver } from '../driver/sql-driver.js';
import { toStoredInstant } from '../instants.js';
import type { TokenCacheRepo } from '../types.js';
import { whoOf } from './who-of.js';

/** One opaque token-cache blob per user (the caller encrypts it; the store never reads inside). */
export function createTokenCacheRepo(driver: SqlDriver): TokenCacheRepo {
  return {
    async get(key) {
      const rows = await driver.all<{ cache_blob: string }>(
        'SELECT cache_blob FROM token_caches WHERE tenant_id = $1 AND user_id = $2',
        whoOf(key),
      );
      return rows[0]?.cache_blob;
    },
    async put(key, blob, at) {
      await driver.run(
        `INSERT INTO token_caches (tenant_id, user_id, cache_blob, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET cache_blob = excluded.cache_blob, updated_at = excluded.updated_at`,
        [...whoOf(key), blob, toStoredInstant(at)],
      );
    },
    async delete(key) {
      await driver.run('DELETE FROM token_caches WHERE tenant_id = $1 AND user_id = $2', whoOf(key));
    },
  };
}
