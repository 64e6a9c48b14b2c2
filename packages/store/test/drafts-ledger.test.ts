import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };
const key = 'f3a9c2e1-digest-2025-w36';

afterAll(dropTestSchemas);

describe.each(adapters)('$name draft ledger', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('goes pending → creating → created, keeping only the key, the message id and link', async () => {
    const pending = await db.store.drafts.ensure(alice, key, at('2025-09-01T08:00:00Z'));
    expect(pending).toEqual({ draftKey: key, state: 'pending', attempts: 0, createdAt: '2025-09-01T08:00:00Z', updatedAt: '2025-09-01T08:00:00Z' });
    const claim = await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:01Z'));
    expect(claim).toMatchObject({ won: true, entry: { state: 'creating', attempts: 1 } });
    expect(await db.store.drafts.markCreated(alice, key, { messageId: 'AAMk-1', webLink: 'https://outlook.example/AAMk-1' }, at('2025-09-01T08:00:02Z'))).toBe(true);
    expect(await db.store.drafts.get(alice, key)).toEqual({
      draftKey: key,
      state: 'created',
      messageId: 'AAMk-1',
      webLink: 'https://outlook.example/AAMk-1',
      attempts: 1,
      createdAt: '2025-09-01T08:00:00Z',
      updatedAt: '2025-09-01T08:00:02Z',
    });
  });

  it('lets exactly one of many concurrent claims win, and tells the others what stands', async () => {
    const claims = await Promise.all(Array.from({ length: 8 }, () => db.store.drafts.claim(alice, key, at('2025-09-01T08:00:00Z'))));
    expect(claims.filter((c) => c.won)).toHaveLength(1);
    expect(claims.filter((c) => !c.won).every((c) => c.entry.state === 'creating')).toBe(true);
    expect((await db.store.drafts.get(alice, key))?.attempts).toBe(1);
  });

  it('lets exactly one claim win across two instances on the same database', async () => {
    const other = await db.openAnother();
    const claims = await Promise.all([
      ...Array.from({ length: 4 }, () => db.store.drafts.claim(alice, key, at('2025-09-01T08:00:00Z'))),
      ...Array.from({ length: 4 }, () => other.drafts.claim(alice, key, at('2025-09-01T08:00:00Z'))),
    ]);
    expect(claims.filter((c) => c.won)).toHaveLength(1);
  });

  it('answers a claim on a created draft with its message id, without winning', async () => {
    await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:00Z'));
    await db.store.drafts.markCreated(alice, key, { messageId: 'AAMk-1' }, at('2025-09-01T08:00:01Z'));
    const again = await db.store.drafts.claim(alice, key, at('2025-09-08T08:00:00Z'), { staleBefore: at('2025-09-08T07:55:00Z') });
    expect(again).toMatchObject({ won: false, entry: { state: 'created', messageId: 'AAMk-1', attempts: 1 } });
  });

  it('changes nothing when a transition does not start from creating', async () => {
    await db.store.drafts.ensure(alice, key, at('2025-09-01T08:00:00Z'));
    expect(await db.store.drafts.markCreated(alice, key, { messageId: 'AAMk-1' }, at('2025-09-01T08:00:01Z'))).toBe(false);
    expect(await db.store.drafts.markFailed(alice, key, 'GRAPH_UNAVAILABLE', at('2025-09-01T08:00:01Z'))).toBe(false);
    expect((await db.store.drafts.get(alice, key))?.state).toBe('pending');
    expect(await db.store.drafts.markCreated(alice, 'no-such-key', { messageId: 'AAMk-1' }, at('2025-09-01T08:00:01Z'))).toBe(false);
  });

  it('keeps the error of a failed attempt and lets the next claim win again', async () => {
    await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:00Z'));
    expect(await db.store.drafts.markFailed(alice, key, 'GRAPH_UNAVAILABLE', at('2025-09-01T08:00:05Z'))).toBe(true);
    expect(await db.store.drafts.get(alice, key)).toMatchObject({ state: 'failed', error: 'GRAPH_UNAVAILABLE', attempts: 1 });
    const retry = await db.store.drafts.claim(alice, key, at('2025-09-01T08:01:00Z'));
    expect(retry.won).toBe(true);
    expect(retry.entry).toMatchObject({ state: 'creating', attempts: 2 });
    expect(retry.entry.error).toBeUndefined();
  });

  it('reclaims a creating entry only once it is older than the caller’s staleness bound', async () => {
    await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:00Z'));
    // Claimed at 08:00:00; a bound of 07:59:00 (one minute stale) does not reach it, 08:00:30 does.
    expect((await db.store.drafts.claim(alice, key, at('2025-09-01T08:01:00Z'), { staleBefore: at('2025-09-01T07:59:00Z') })).won).toBe(false);
    expect((await db.store.drafts.claim(alice, key, at('2025-09-01T08:01:00Z'))).won).toBe(false);
    const reclaimed = await db.store.drafts.claim(alice, key, at('2025-09-01T08:01:00Z'), { staleBefore: at('2025-09-01T08:00:30Z') });
    expect(reclaimed).toMatchObject({ won: true, entry: { attempts: 2, updatedAt: '2025-09-01T08:01:00Z' } });
  });

  it('compares instants in time order whatever their precision', async () => {
    await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:00.500Z'));
    // 08:00:00Z is half a second before the claim: not stale yet (as text, "…00Z" would sort after "…00.500Z").
    expect((await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:01Z'), { staleBefore: at('2025-09-01T08:00:00Z') })).won).toBe(false);
    expect((await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:01Z'), { staleBefore: at('2025-09-01T08:00:00.501Z') })).won).toBe(true);
  });

  it('lists creating entries older than a bound across users, oldest first, with their keys', async () => {
    await db.store.drafts.claim(alice, 'k-late', at('2025-09-01T08:05:00Z'));
    await db.store.drafts.claim(aliceElsewhere, 'k-early', at('2025-09-01T08:00:00Z'));
    await db.store.drafts.claim(alice, 'k-fresh', at('2025-09-01T08:09:00Z'));
    await db.store.drafts.claim(alice, 'k-done', at('2025-09-01T08:00:00Z'));
    await db.store.drafts.markCreated(alice, 'k-done', { messageId: 'm' }, at('2025-09-01T08:00:01Z'));
    const stale = await db.store.drafts.listStale(at('2025-09-01T08:08:00Z'), 10);
    expect(stale.map((s) => [s.key.tenantId, s.entry.draftKey])).toEqual([
      ['tenant-b', 'k-early'],
      ['tenant-a', 'k-late'],
    ]);
    expect(await db.store.drafts.listStale(at('2025-09-01T08:08:00Z'), 1)).toHaveLength(1);
  });

  it('keeps the same draft key apart per tenant', async () => {
    await db.store.drafts.claim(alice, key, at('2025-09-01T08:00:00Z'));
    expect(await db.store.drafts.get(aliceElsewhere, key)).toBeUndefined();
    expect((await db.store.drafts.claim(aliceElsewhere, key, at('2025-09-01T08:00:00Z'))).won).toBe(true);
    expect(await db.store.drafts.list(alice)).toHaveLength(1);
  });
});
