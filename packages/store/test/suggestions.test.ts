import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at, on } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };

afterAll(dropTestSchemas);

describe.each(adapters)('$name suggestion history', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('replaces a suggestion’s status, and clears the snooze time when it is no longer snoozed', async () => {
    const id = 'heads-up:task-1:lena@northwind.example:2025-09-01';
    await db.store.suggestions.put(alice, { suggestionId: id, status: 'snoozed', fingerprint: 'at-risk|2025-09-05', snoozedUntil: at('2025-09-02T07:00:00Z'), updatedAt: at('2025-09-01T08:00:00Z') });
    expect(await db.store.suggestions.get(alice, id)).toEqual({
      suggestionId: id,
      status: 'snoozed',
      fingerprint: 'at-risk|2025-09-05',
      snoozedUntil: '2025-09-02T07:00:00Z',
      updatedAt: '2025-09-01T08:00:00Z',
    });
    await db.store.suggestions.put(alice, { suggestionId: id, status: 'drafted', fingerprint: 'at-risk|2025-09-05', draftKey: 'ab12', updatedAt: at('2025-09-02T08:00:00Z') });
    expect(await db.store.suggestions.list(alice)).toEqual([
      { suggestionId: id, status: 'drafted', fingerprint: 'at-risk|2025-09-05', draftKey: 'ab12', updatedAt: '2025-09-02T08:00:00Z' },
    ]);
    expect(await db.store.suggestions.list(aliceElsewhere)).toEqual([]);
  });

  it('keeps the first promised date of an item when the promise slips', async () => {
    await db.store.suggestions.putItem(alice, { itemId: 'task-1', firstPromisedOn: on('2025-12-01'), lastState: 'at-risk', lastPromisedOn: on('2025-12-01'), sinceOn: on('2025-11-28'), updatedAt: at('2025-11-28T08:00:00Z') });
    await db.store.suggestions.putItem(alice, {
      itemId: 'task-1',
      firstPromisedOn: on('2025-12-04'),
      lastState: 'off-track',
      lastPromisedOn: on('2025-12-04'),
      sinceOn: on('2025-11-30'),
      fromState: 'at-risk',
      previousPromisedOn: on('2025-12-01'),
      updatedAt: at('2025-11-30T08:00:00Z'),
    });
    expect(await db.store.suggestions.listItems(alice)).toEqual([
      {
        itemId: 'task-1',
        firstPromisedOn: '2025-12-01',
        lastState: 'off-track',
        lastPromisedOn: '2025-12-04',
        sinceOn: '2025-11-30',
        fromState: 'at-risk',
        previousPromisedOn: '2025-12-01',
        updatedAt: '2025-11-30T08:00:00Z',
      },
    ]);
  });

  it('takes the first promise from a later update when the item had none', async () => {
    await db.store.suggestions.putItem(alice, { itemId: 'task-2', lastState: 'on-track', sinceOn: on('2025-11-28'), updatedAt: at('2025-11-28T08:00:00Z') });
    await db.store.suggestions.putItem(alice, { itemId: 'task-2', firstPromisedOn: on('2025-12-03'), lastState: 'at-risk', lastPromisedOn: on('2025-12-03'), sinceOn: on('2025-11-29'), updatedAt: at('2025-11-29T08:00:00Z') });
    expect((await db.store.suggestions.listItems(alice))[0]?.firstPromisedOn).toBe('2025-12-03');
  });

  it('remembers the last suggestion per stakeholder and hands everything to core as its memory', async () => {
    await db.store.suggestions.putStakeholder(alice, { stakeholderId: 'lena@northwind.example', lastSuggestedOn: on('2025-11-28'), lastSeverity: 'at-risk', lastSuggestionId: 's-1', updatedAt: at('2025-11-28T08:00:00Z') });
    await db.store.suggestions.putStakeholder(alice, { stakeholderId: 'lena@northwind.example', lastSuggestedOn: on('2025-11-29'), lastSeverity: 'off-track', lastSuggestionId: 's-2', updatedAt: at('2025-11-29T08:00:00Z') });
    await db.store.suggestions.put(alice, { suggestionId: 's-2', status: 'dismissed', fingerprint: 'f-2', updatedAt: at('2025-11-29T08:00:00Z') });
    await db.store.suggestions.put(alice, { suggestionId: 's-3', status: 'snoozed', fingerprint: 'f-3', snoozedUntil: at('2025-11-30T07:00:00Z'), updatedAt: at('2025-11-29T08:00:00Z') });
    await db.store.suggestions.put(alice, { suggestionId: 's-4', status: 'open', fingerprint: 'f-4', updatedAt: at('2025-11-29T08:00:00Z') });
    await db.store.suggestions.putItem(alice, { itemId: 'task-1', firstPromisedOn: on('2025-12-01'), lastState: 'at-risk', lastPromisedOn: on('2025-12-01'), sinceOn: on('2025-11-28'), updatedAt: at('2025-11-28T08:00:00Z') });
    await db.store.suggestions.putItem(alice, { itemId: 'task-2', lastState: 'on-track', sinceOn: on('2025-11-28'), updatedAt: at('2025-11-28T08:00:00Z') });
    expect(await db.store.suggestions.loadMemory(alice)).toEqual({
      dismissed: [{ id: 's-2', fingerprint: 'f-2' }],
      snoozed: [{ id: 's-3', until: '2025-11-30T07:00:00Z' }],
      firstPromised: [{ itemId: 'task-1', on: '2025-12-01' }],
      lastByStakeholder: [{ stakeholderId: 'lena@northwind.example', on: '2025-11-29', severity: 'off-track', suggestionId: 's-2' }],
      items: [
        { itemId: 'task-1', state: 'at-risk', promisedOn: '2025-12-01', sinceOn: '2025-11-28' },
        { itemId: 'task-2', state: 'on-track', sinceOn: '2025-11-28' },
      ],
    });
    expect(await db.store.suggestions.loadMemory(aliceElsewhere)).toEqual({ dismissed: [], snoozed: [], firstPromised: [], lastByStakeholder: [], items: [] });
  });
});
