import type { LocalDate, RiskState } from '@upfront/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { ItemHistory, StakeholderHistory, SuggestionRecord, SuggestionStatus, SuggestionsRepo } from '../types.js';
import { whoOf } from './who-of.js';

interface SuggestionRow {
  suggestion_id: string;
  status: string;
  fingerprint: string;
  snoozed_until: string | null;
  draft_key: string | null;
  updated_at: string;
}

interface ItemRow {
  item_id: string;
  first_promised_on: string | null;
  last_promised_on: string | null;
  last_state: string;
  updated_at: string;
}

interface StakeholderRow {
  stakeholder_id: string;
  last_suggested_on: string;
  last_severity: string;
  updated_at: string;
}

const SUGGESTION_COLUMNS = 'suggestion_id, status, fingerprint, snoozed_until, draft_key, updated_at';

function toSuggestionRecord(row: SuggestionRow): SuggestionRecord {
  return {
    suggestionId: row.suggestion_id,
    status: row.status as SuggestionStatus,
    fingerprint: row.fingerprint,
    ...(row.snoozed_until === null ? {} : { snoozedUntil: fromStoredInstant(row.snoozed_until) }),
    ...(row.draft_key === null ? {} : { draftKey: row.draft_key }),
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

function toItemHistory(row: ItemRow): ItemHistory {
  return {
    itemId: row.item_id,
    ...(row.first_promised_on === null ? {} : { firstPromisedOn: row.first_promised_on as LocalDate }),
    ...(row.last_promised_on === null ? {} : { lastPromisedOn: row.last_promised_on as LocalDate }),
    lastState: row.last_state as RiskState,
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

function toStakeholderHistory(row: StakeholderRow): StakeholderHistory {
  return {
    stakeholderId: row.stakeholder_id,
    lastSuggestedOn: row.last_suggested_on as LocalDate,
    lastSeverity: row.last_severity,
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

/** The memory noise control reads: suggestion statuses, item promises and states, last suggestion per stakeholder. */
export function createSuggestionsRepo(driver: SqlDriver): SuggestionsRepo {
  return {
    async list(key) {
      const rows = await driver.all<SuggestionRow>(
        `SELECT ${SUGGESTION_COLUMNS} FROM suggestion_records WHERE tenant_id = $1 AND user_id = $2 ORDER BY suggestion_id`,
        whoOf(key),
      );
      return rows.map(toSuggestionRecord);
    },
    async get(key, suggestionId) {
      const rows = await driver.all<SuggestionRow>(
        `SELECT ${SUGGESTION_COLUMNS} FROM suggestion_records WHERE tenant_id = $1 AND user_id = $2 AND suggestion_id = $3`,
        [...whoOf(key), suggestionId],
      );
      return rows[0] === undefined ? undefined : toSuggestionRecord(rows[0]);
    },
    async put(key, r) {
      await driver.run(
        `INSERT INTO suggestion_records (tenant_id, user_id, ${SUGGESTION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (tenant_id, user_id, suggestion_id) DO UPDATE SET status = excluded.status,
           fingerprint = excluded.fingerprint, snoozed_until = excluded.snoozed_until, draft_key = excluded.draft_key,
           updated_at = excluded.updated_at`,
        [
          ...whoOf(key),
          r.suggestionId,
          r.status,
          r.fingerprint,
          r.snoozedUntil === undefined ? null : toStoredInstant(r.snoozedUntil),
          r.draftKey ?? null,
          toStoredInstant(r.updatedAt),
        ],
      );
    },
    async listItems(key) {
      const rows = await driver.all<ItemRow>(
        `SELECT item_id, first_promised_on, last_promised_on, last_state, updated_at FROM item_histories
         WHERE tenant_id = $1 AND user_id = $2 ORDER BY item_id`,
        whoOf(key),
      );
      return rows.map(toItemHistory);
    },
    async putItem(key, item) {
      // The first promise survives every later update: "first promised 1 December, now 4 December".
      await driver.run(
        `INSERT INTO item_histories (tenant_id, user_id, item_id, first_promised_on, last_promised_on, last_state, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id, user_id, item_id) DO UPDATE SET
           first_promised_on = COALESCE(item_histories.first_promised_on, excluded.first_promised_on),
           last_promised_on = excluded.last_promised_on, last_state = excluded.last_state, updated_at = excluded.updated_at`,
        [
          ...whoOf(key),
          item.itemId,
          item.firstPromisedOn ?? null,
          item.lastPromisedOn ?? null,
          item.lastState,
          toStoredInstant(item.updatedAt),
        ],
      );
    },
    async listStakeholders(key) {
      const rows = await driver.all<StakeholderRow>(
        `SELECT stakeholder_id, last_suggested_on, last_severity, updated_at FROM stakeholder_histories
         WHERE tenant_id = $1 AND user_id = $2 ORDER BY stakeholder_id`,
        whoOf(key),
      );
      return rows.map(toStakeholderHistory);
    },
    async putStakeholder(key, s) {
      await driver.run(
        `INSERT INTO stakeholder_histories (tenant_id, user_id, stakeholder_id, last_suggested_on, last_severity, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (tenant_id, user_id, stakeholder_id) DO UPDATE SET last_suggested_on = excluded.last_suggested_on,
           last_severity = excluded.last_severity, updated_at = excluded.updated_at`,
        [...whoOf(key), s.stakeholderId, s.lastSuggestedOn, s.lastSeverity, toStoredInstant(s.updatedAt)],
      );
    },
  };
}
