import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { UserStatus, UsersRepo } from '../types.js';
import { whoOf } from './who-of.js';

interface UserRow {
  first_seen_at: string;
  last_seen_at: string;
  status: string;
  status_changed_at: string | null;
}

/** The users that used the app, and whether background work may run for them. */
export function createUsersRepo(driver: SqlDriver): UsersRepo {
  return {
    async touch(key, at) {
      await driver.run(
        `INSERT INTO users (tenant_id, user_id, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
        [...whoOf(key), toStoredInstant(at)],
      );
    },
    async get(key) {
      const rows = await driver.all<UserRow>(
        'SELECT first_seen_at, last_seen_at, status, status_changed_at FROM users WHERE tenant_id = $1 AND user_id = $2',
        whoOf(key),
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      return {
        firstSeenAt: fromStoredInstant(row.first_seen_at),
        lastSeenAt: fromStoredInstant(row.last_seen_at),
        status: row.status as UserStatus,
        ...(row.status_changed_at === null ? {} : { statusChangedAt: fromStoredInstant(row.status_changed_at) }),
      };
    },
    async setStatus(key, status, at) {
      const rows = await driver.all(
        'UPDATE users SET status = $3, status_changed_at = $4 WHERE tenant_id = $1 AND user_id = $2 RETURNING user_id',
        [...whoOf(key), status, toStoredInstant(at)],
      );
      return rows.length > 0;
    },
  };
}
