import type { DeadlineStyle, Instant, LocalDate } from '@upfront/core';
import { StoreError } from './errors.js';
import type { EffortOverride, StakeholderPreference } from './types.js';

export interface StakeholderPreferenceRow {
  stakeholder_id: string;
  deadline_style: string | null;
  language: string | null;
  worked_holidays: string;
  updated_at: string;
}

export interface EffortOverrideRow {
  item_id: string;
  hours: number;
  updated_at: string;
}

function parseJson<T>(text: string, column: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new StoreError('STORE_CORRUPT', `column ${column} holds invalid JSON`, { cause });
  }
}

export function toStakeholderPreference(row: StakeholderPreferenceRow): StakeholderPreference {
  return {
    stakeholderId: row.stakeholder_id,
    ...(row.deadline_style === null ? {} : { deadlineStyle: parseJson<DeadlineStyle>(row.deadline_style, 'deadline_style') }),
    ...(row.language === null ? {} : { language: row.language }),
    workedHolidays: parseJson<LocalDate[]>(row.worked_holidays, 'worked_holidays'),
    updatedAt: row.updated_at as Instant,
  };
}

export function toStakeholderPreferenceRow(p: StakeholderPreference): StakeholderPreferenceRow {
  return {
    stakeholder_id: p.stakeholderId,
    deadline_style: p.deadlineStyle === undefined ? null : JSON.stringify(p.deadlineStyle),
    language: p.language ?? null,
    worked_holidays: JSON.stringify(p.workedHolidays),
    updated_at: p.updatedAt,
  };
}

export function toEffortOverride(row: EffortOverrideRow): EffortOverride {
  return { itemId: row.item_id, hours: Number(row.hours), updatedAt: row.updated_at as Instant };
}
