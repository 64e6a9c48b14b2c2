import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/migrations.js';
import { openStore, type StoreError } from '../src/index.js';
import { adapters, dropTestSchemas } from './adapters.js';
import { at } from './populate.js';

const alice = { tenantId: 'tenant-a', userId: 'alice' };
const versions = migrations.map((m) => m.version);

afterAll(dropTestSchemas);

describe.each(adapters)('$name migrations', (adapter) => {
  it('lets five stores open one fresh database at once, each version applied once', async () => {
    const url = await adapter.freshUrl();
    const stores = await Promise.all(Array.from({ length: 5 }, () => openStore(url)));
    try {
      await stores[0]!.sync.put(alice, 'written by the first', at('2025-09-01T08:00:00Z'));
      expect(await stores[4]!.sync.get(alice)).toBe('written by the first');
    } finally {
      for (const store of stores) await store.close();
    }
    expect(await appliedVersions(url)).toEqual(versions);
  });

  it('applies nothing twice when a store reopens an up-to-date database', async () => {
    const url = await adapter.freshUrl();
    await (await openStore(url)).close();
    const before = await appliedVersions(url, true);
    await (await openStore(url)).close();
    expect(await appliedVersions(url, true)).toEqual(before);
  });
});

describe.each(adapters.filter((a) => a.name === 'postgres'))('$name connection loss', (adapter) => {
  it('reports an idle connection the server ended, and answers the next call on a new one', async () => {
    const url = new URL(await adapter.freshUrl());
    const applicationName = `upfront-store-test-${process.pid}`;
    url.searchParams.set('application_name', applicationName);
    let reported: (error: StoreError) => void = () => undefined;
    const backgroundError = new Promise<StoreError>((resolve) => {
      reported = resolve;
    });
    const store = await openStore(url.toString(), { onBackgroundError: (error) => reported(error) });
    try {
      await store.sync.put(alice, 'before', at('2025-09-01T08:00:00Z'));
      const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
      await admin.connect();
      const ended = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
      await admin.end();
      expect(ended.rowCount).toBeGreaterThan(0);
      expect(await backgroundError).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect(await store.sync.get(alice)).toBe('before');
    } finally {
      await store.close();
    }
  });
});

/** The versions recorded in the database (with when, if asked), read without the store. */
async function appliedVersions(url: string, withTime = false): Promise<unknown[]> {
  const sql = 'SELECT version, applied_at FROM schema_migrations ORDER BY version';
  const rows = url.startsWith('sqlite:')
    ? (() => {
        const db = new Database(url.slice('sqlite:'.length), { readonly: true });
        try {
          return db.prepare(sql).all() as { version: number; applied_at: string }[];
        } finally {
          db.close();
        }
      })()
    : await (async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return (await client.query<{ version: number; applied_at: string }>(sql)).rows;
        } finally {
          await client.end();
        }
      })();
  return rows.map((r) => (withTime ? [Number(r.version), r.applied_at] : Number(r.version)));
}
