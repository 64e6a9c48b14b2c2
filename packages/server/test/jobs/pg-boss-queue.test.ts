import { afterEach, describe, expect, it } from 'vitest';
import { createPgBossQueue, uuidFromKey } from '../../src/jobs/create-pg-boss-queue.js';
import type { JobPolicy, JobQueue } from '../../src/jobs/queue.js';
import { dropSchemas, eventually, freshSchema, postgresUrl, queryRows } from './postgres.js';

const fast: JobPolicy = { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 60 };
const policies = { digest: fast, digests_due: fast };
const alice = { tenantId: 't', userId: 'alice' };

describe('the pg-boss queue', () => {
  const open: JobQueue[] = [];
  const schemas: string[] = [];
  const queue = async (schema: string) => {
    const q = await createPgBossQueue({ connectionString: postgresUrl, schema, policies, pollingIntervalSeconds: 0.5 });
    open.push(q);
    return q;
  };
  afterEach(async () => {
    for (const q of open.splice(0)) await q.stop({ timeoutMs: 1000 });
    await dropSchemas(...schemas.splice(0));
  });

  it('keeps one job per singleton key, whichever of two processes enqueues it', async () => {
    const schema = freshSchema('boss');
    schemas.push(schema);
    const [a, b] = [await queue(schema), await queue(schema)];
    expect(await a.enqueue('digest', { user: 'u1' }, { key: alice, singletonKey: 'digest:2026-W49' })).toBe('queued');
    expect(await b.enqueue('digest', { user: 'u1' }, { key: alice, singletonKey: 'digest:2026-W49' })).toBe('duplicate');
    expect(await b.enqueue('digest', { user: 'u1' }, { key: alice, singletonKey: 'digest:2026-W50' })).toBe('queued');
    const rows = await queryRows<{ n: number }>(`SELECT count(*) AS n FROM "${schema}".job WHERE name = 'digest'`);
    expect(rows[0]?.n).toBe(2);
  });

  it('gives each of 40 jobs to exactly one of two workers', async () => {
    const schema = freshSchema('boss');
    schemas.push(schema);
    const [a, b] = [await queue(schema), await queue(schema)];
    const runs = new Map<string, string[]>();
    const handler = (worker: string) => async (data: { n: number }) => {
      runs.set(String(data.n), [...(runs.get(String(data.n)) ?? []), worker]);
    };
    await a.work('digest', handler('a'), { concurrency: 2 });
    await b.work('digest', handler('b'), { concurrency: 2 });
    for (let n = 0; n < 40; n += 1) await (n % 2 === 0 ? a : b).enqueue('digest', { n }, { key: alice, singletonKey: `k${n}` });
    await eventually(() => runs.size === 40, 20_000, 'all 40 jobs');
    expect([...runs.values()].every((workers) => workers.length === 1)).toBe(true);
    // Both workers took part (40 jobs, 4 polling loops).
    expect(new Set([...runs.values()].flat()).size).toBe(2);
  });

  it('retries a failing job, then keeps it as failed with its error and copies it to the dead letter queue', async () => {
    const schema = freshSchema('boss');
    schemas.push(schema);
    const q = await queue(schema);
    let attempts = 0;
    await q.work('digest', async () => {
      attempts += 1;
      throw Object.assign(new Error('the mailbox is gone'), { code: 'GRAPH_NOT_FOUND' });
    }, { concurrency: 1 });
    await q.enqueue('digest', { user: 'poison' }, { key: { tenantId: 't', userId: 'poison' }, singletonKey: 'digest:2026-W49' });
    await eventually(async () => (await q.listFailed('digest')).length === 1, 20_000, 'the job to fail');
    const [failed] = await q.listFailed<{ user: string }>('digest');
    // retryLimit 2: the first attempt and two retries.
    expect(attempts).toBe(3);
    expect(failed).toMatchObject({ key: { tenantId: 't', userId: 'poison' }, singletonKey: 'digest:2026-W49', data: { user: 'poison' }, attempts: 3, error: 'GRAPH_NOT_FOUND: the mailbox is gone' });
    const dead = await queryRows<{ data: { payload: { user: string } } }>(`SELECT data FROM "${schema}".job WHERE name = 'digest_dead'`);
    expect(dead.map((row) => row.data.payload.user)).toEqual(['poison']);
  });

  it('derives the same job id from the same key and different ids from different keys', () => {
    expect(uuidFromKey('digest:t:u1:2026-W49')).toBe(uuidFromKey('digest:t:u1:2026-W49'));
    expect(uuidFromKey('digest:t:u1:2026-W49')).not.toBe(uuidFromKey('digest:t:u1:2026-W50'));
    expect(uuidFromKey('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
