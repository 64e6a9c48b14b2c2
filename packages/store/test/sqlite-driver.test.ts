import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('shares one connection per file in a process, open until its last user closes it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'upfront-driver-')), 'shared.db');
    const first = openSqliteDriver(file);
    const second = openSqliteDriver(file);
    await first.run('CREATE TABLE t (n INTEGER NOT NULL)');
    // Inside first's transaction, second's statement waits its turn instead of blocking the process on the lock.
    const inserts = [
      first.transaction(async (tx) => {
        await tx.run('INSERT INTO t (n) VALUES (1)');
        await nextTurn();
        await tx.run('INSERT INTO t (n) VALUES (2)');
      }),
      second.run('INSERT INTO t (n) VALUES (3)'),
    ];
    await Promise.all(inserts);
    await first.close();
    await first.close();
    expect((await second.all<{ n: number }>('SELECT n FROM t ORDER BY rowid')).map((r) => r.n)).toEqual([1, 2, 3]);
    await second.close();
    await expect(second.all('SELECT n FROM t')).rejects.toThrow();
  });

  it('keeps in-memory databases apart', async () => {
    const one = openSqliteDriver(':memory:');
    const two = openSqliteDriver(':memory:');
    await one.run('CREATE TABLE t (n INTEGER)');
    await expect(two.all('SELECT n FROM t')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await one.close();
    await two.close();
  });
});
