import type { LocalDate, RiskState, SuggestionMemory, SuggestionSeverity } from '@upfront/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { ItemHistory, StakeholderHistory, SuggestionRecord, SuggestionStatus, SuggestionsRepo, UserKey } from '../types.js';
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
  last_state: string;
  last_promised_on: string | null;
  since_on: string;
  from_state: string | null;
  previous_promised_on: string | null;
  updated_at: string;
}

interface StakeholderRow {
  stakeholder_id: string;
  last_suggested_on: string;
  last_severity: string;
  last_suggestion_id: string;
  updated_at: string;
}

const SUGGESTION_COLUMNS = 'suggestion_id, status, fingerprint, snoozed_until, draft_key, updated_at';
const ITEM_COLUMNS = 'item_id, first_promised_on, last_state, last_promised_on, since_on, from_state, previous_promised_on, updated_at';
const STAKEHOLDER_COLUMNS = 'stakeholder_id, last_suggested_on, last_severity, last_suggestion_id, updated_at';

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
    lastState: row.last_state as RiskState,
    ...(row.last_promised_on === null ? {} : { lastPromisedOn: row.last_promised_on as LocalDate }),
    sinceOn: row.since_on as LocalDate,
    ...(row.from_state === null ? {} : { fromState: row.from_state as RiskState }),
    ...(row.previous_promised_on === null ? {} : { previousPromisedOn: row.previous_promised_on as LocalDate }),
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

function toStakeholderHistory(row: StakeholderRow): StakeholderHistory {
  return {
    stakeholderId: row.stakeholder_id,
    lastSuggestedOn: row.last_suggested_on as LocalDate,
    lastSeverity: row.last_severity as SuggestionSeverity,
    lastSuggestionId: row.last_suggestion_id,
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

/** The memory noise control reads: suggestion statuses, item promises and states, last suggestion per stakeholder. */
export function createSuggestionsRepo(driver: SqlDriver): SuggestionsRepo {
  const list = async (key: UserKey) =>
    (
      await driver.all<SuggestionRow>(
        `SELECT ${SUGGESTION_COLUMNS} FROM suggestion_records WHERE tenant_id = $1 AND user_id = $2 ORDER BY suggestion_id`,
        whoOf(key),
      )
    ).map(toSuggestionRecord);
  const listItems = async (key: UserKey) =>
    (
      await driver.all<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM item_histories WHERE tenant_id = $1 AND user_id = $2 ORDER BY item_id`, whoOf(key))
    ).map(toItemHistory);
  const listStakeholders = async (key: UserKey) =>
    (
      await driver.all<StakeholderRow>(
        `SELECT ${STAKEHOLDER_COLUMNS} FROM stakeholder_histories WHERE tenant_id = $1 AND user_id = $2 ORDER BY stakeholder_id`,
        whoOf(key),
      )
    ).map(toStakeholderHistory);
  return {
    list,
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
    listItems,
    async putItem(key, item) {
      // The first promise survives every later update: "first promised 1 December, now 4 December".
      await driver.run(
        `INSERT INTO item_histories (tenant_id, user_id, ${ITEM_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (tenant_id, user_id, item_id) DO UPDATE SET
           first_promised_on = COALESCE(item_histories.first_promised_on, excluded.first_promised_on),
           last_state = excluded.last_state, last_promised_on = excluded.last_promised_on, since_on = excluded.since_on,
           from_state = excluded.from_state, previous_promised_on = excluded.previous_promised_on,
           updated_at = excluded.updated_at`,
        [
          ...whoOf(key),
          item.itemId,
          item.firstPromisedOn ?? null,
          item.lastState,
          item.lastPromisedOn ?? null,
          item.sinceOn,
          item.fromState ?? null,
          item.previousPromisedOn ?? null,
          toStoredInstant(item.updatedAt),
        ],
      );
    },
    listStakeholders,
    async putStakeholder(key, s) {
      await driver.run(
        `INSERT INTO stakeholder_histories (tenant_id, user_id, ${STAKEHOLDER_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (tenant_id, user_id, stakeholder_id) DO UPDATE SET last_suggested_on = excluded.last_suggested_on,
           last_severity = excluded.last_severity, last_suggestion_id = excluded.last_suggestion_id,
           updated_at = excluded.updated_at`,
        [...whoOf(key), s.stakeholderId, s.lastSuggestedOn, s.lastSeverity, s.lastSuggestionId, toStoredInstant(s.updatedAt)],
      );
    },
    async loadMemory(key): Promise<SuggestionMemory> {
      const [records, items, stakeholders] = await Promise.all([list(key), listItems(key), listStakeholders(key)]);
      return {
        dismissed: records.filter((r) => r.status === 'dismissed').map((r) => ({ id: r.suggestionId, fingerprint: r.fingerprint })),
        snoozed: records.flatMap((r) => (r.status === 'snoozed' && r.snoozedUntil !== undefined ? [{ id: r.suggestionId, until: r.snoozedUntil }] : [])),
        firstPromised: items.flatMap((i) => (i.firstPromisedOn === undefined ? [] : [{ itemId: i.itemId, on: i.firstPromisedOn }])),
        lastByStakeholder: stakeholders.map((s) => ({ stakeholderId: s.stakeholderId, on: s.lastSuggestedOn, severity: s.lastSeverity, suggestionId: s.lastSuggestionId })),
        items: items.map((i) => ({
          itemId: i.itemId,
          state: i.lastState,
          ...(i.lastPromisedOn === undefined ? {} : { promisedOn: i.lastPromisedOn }),
          sinceOn: i.sinceOn,
          ...(i.fromState === undefined ? {} : { fromState: i.fromState }),
          ...(i.previousPromisedOn === undefined ? {} : { previousPromisedOn: i.previousPromisedOn }),
        })),
      };
    },
  };
}
