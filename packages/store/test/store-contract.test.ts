import type { LocalDate } from '@upfront/core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store, StoreError } from '../src/index.js';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const bob = { tenantId: 'tenant-a', userId: 'bob' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };

afterAll(dropTestSchemas);

// The flat methods are deprecated delegates to the repositories; they keep working until the server has moved.
describe.each(adapters)('$name store (flat methods)', (adapter) => {
  let db: TestDatabase;
  let store: Store;
  beforeEach(async () => {
    db = await adapter.open();
    store = db.store;
  });
  afterEach(async () => {
    await db.close();
  });

  it('keeps stakeholder preferences per user and replaces them on update', async () => {
    await store.preferences.put(alice, {
      stakeholderId: 'lena@northwind.example',
      deadlineStyle: { kind: 'exact-time', time: '12:00' as never },
      workedHolidays: ['2025-10-03' as LocalDate],
      updatedAt: at('2025-09-01T08:00:00Z'),
    });
    await store.preferences.put(alice, {
      stakeholderId: 'lena@northwind.example',
      deadlineStyle: { kind: 'end-of-day' },
      language: 'de-DE',
      workedHolidays: [],
      updatedAt: at('2025-09-02T08:00:00Z'),
    });
    expect(await store.preferences.list(alice)).toEqual([
      { stakeholderId: 'lena@northwind.example', deadlineStyle: { kind: 'end-of-day' }, language: 'de-DE', workedHolidays: [], updatedAt: '2025-09-02T08:00:00Z' },
    ]);
  });

  it('never shows one user or tenant the rows of another', async () => {
    await store.efforts.put(alice, { itemId: 'task-1', hours: 3, updatedAt: at('2025-09-01T08:00:00Z') });
    await store.sync.put(alice, '{"calendar":"delta-1"}', at('2025-09-01T08:00:00Z'));
    expect(await store.efforts.list(bob)).toEqual([]);
    expect(await store.efforts.list(aliceElsewhere)).toEqual([]);
    expect(await store.sync.get(aliceElsewhere)).toBeUndefined();
    expect(await store.efforts.list(alice)).toEqual([{ itemId: 'task-1', hours: 3, updatedAt: '2025-09-01T08:00:00Z' }]);
  });

  it('deletes an effort override and keeps the others', async () => {
    await store.efforts.put(alice, { itemId: 'a', hours: 1.5, updatedAt: at('2025-09-01T08:00:00Z') });
    await store.efforts.put(alice, { itemId: 'b', hours: 2, updatedAt: at('2025-09-01T08:00:00Z') });
    await store.efforts.delete(alice, 'a');
    expect((await store.efforts.list(alice)).map((o) => o.itemId)).toEqual(['b']);
  });

  it('replaces the sync state instead of adding a second one', async () => {
    await store.sync.put(alice, 'one', at('2025-09-01T08:00:00Z'));
    await store.sync.put(alice, 'two', at('2025-09-01T09:00:00Z'));
    expect(await store.sync.get(alice)).toBe('two');
  });

  it('forgets everything of one user and nothing of anyone else', async () => {
    for (const key of [alice, bob]) {
      await store.users.touch(key, at('2025-09-01T08:00:00Z'));
      await store.efforts.put(key, { itemId: 'x', hours: 1, updatedAt: at('2025-09-01T08:00:00Z') });
      await store.sync.put(key, 's', at('2025-09-01T08:00:00Z'));
      await store.preferences.put(key, { stakeholderId: 'p', workedHolidays: [], updatedAt: at('2025-09-01T08:00:00Z') });
    }
    await store.account.forgetUser(alice);
    expect(await store.efforts.list(alice)).toEqual([]);
    expect(await store.preferences.list(alice)).toEqual([]);
    expect(await store.sync.get(alice)).toBeUndefined();
    expect(await store.efforts.list(bob)).toHaveLength(1);
    expect(await store.sync.get(bob)).toBe('s');
  });

  it('treats values that look like SQL as plain data', async () => {
    const hostile = "x'); DROP TABLE effort_overrides; --";
    await store.efforts.put(alice, { itemId: hostile, hours: 1, updatedAt: at('2025-09-01T08:00:00Z') });
    expect((await store.efforts.list(alice)).map((o) => o.itemId)).toEqual([hostile]);
  });
});

describe('openStore', () => {
  it('names the accepted schemes when the URL has another', async () => {
    await expect(openStore('mysql://localhost/x')).rejects.toThrow(StoreError);
    await expect(openStore('mysql://user:secret@localhost/x')).rejects.toThrow(/sqlite: or postgres:\/\/.*user:\*\*\*@/);
  });

  it('creates the SQLite file and its folder, and reopens it with the data kept', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const file = join(mkdtempSync(join(tmpdir(), 'upfront-store-')), 'nested', 'local.db');
    const first = await openStore(`sqlite:${file}`);
    await first.sync.put(alice, 'kept', at('2025-09-01T08:00:00Z'));
    await first.close();
    const second = await openStore(`sqlite:${file}`);
    expect(await second.sync.get(alice)).toBe('kept');
    await second.close();
  });
});
