import type { LocalTime, TimeZoneId, Weekday } from '@upfront/core';
import type { SqlDriver } from '../driver/sql-driver.js';
import { fromStoredInstant, toStoredInstant } from '../instants.js';
import type { DigestSchedule, SchedulesRepo } from '../types.js';
import { parseJsonColumn } from './parse-json-column.js';
import { whoOf } from './who-of.js';

interface ScheduleRow {
  enabled: number | string;
  audience_ids: string;
  weekday: number | string;
  local_time: string;
  time_zone: string;
  last_period_done: string | null;
  next_run_at: string | null;
  updated_at: string;
}

function toDigestSchedule(row: ScheduleRow): DigestSchedule {
  return {
    enabled: Number(row.enabled) === 1,
    audienceIds: parseJsonColumn<string[]>(row.audience_ids, 'audience_ids'),
    weekday: Number(row.weekday) as Weekday,
    localTime: row.local_time as LocalTime,
    timeZone: row.time_zone as TimeZoneId,
    ...(row.last_period_done === null ? {} : { lastPeriodDone: row.last_period_done }),
    ...(row.next_run_at === null ? {} : { nextRunAt: fromStoredInstant(row.next_run_at) }),
    updatedAt: fromStoredInstant(row.updated_at),
  };
}

/** Digest schedules: one per user, and the scheduler's due list across users. */
export function createSchedulesRepo(driver: SqlDriver): SchedulesRepo {
  return {
    async get(key) {
      const rows = await driver.all<ScheduleRow>(
        `SELECT enabled, audience_ids, weekday, local_time, time_zone, last_period_done, next_run_at, updated_at
         FROM digest_schedules WHERE tenant_id = $1 AND user_id = $2`,
        whoOf(key),
      );
      return rows[0] === undefined ? undefined : toDigestSchedule(rows[0]);
    },
    async put(key, s) {
      await driver.run(
        `INSERT INTO digest_schedules (tenant_id, user_id, enabled, audience_ids, weekday, local_time, time_zone,
           last_period_done, next_run_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (tenant_id, user_id) DO UPDATE SET enabled = excluded.enabled, audience_ids = excluded.audience_ids,
           weekday = excluded.weekday, local_time = excluded.local_time, time_zone = excluded.time_zone,
           last_period_done = excluded.last_period_done, next_run_at = excluded.next_run_at, updated_at = excluded.updated_at`,
        [
          ...whoOf(key),
          s.enabled ? 1 : 0,
          JSON.stringify(s.audienceIds),
          s.weekday,
          s.localTime,
          s.timeZone,
          s.lastPeriodDone ?? null,
          s.nextRunAt === undefined ? null : toStoredInstant(s.nextRunAt),
          toStoredInstant(s.updatedAt),
        ],
      );
    },
    async delete(key) {
      await driver.run('DELETE FROM digest_schedules WHERE tenant_id = $1 AND user_id = $2', whoOf(key));
    },
    async recordRun(key, run, at) {
      const expected = run.expectedNextRunAt === undefined ? null : toStoredInstant(run.expectedNextRunAt);
      const rows = await driver.all(
        `UPDATE digest_schedules SET last_period_done = $3, next_run_at = $4, updated_at = $5
         WHERE tenant_id = $1 AND user_id = $2 AND (CAST($6 AS TEXT) IS NULL OR next_run_at = $6) RETURNING user_id`,
        [...whoOf(key), run.periodDone, toStoredInstant(run.nextRunAt), toStoredInstant(at), expected],
      );
      return rows.length > 0;
    },
    async listDue(now, limit) {
      const rows = await driver.all<{ tenant_id: string; user_id: string; next_run_at: string }>(
        `SELECT tenant_id, user_id, next_run_at FROM digest_schedules
         WHERE enabled = 1 AND next_run_at IS NOT NULL AND next_run_at <= $1
         ORDER BY next_run_at, tenant_id, user_id LIMIT $2`,
        [toStoredInstant(now), limit],
      );
      return rows.map((row) => ({ key: { tenantId: row.tenant_id, userId: row.user_id }, nextRunAt: fromStoredInstant(row.next_run_at) }));
    },
  };
}
