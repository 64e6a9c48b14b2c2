import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const bob = { tenantId: 'tenant-a', userId: 'bob' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };

const document = { focusFactor: 0.6, defaultEffortHours: { low: 0.5, normal: 2.5, high: 6 }, suggestionKinds: { 'meeting-brief': false } };

afterAll(dropTestSchemas);

describe.each(adapters)('$name user settings', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('keeps one document per user, as it was given, with the moment it was saved', async () => {
    expect(await db.store.settings.get(alice)).toBeUndefined();
    await db.store.settings.put(alice, document, at('2025-09-01T08:00:00Z'));
    expect(await db.store.settings.get(alice)).toEqual({ settings: document, updatedAt: '2025-09-01T08:00:00Z' });
  });

  it('replaces the document on a second save instead of merging it', async () => {
    await db.store.settings.put(alice, document, at('2025-09-01T08:00:00Z'));
    await db.store.settings.put(alice, { horizonDays: 30 }, at('2025-09-02T08:00:00Z'));
    expect(await db.store.settings.get(alice)).toEqual({ settings: { horizonDays: 30 }, updatedAt: '2025-09-02T08:00:00Z' });
    const rows = await db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM user_settings WHERE tenant_id = $1 AND user_id = $2', ['tenant-a', 'alice']);
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('keeps each user to their own document, the same user id in another tenant included', async () => {
    await db.store.settings.put(alice, document, at('2025-09-01T08:00:00Z'));
    await db.store.settings.put(bob, { focusFactor: 0.9 }, at('2025-09-01T09:00:00Z'));
    expect(await db.store.settings.get(aliceElsewhere)).toBeUndefined();
    expect((await db.store.settings.get(bob))?.settings).toEqual({ focusFactor: 0.9 });
    await db.store.settings.delete(bob);
    expect(await db.store.settings.get(bob)).toBeUndefined();
    expect((await db.store.settings.get(alice))?.settings).toEqual(document);
  });

  it('is seen by another store on the same database', async () => {
    await db.store.settings.put(alice, document, at('2025-09-01T08:00:00Z'));
    const other = await db.openAnother();
    expect((await other.settings.get(alice))?.settings).toEqual(document);
  });
});
