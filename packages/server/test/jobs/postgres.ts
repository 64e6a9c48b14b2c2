import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';

/** The PostgreSQL of this machine (CI starts one); every test run gets fresh schemas in it. */
export const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh schema name, unique to this run. */
export const freshSchema = (prefix: string) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;

const run = promisify(execFile);

/** Runs SQL with the machine's `psql` (outside the code under test) and returns the rows. */
export async function queryRows<T>(sql: string): Promise<T[]> {
  const { stdout } = await run('psql', [postgresUrl, '-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', `SELECT coalesce(json_agg(t), '[]') FROM (${sql}) t`]);
  return JSON.parse(stdout) as T[];
}

/** Drops schemas made by a test run. */
export async function dropSchemas(...schemas: string[]): Promise<void> {
  for (const schema of schemas) await run('psql', [postgresUrl, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `DROP SCHEMA IF EXISTS "${schema}" CASCADE`]);
}

/** Waits until `check` holds, asking every 100 ms, and fails after `withinMs` (a deadline, not a measurement). */
export async function eventually(check: () => Promise<boolean> | boolean, withinMs: number, what: string): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
