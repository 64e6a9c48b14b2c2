import type { DeadlineStyle, LocalDate, MessageTone } from '@upfront/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { PreferencesRepo, StakeholderPreference } from '../types.js';
import { parseJsonColumn } from './parse-json-column.js';
import { whoOf } from './who-of.js';

interface StakeholderPreferenceRow {
  stakeholder_id: string;
  deadline_style: string | null;
  language: string | null;
  tone: string | null;
  worked_holidays: string;
  updated_at: string;
}

const COLUMNS = 'stakeholder_id, deadline_style, language, tone, worked_holidays, updated_at';

function toStakeholderPreference(row: StakeholderPreferenceRow): StakeholderPreference {
  return {
    stakeholderId: row.stakeholder_id,
    ...(row.deadline_style === null ? {} : { deadlineStyle: parseJsonColumn<DeadlineStyle>(row.deadline_style, 'deadline_style') }),
    ...(row.language === null ? {} : { language: row.language }),
    ...(row.tone === null ? {} : { tone: row.tone as MessageTone }),
    workedHolidays: parseJsonColumn<LocalDate[]>(row.worked_holidays, 'worked_holidays'),
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

/** Stakeholder preferences (deadline style, language, tone, worked holidays) per user. */
export function createPreferencesRepo(driver: SqlDriver): PreferencesRepo {
  return {
    async list(key) {
      const rows = await driver.all<StakeholderPreferenceRow>(
        `SELECT ${COLUMNS} FROM stakeholder_preferences WHERE tenant_id = $1 AND user_id = $2 ORDER BY stakeholder_id`,
        whoOf(key),
      );
      return rows.map(toStakeholderPreference);
    },
    async get(key, stakeholderId) {
      const rows = await driver.all<StakeholderPreferenceRow>(
        `SELECT ${COLUMNS} FROM stakeholder_preferences WHERE tenant_id = $1 AND user_id = $2 AND stakeholder_id = $3`,
        [...whoOf(key), stakeholderId],
      );
      return rows[0] === undefined ? undefined : toStakeholderPreference(rows[0]);
    },
    async put(key, p) {
      await driver.run(
        `INSERT INTO stakeholder_preferences (tenant_id, user_id, ${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (tenant_id, user_id, stakeholder_id) DO UPDATE SET deadline_style = excluded.deadline_style,
           language = excluded.language, tone = excluded.tone, worked_holidays = excluded.worked_holidays,
           updated_at = excluded.updated_at`,
        [
          ...whoOf(key),
          p.stakeholderId,
          p.deadlineStyle === undefined ? null : JSON.stringify(p.deadlineStyle),
          p.language ?? null,
          p.tone ?? null,
          JSON.stringify(p.workedHolidays),
          toStoredInstant(p.updatedAt),
        ],
      );
    },
    async delete(key, stakeholderId) {
      await driver.run('DELETE FROM stakeholder_preferences WHERE tenant_id = $1 AND user_id = $2 AND stakeholder_id = $3', [
        ...whoOf(key),
        stakeholderId,
      ]);
    },
  };
}
