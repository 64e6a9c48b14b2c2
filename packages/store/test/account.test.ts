import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { populateEveryTable } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const bob = { tenantId: 'tenant-a', userId: 'bob' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };

afterAll(dropTestSchemas);

describe.each(adapters)('$name account', (adapter) => {
  let db: TestDatabase;
  let userTables: string[];
  beforeEach(async () => {
    db = await adapter.open();
    // The schema as the database itself lists it, not as our code believes it to be.
    const columns = await db.listColumns();
    const byTable = new Map<string, Set<string>>();
    for (const { table, column } of columns) byTable.set(table, (byTable.get(table) ?? new Set()).add(column));
    userTables = [...byTable].filter(([, cols]) => cols.has('tenant_id') && cols.has('user_id')).map(([table]) => table).sort();
    for (const key of [alice, bob, aliceElsewhere]) await populateEveryTable(db.store, key);
  });
  afterEach(async () => {
    await db.close();
  });

  const countOf = async (table: string, key: { tenantId: string; userId: string }) => {
    const rows = await db.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table} WHERE tenant_id = $1 AND user_id = $2`, [key.tenantId, key.userId]);
    return Number(rows[0]?.n);
  };

  it('finds the per-user tables in the schema (the test itself would pass vacuously otherwise)', () => {
    expect(userTables.length).toBeGreaterThanOrEqual(11);
    expect(userTables).toContain('draft_ledger');
    expect(userTables).not.toContain('schema_migrations');
  });

  it('exports every row of every table keyed by tenant and user, and only the user’s own', async () => {
    const exported = await db.store.account.exportUser(alice);
    expect(Object.keys(exported.tables).sort()).toEqual(userTables);
    for (const table of userTables) {
      const rows = exported.tables[table] ?? [];
      // populateEveryTable wrote a row into each table; one that stays empty means the populate helper misses it.
      expect(rows.length, table).toBe(await countOf(table, alice));
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) expect([row.tenant_id, row.user_id], table).toEqual(['tenant-a', 'alice']);
    }
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  it('leaves the token cache’s blob out of the export and keeps the rest of its row', async () => {
    const exported = await db.store.account.exportUser(alice);
    const [row] = exported.tables.token_caches ?? [];
    expect(row).toEqual({ tenant_id: 'tenant-a', user_id: 'alice', updated_at: '2025-09-01T08:00:00.000Z' });
    expect(JSON.stringify(exported)).not.toContain('opaque-encrypted-blob');
  });

  it('forgets every row of the user in every table and nothing of the same user id in another tenant or of a colleague', async () => {
    await db.store.account.forgetUser(alice);
    for (const table of userTables) {
      expect(await countOf(table, alice), table).toBe(0);
      expect(await countOf(table, bob), table).toBeGreaterThan(0);
      expect(await countOf(table, aliceElsewhere), table).toBeGreaterThan(0);
    }
    const exported = await db.store.account.exportUser(alice);
    expect(Object.values(exported.tables).every((rows) => rows.length === 0)).toBe(true);
  });

  it('stores no message body or subject in the draft ledger', async () => {
    const ledgerColumns = (await db.listColumns()).filter((c) => c.table === 'draft_ledger').map((c) => c.column).sort();
    expect(ledgerColumns).toEqual(['attempts', 'created_at', 'draft_key', 'error', 'message_id', 'state', 'tenant_id', 'updated_at', 'user_id', 'web_link']);
  });
});
