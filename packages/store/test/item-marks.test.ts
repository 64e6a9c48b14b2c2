import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const bob = { tenantId: 'tenant-a', userId: 'bob' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };

afterAll(dropTestSchemas);

describe.each(adapters)('$name item marks', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('keeps a snooze with its end and a done-for-now with its fingerprint, one mark per item', async () => {
    await db.store.itemMarks.put(alice, { itemId: 'b', kind: 'snoozed', until: at('2025-03-25T07:00:00Z'), updatedAt: at('2025-03-24T08:00:00Z') });
    await db.store.itemMarks.put(alice, { itemId: 'a', kind: 'done-for-now', fingerprint: 'at-risk|2025-03-28', updatedAt: at('2025-03-24T08:00:00Z') });
    expect(await db.store.itemMarks.list(alice)).toEqual([
      { itemId: 'a', kind: 'done-for-now', fingerprint: 'at-risk|2025-03-28', updatedAt: '2025-03-24T08:00:00Z' },
      { itemId: 'b', kind: 'snoozed', until: '2025-03-25T07:00:00Z', updatedAt: '2025-03-24T08:00:00Z' },
    ]);
    // Marking again replaces the mark (a snooze after done for now drops the fingerprint).
    await db.store.itemMarks.put(alice, { itemId: 'a', kind: 'snoozed', until: at('2025-03-31T06:00:00Z'), updatedAt: at('2025-03-24T09:00:00Z') });
    expect((await db.store.itemMarks.list(alice)).find((m) => m.itemId === 'a')).toEqual({
      itemId: 'a',
      kind: 'snoozed',
      until: '2025-03-31T06:00:00Z',
      updatedAt: '2025-03-24T09:00:00Z',
    });
    expect(await db.query('SELECT item_id FROM item_marks')).toHaveLength(2);
  });

  it("keeps each user's marks apart, by tenant and user, and deletes only the user's own", async () => {
    const mark = { itemId: 'shared-id', kind: 'done-for-now' as const, fingerprint: 'on-track|-', updatedAt: at('2025-03-24T08:00:00Z') };
    await db.store.itemMarks.put(alice, mark);
    await db.store.itemMarks.put(aliceElsewhere, { ...mark, fingerprint: 'overdue|-' });
    expect(await db.store.itemMarks.list(bob)).toEqual([]);
    await db.store.itemMarks.delete(bob, 'shared-id');
    await db.store.itemMarks.delete(aliceElsewhere, 'shared-id');
    expect((await db.store.itemMarks.list(alice)).map((m) => m.fingerprint)).toEqual(['on-track|-']);
    expect(await db.store.itemMarks.list(aliceElsewhere)).toEqual([]);
  });
});
