import type { Instant } from '@upfront/core';
import { migrations, userTables } from './migrations.js';
import {
  type EffortOverrideRow,
  type StakeholderPreferenceRow,
  toEffortOverride,
  toStakeholderPreference,
  toStakeholderPreferenceRow,
} from './rows.js';
import type { SqlDriver } from './sql-driver.js';
import type { EffortOverride, StakeholderPreference, Store, UserKey } from './types.js';

/** Applies the migrations not yet recorded, each in its own transaction. */
export async function migrate(driver: SqlDriver): Promise<number> {
  await driver.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set((await driver.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  let applied = 0;
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await driver.transaction(async (tx) => {
      for (const statement of migration.sql) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, new Date().toISOString()]);
    });
    applied += 1;
  }
  return applied;
}

/** The Store on any SqlDriver: one set of portable SQL for SQLite and PostgreSQL. */
export function createSqlStore(driver: SqlDriver): Store {
  const who = (key: UserKey) => [key.tenantId, key.userId] as const;
  return {
    async touchUser(key, at) {
      await driver.run(
        `INSERT INTO users (tenant_id, user_id, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET last_seen_at = excluded.last_seen_at`,
        [...who(key), at],
      );
    },
    async listStakeholderPreferences(key) {
      const rows = await driver.all<StakeholderPreferenceRow>(
        `SELECT stakeholder_id, deadline_style, language, worked_holidays, updated_at FROM stakeholder_preferences
         WHERE tenant_id = $1 AND user_id = $2 ORDER BY stakeholder_id`,
        who(key),
      );
      return rows.map(toStakeholderPreference);
    },
    async putStakeholderPreference(key, preference: StakeholderPreference) {
      const row = toStakeholderPreferenceRow(preference);
      await driver.run(
        `INSERT INTO stakeholder_preferences (tenant_id, user_id, stakeholder_id, deadline_style, language, worked_holidays, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id, user_id, stakeholder_id) DO UPDATE SET deadline_style = excluded.deadline_style,
           language = excluded.language, worked_holidays = excluded.worked_holidays, updated_at = excluded.updated_at`,
        [...who(key), row.stakeholder_id, row.deadline_style, row.language, row.worked_holidays, row.updated_at],
      );
    },
    async listEffortOverrides(key) {
      const rows = await driver.all<EffortOverrideRow>(
        'SELECT item_id, hours, updated_at FROM effort_overrides WHERE tenant_id = $1 AND user_id = $2 ORDER BY item_id',
        who(key),
      );
      return rows.map(toEffortOverride);
    },
    async putEffortOverride(key, override: EffortOverride) {
      await driver.run(
        `INSERT INTO effort_overrides (tenant_id, user_id, item_id, hours, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (tenant_id, user_id, item_id) DO UPDATE SET hours = excluded.hours, updated_at = excluded.updated_at`,
        [...who(key), override.itemId, override.hours, override.updatedAt],
      );
    },
    async deleteEffortOverride(key, itemId) {
      await driver.run('DELETE FROM effort_overrides WHERE tenant_id = $1 AND user_id = $2 AND item_id = $3', [...who(key), itemId]);
    },
    async getSyncState(key) {
      const rows = await driver.all<{ state: string }>('SELECT state FROM sync_states WHERE tenant_id = $1 AND user_id = $2', who(key));
      return rows[0]?.state;
    },
    async putSyncState(key, state, at: Instant) {
      await driver.run(
        `INSERT INTO sync_states (tenant_id, user_id, state, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        [...who(key), state, at],
      );
    },
    async forgetUser(key) {
      await driver.transaction(async (tx) => {
        for (const table of userTables) await tx.run(`DELETE FROM ${table} WHERE tenant_id = $1 AND user_id = $2`, who(key));
      });
    },
    close: () => driver.close(),
  };
}
