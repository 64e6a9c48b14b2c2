import type { Instant } from '@upfront/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { ItemMark, ItemMarkKind, ItemMarksRepo } from '../types.js';
import { StoreError } from '../errors.js';
import { whoOf } from './who-of.js';

interface ItemMarkRow {
  item_id: string;
  kind: string;
  until_at: string | null;
  fingerprint: string | null;
  updated_at: string;
}

const KINDS: ReadonlySet<string> = new Set<ItemMarkKind>(['snoozed', 'done-for-now']);

/** The user's marks on items (snoozed, done for now), one row per item. */
export function createItemMarksRepo(driver: SqlDriver): ItemMarksRepo {
  return {
    async list(key) {
      const rows = await driver.all<ItemMarkRow>(
        'SELECT item_id, kind, until_at, fingerprint, updated_at FROM item_marks WHERE tenant_id = $1 AND user_id = $2 ORDER BY item_id',
        whoOf(key),
      );
      return rows.map(toMark);
    },
    async put(key, mark) {
      await driver.run(
        `INSERT INTO item_marks (tenant_id, user_id, item_id, kind, until_at, fingerprint, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id, user_id, item_id) DO UPDATE SET kind = excluded.kind, until_at = excluded.until_at,
           fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`,
        [
          ...whoOf(key),
          mark.itemId,
          mark.kind,
          mark.until === undefined ? null : toStoredInstant(mark.until),
          mark.fingerprint ?? null,
          toStoredInstant(mark.updatedAt),
        ],
      );
    },
    async delete(key, itemId) {
      await driver.run('DELETE FROM item_marks WHERE tenant_id = $1 AND user_id = $2 AND item_id = $3', [...whoOf(key), itemId]);
    },
  };
}

function toMark(row: ItemMarkRow): ItemMark {
  if (!KINDS.has(row.kind)) throw new StoreError('STORE_CORRUPT', `item_marks: unknown kind "${row.kind}" for item ${row.item_id}`);
  return {
    itemId: row.item_id,
    kind: row.kind as ItemMarkKind,
    ...(row.until_at === null ? {} : { until: fromStoredInstant(row.until_at) as Instant }),
    ...(row.fingerprint === null ? {} : { fingerprint: row.fingerprint }),
    updatedAt: fromStoredInstant(row.updated_at),
  };
}
