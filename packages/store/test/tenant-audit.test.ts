import { describe, expect, it } from 'vitest';
import { createSqlStore } from '../src/create-sql-store.js';
import type { SqlDriver } from '../src/driver/sql-driver.js';
import { openSqliteDriver } from '../src/driver/sqlite-driver.js';
import { migrate } from '../src/migrate.js';
import { userTables } from '../src/migrations.js';
import { at, populateEveryTable } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };

/** A real driver that records every statement it is given (a query audit, not a fake). */
function auditing(driver: SqlDriver, seen: string[]): SqlDriver {
  return {
    dialect: driver.dialect,
    all: (sql, params) => {
      seen.push(sql);
      return driver.all(sql, params);
    },
    run: (sql, params) => {
      seen.push(sql);
      return driver.run(sql, params);
    },
    transaction: (work) => driver.transaction((tx) => work(auditing(tx, seen))),
    exclusive: (work) => driver.exclusive((session) => work(auditing(session, seen))),
    close: () => driver.close(),
  };
}

const touchesUserTable = (sql: string) => userTables.some((table) => new RegExp(`\\b${table}\\b`).test(sql));
const isScoped = (sql: string) =>
  /\btenant_id = \$1 AND user_id = \$2\b/.test(sql) || /^\s*INSERT INTO \w+ \(tenant_id, user_id,/.test(sql) || /^\s*INSERT INTO jobs \(id, tenant_id, user_id,/.test(sql);

describe('tenant audit', () => {
  it('puts tenant and user into every statement a per-user method sends to a per-user table', async () => {
    const driver = openSqliteDriver(':memory:');
    await migrate(driver, '2025-09-01T00:00:00Z');
    const seen: string[] = [];
    const store = createSqlStore(auditing(driver, seen));
    await populateEveryTable(store, alice);
    const now = at('2025-09-01T09:00:00Z');
    await Promise.all([
      store.users.get(alice),
      store.users.setStatus(alice, 'inactive', now),
      store.preferences.list(alice),
      store.preferences.get(alice, 'x'),
      store.preferences.delete(alice, 'x'),
      store.efforts.list(alice),
      store.efforts.delete(alice, 'x'),
      store.sync.get(alice),
      store.suggestions.loadMemory(alice),
      store.suggestions.get(alice, 'x'),
      store.drafts.list(alice),
      store.drafts.get(alice, 'x'),
      store.drafts.markCreated(alice, 'digest-2025-w36', { messageId: 'm' }, now),
      store.drafts.markFailed(alice, 'x', 'E', now),
      store.schedules.get(alice),
      store.schedules.recordRun(alice, { periodDone: 'p', nextRunAt: now }, now),
      store.schedules.delete(alice),
      store.tokenCache.get(alice),
      store.tokenCache.delete(alice),
      store.account.exportUser(alice),
      store.account.forgetUser(alice),
    ]);
    const perUser = seen.filter(touchesUserTable);
    expect(perUser.length).toBeGreaterThan(30);
    expect(perUser.filter((sql) => !isScoped(sql))).toEqual([]);
    await store.close();
  });
});
