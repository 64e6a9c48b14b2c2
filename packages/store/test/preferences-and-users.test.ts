import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };

afterAll(dropTestSchemas);

describe.each(adapters)('$name preferences, efforts, users, sync and token cache', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('keeps a stakeholder’s tone, and forgets it when the preference is replaced without one', async () => {
    await db.store.preferences.put(alice, { stakeholderId: 'lena@northwind.example', tone: 'diplomatic', language: 'de-DE', workedHolidays: [], updatedAt: at('2025-09-01T08:00:00Z') });
    expect(await db.store.preferences.get(alice, 'lena@northwind.example')).toEqual({
      stakeholderId: 'lena@northwind.example',
      tone: 'diplomatic',
      language: 'de-DE',
      workedHolidays: [],
      updatedAt: '2025-09-01T08:00:00Z',
    });
    await db.store.preferences.put(alice, { stakeholderId: 'lena@northwind.example', workedHolidays: [], updatedAt: at('2025-09-02T08:00:00Z') });
    expect((await db.store.preferences.get(alice, 'lena@northwind.example'))?.tone).toBeUndefined();
    expect(await db.store.preferences.get(aliceElsewhere, 'lena@northwind.example')).toBeUndefined();
  });

  it('deletes one stakeholder’s preference and keeps the others', async () => {
    for (const id of ['a@x.example', 'b@x.example']) await db.store.preferences.put(alice, { stakeholderId: id, workedHolidays: [], updatedAt: at('2025-09-01T08:00:00Z') });
    await db.store.preferences.delete(alice, 'a@x.example');
    expect((await db.store.preferences.list(alice)).map((p) => p.stakeholderId)).toEqual(['b@x.example']);
  });

  it('keeps fractional effort hours exactly', async () => {
    await db.store.efforts.put(alice, { itemId: 'task-1', hours: 2.75, updatedAt: at('2025-09-01T08:00:00Z') });
    expect(await db.store.efforts.list(alice)).toEqual([{ itemId: 'task-1', hours: 2.75, updatedAt: '2025-09-01T08:00:00Z' }]);
  });

  it('records first and last use, and a status change only for a known user', async () => {
    await db.store.users.touch(alice, at('2025-09-01T08:00:00Z'));
    await db.store.users.touch(alice, at('2025-09-03T08:00:00Z'));
    expect(await db.store.users.get(alice)).toEqual({ firstSeenAt: '2025-09-01T08:00:00Z', lastSeenAt: '2025-09-03T08:00:00Z', status: 'active' });
    expect(await db.store.users.setStatus(alice, 'needs-consent', at('2025-09-04T08:00:00Z'))).toBe(true);
    expect(await db.store.users.get(alice)).toMatchObject({ status: 'needs-consent', statusChangedAt: '2025-09-04T08:00:00Z' });
    expect(await db.store.users.setStatus(aliceElsewhere, 'inactive', at('2025-09-04T08:00:00Z'))).toBe(false);
    expect(await db.store.users.get(aliceElsewhere)).toBeUndefined();
  });

  it('replaces the sync cursor and the token cache blob per user', async () => {
    await db.store.sync.put(alice, 'one', at('2025-09-01T08:00:00Z'));
    await db.store.sync.put(alice, 'two', at('2025-09-01T09:00:00Z'));
    await db.store.tokenCache.put(alice, 'blob-1', at('2025-09-01T08:00:00Z'));
    await db.store.tokenCache.put(alice, 'blob-2', at('2025-09-01T09:00:00Z'));
    expect(await db.store.sync.get(alice)).toBe('two');
    expect(await db.store.tokenCache.get(alice)).toBe('blob-2');
    expect(await db.store.tokenCache.get(aliceElsewhere)).toBeUndefined();
    await db.store.tokenCache.delete(alice);
    expect(await db.store.tokenCache.get(alice)).toBeUndefined();
  });

  it('refuses an instant that is not one, with a typed error', async () => {
    await expect(db.store.sync.put(alice, 'x', at('yesterday'))).rejects.toMatchObject({ code: 'STORE_INVALID_INPUT' });
  });
});
