import { describe, expect, it } from 'vitest';
import { openSqliteDriver } from '../src/driver/sqlite-driver.js';
import { StoreError } from '../src/index.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('sqlite driver', () => {
  it('never interleaves two async transactions, nor a statement into an open transaction', async () => {
    const driver = openSqliteDriver(':memory:');
    await driver.run('CREATE TABLE t (n INTEGER NOT NULL)');
    const rolledBack = driver.transaction(async (tx) => {
      await tx.run('INSERT INTO t (n) VALUES (1)');
      await nextTurn(); // the other transaction and the plain insert are queued meanwhile
      await tx.run('INSERT INTO t (n) VALUES (2)');
      throw new Error('abandoned');
    });
    const committed = driver.transaction(async (tx) => {
      await tx.run('INSERT INTO t (n) VALUES (3)');
    });
    const plain = driver.run('INSERT INTO t (n) VALUES (4)');
    await expect(rolledBack).rejects.toThrow('abandoned');
    await committed;
    await plain;
    // Interleaved, 3 would have failed ("cannot start a transaction within a transaction") and 4 rolled back with 1, 2.
    expect((await driver.all<{ n: number }>('SELECT n FROM t ORDER BY n')).map((r) => r.n)).toEqual([3, 4]);
    await driver.close();
  });

  it('runs statements in the order they were queued', async () => {
    const driver = openSqliteDriver(':memory:');
    await driver.run('CREATE TABLE t (n INTEGER NOT NULL)');
    await Promise.all([1, 2, 3, 4, 5].map((n) => driver.run('INSERT INTO t (n) VALUES ($1)', [n])));
    expect((await driver.all<{ n: number }>('SELECT n FROM t ORDER BY rowid')).map((r) => r.n)).toEqual([1, 2, 3, 4, 5]);
    await driver.close();
  });

  it('reports a taken unique key as a conflict and other failures as unavailability, with the cause', async () => {
    const driver = openSqliteDriver(':memory:');
    await driver.run('CREATE TABLE t (n INTEGER PRIMARY KEY)');
    await driver.run('INSERT INTO t (n) VALUES ($1)', [1]);
    const conflict = await driver.run('INSERT INTO t (n) VALUES ($1)', [1]).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(StoreError);
    expect(conflict).toMatchObject({ code: 'STORE_CONFLICT' });
    await expect(driver.run('INSERT INTO missing (n) VALUES ($1)', [1])).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(await driver.all('SELECT n FROM t')).toEqual([{ n: 1 }]);
    await driver.close();
  });
});
