import type { LocalTime, TimeZoneId } from '@upfront/core';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestSchedule } from '../src/index.js';
import { adapters, dropTestSchemas, type TestDatabase } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const bob = { tenantId: 'tenant-a', userId: 'bob' };
const aliceElsewhere = { tenantId: 'tenant-b', userId: 'alice' };

const weekly = (nextRunAt: string, enabled = true): DigestSchedule => ({
  enabled,
  audienceIds: ['lena@northwind.example', 'jonas@northwind.example'],
  weekday: 5,
  localTime: '16:00' as LocalTime,
  timeZone: 'Europe/Berlin' as TimeZoneId,
  nextRunAt: at(nextRunAt),
  updatedAt: at('2025-09-01T08:00:00Z'),
});

afterAll(dropTestSchemas);

describe.each(adapters)('$name digest schedules', (adapter) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await adapter.open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('keeps one schedule per user and replaces it', async () => {
    await db.store.schedules.put(alice, weekly('2025-09-05T14:00:00Z'));
    await db.store.schedules.put(alice, { ...weekly('2025-09-04T14:00:00Z'), weekday: 4, audienceIds: ['lena@northwind.example'] });
    expect(await db.store.schedules.get(alice)).toEqual({
      enabled: true,
      audienceIds: ['lena@northwind.example'],
      weekday: 4,
      localTime: '16:00',
      timeZone: 'Europe/Berlin',
      nextRunAt: '2025-09-04T14:00:00Z',
      updatedAt: '2025-09-01T08:00:00Z',
    });
    expect(await db.store.schedules.get(aliceElsewhere)).toBeUndefined();
    await db.store.schedules.delete(alice);
    expect(await db.store.schedules.get(alice)).toBeUndefined();
  });

  it('lists the enabled schedules due by now across tenants, earliest first, up to the limit', async () => {
    await db.store.schedules.put(alice, weekly('2025-09-05T14:00:00Z'));
    await db.store.schedules.put(aliceElsewhere, weekly('2025-09-05T06:00:00Z'));
    await db.store.schedules.put(bob, weekly('2025-09-05T14:00:01Z'));
    await db.store.schedules.put({ tenantId: 'tenant-a', userId: 'carol' }, weekly('2025-09-01T00:00:00Z', false));
    const due = await db.store.schedules.listDue(at('2025-09-05T14:00:00Z'), 10);
    expect(due).toEqual([
      { key: aliceElsewhere, nextRunAt: '2025-09-05T06:00:00Z' },
      { key: alice, nextRunAt: '2025-09-05T14:00:00Z' },
    ]);
    expect(await db.store.schedules.listDue(at('2025-09-05T14:00:00Z'), 1)).toEqual([{ key: aliceElsewhere, nextRunAt: '2025-09-05T06:00:00Z' }]);
  });

  it('advances a schedule once when two schedulers record the same run', async () => {
    await db.store.schedules.put(alice, weekly('2025-09-05T14:00:00Z'));
    const run = { periodDone: '2025-W36', nextRunAt: at('2025-09-12T14:00:00Z'), expectedNextRunAt: at('2025-09-05T14:00:00Z') };
    const [first, second] = await Promise.all([
      db.store.schedules.recordRun(alice, run, at('2025-09-05T14:00:05Z')),
      db.store.schedules.recordRun(alice, run, at('2025-09-05T14:00:05Z')),
    ]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(await db.store.schedules.get(alice)).toMatchObject({ lastPeriodDone: '2025-W36', nextRunAt: '2025-09-12T14:00:00Z' });
    expect(await db.store.schedules.listDue(at('2025-09-05T14:00:05Z'), 10)).toEqual([]);
    expect(await db.store.schedules.recordRun(bob, run, at('2025-09-05T14:00:05Z'))).toBe(false);
  });
});
