import type { SqlDriver } from '../driver/sql-driver.js';
import { StoreError } from '../errors.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { DraftEntry, DraftState, DraftsRepo, UserKey } from '../types.js';
import { whoOf } from './who-of.js';

interface DraftRow {
  tenant_id: string;
  user_id: string;
  draft_key: string;
  state: string;
  message_id: string | null;
  web_link: string | null;
  error: string | null;
  attempts: number | string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'tenant_id, user_id, draft_key, state, message_id, web_link, error, attempts, created_at, updated_at';

function toDraftEntry(row: DraftRow): DraftEntry {
  return {
    draftKey: row.draft_key,
    state: row.state as DraftState,
    ...(row.message_id === null ? {} : { messageId: row.message_id }),
    ...(row.web_link === null ? {} : { webLink: row.web_link }),
    ...(row.error === null ? {} : { error: row.error }),
    attempts: Number(row.attempts),
    createdAt: fromStoredInstant(row.created_at),
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

/**
 * The draft ledger. Every transition is one conditional `UPDATE … WHERE state = …`, which both engines apply
 * atomically per row (PostgreSQL re-checks the condition after waiting for a concurrent writer's row lock; SQLite
 * runs one writer at a time), so of concurrent claimers exactly one sees its update take effect.
 */
export function createDraftsRepo(driver: SqlDriver): DraftsRepo {
  const get = async (key: UserKey, draftKey: string) => {
    const rows = await driver.all<DraftRow>(`SELECT ${COLUMNS} FROM draft_ledger WHERE tenant_id = $1 AND user_id = $2 AND draft_key = $3`, [
      ...whoOf(key),
      draftKey,
    ]);
    return rows[0] === undefined ? undefined : toDraftEntry(rows[0]);
  };
  const ensure = async (key: UserKey, draftKey: string, at: string) => {
    await driver.run(
      `INSERT INTO draft_ledger (tenant_id, user_id, draft_key, state, attempts, created_at, updated_at)
       VALUES ($1, $2, $3, 'pending', 0, $4, $4) ON CONFLICT (tenant_id, user_id, draft_key) DO NOTHING`,
      [...whoOf(key), draftKey, at],
    );
  };
  const mustGet = async (key: UserKey, draftKey: string): Promise<DraftEntry> => {
    const entry = await get(key, draftKey);
    // The row was inserted just before this read; only a concurrent forgetUser removes it.
    if (entry === undefined) throw new StoreError('STORE_CONFLICT', 'the draft ledger entry was deleted while it was claimed');
    return entry;
  };
  return {
    get,
    async list(key) {
      const rows = await driver.all<DraftRow>(`SELECT ${COLUMNS} FROM draft_ledger WHERE tenant_id = $1 AND user_id = $2 ORDER BY created_at, draft_key`, whoOf(key));
      return rows.map(toDraftEntry);
    },
    async ensure(key, draftKey, at) {
      await ensure(key, draftKey, toStoredInstant(at));
      return mustGet(key, draftKey);
    },
    async claim(key, draftKey, at, options) {
      const now = toStoredInstant(at);
      await ensure(key, draftKey, now);
      const staleBefore = options?.staleBefore === undefined ? null : toStoredInstant(options.staleBefore);
      const won = await driver.all<DraftRow>(
        `UPDATE draft_ledger SET state = 'creating', attempts = attempts + 1, error = NULL, updated_at = $4
         WHERE tenant_id = $1 AND user_id = $2 AND draft_key = $3
           AND (state IN ('pending', 'failed') OR (state = 'creating' AND CAST($5 AS TEXT) IS NOT NULL AND updated_at < $5))
         RETURNING ${COLUMNS}`,
        [...whoOf(key), draftKey, now, staleBefore],
      );
      if (won[0] !== undefined) return { won: true, entry: toDraftEntry(won[0]) };
      return { won: false, entry: await mustGet(key, draftKey) };
    },
    async markCreated(key, draftKey, created, at) {
      const rows = await driver.all(
        `UPDATE draft_ledger SET state = 'created', message_id = $4, web_link = $5, error = NULL, updated_at = $6
         WHERE tenant_id = $1 AND user_id = $2 AND draft_key = $3 AND state = 'creating' RETURNING draft_key`,
        [...whoOf(key), draftKey, created.messageId, created.webLink ?? null, toStoredInstant(at)],
      );
      return rows.length > 0;
    },
    async markFailed(key, draftKey, error, at) {
      const rows = await driver.all(
        `UPDATE draft_ledger SET state = 'failed', error = $4, updated_at = $5
         WHERE tenant_id = $1 AND user_id = $2 AND draft_key = $3 AND state = 'creating' RETURNING draft_key`,
        [...whoOf(key), draftKey, error, toStoredInstant(at)],
      );
      return rows.length > 0;
    },
    async listStale(before, limit) {
      const rows = await driver.all<DraftRow>(
        `SELECT ${COLUMNS} FROM draft_ledger WHERE state = 'creating' AND updated_at < $1 ORDER BY updated_at, tenant_id, user_id, draft_key LIMIT $2`,
        [toStoredInstant(before), limit],
      );
      return rows.map((row) => ({ key: { tenantId: row.tenant_id, userId: row.user_id }, entry: toDraftEntry(row) }));
    },
  };
}
