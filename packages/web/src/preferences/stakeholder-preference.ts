import type { DeadlineStyle, ItemRisk, RiskFlag, StakeholderPreference } from '@upfront/contracts';
import type { StakeholderPreferenceEntry } from '../api/client.js';

/** Stakeholder ids are email addresses; the server stores them lower-cased. */
export function isSameStakeholder(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The user's settings for one stakeholder, or the empty setting (engine defaults) when there are none. */
export function findPreference(list: readonly StakeholderPreferenceEntry[], stakeholderId: string): StakeholderPreference {
  const found = list.find((entry) => isSameStakeholder(entry.stakeholderId, stakeholderId));
  if (found === undefined) return { workedHolidays: [] };
  const { stakeholderId: _id, ...preference } = found;
  return { ...preference, workedHolidays: [...preference.workedHolidays] };
}

/** The preference with a new deadline style (`undefined` goes back to the default), the rest kept. */
export function withDeadlineStyle(preference: StakeholderPreference, style: DeadlineStyle | undefined): StakeholderPreference {
  const { deadlineStyle: _old, ...rest } = preference;
  return style === undefined ? rest : { ...rest, deadlineStyle: style };
}

/** The preference with `on` marked as a public holiday the stakeholder works, kept sorted and unique. */
export function withWorkedHoliday(preference: StakeholderPreference, on: string): StakeholderPreference {
  return { ...preference, workedHolidays: [...new Set([...preference.workedHolidays, on])].sort() };
}

/** The preference without `on` among the worked holidays. */
export function withoutWorkedHoliday(preference: StakeholderPreference, on: string): StakeholderPreference {
  return { ...preference, workedHolidays: preference.workedHolidays.filter((d) => d !== on) };
}

/**
 * What "They work that day" would record for a flag: only for a day-off flag of a stakeholder whose deadline
 * moved off a public holiday (a weekend is not a holiday one can work), on the date the flag names.
 */
export function toWorkedHolidayCandidate(
  flag: RiskFlag,
  item: Pick<ItemRisk, 'deadlines'>,
): { stakeholderId: string; on: string } | undefined {
  if (flag.kind !== 'non-working-day') return undefined;
  const { stakeholderId } = flag;
  const theirs = item.deadlines.find((d) => d.stakeholderId !== undefined && isSameStakeholder(d.stakeholderId, stakeholderId));
  if (theirs?.moved?.why !== 'holiday') return undefined;
  return { stakeholderId, on: flag.on };
}

/** The name to address a person by in a question: "Lena Fischer" → "Lena". */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] || displayName;
}
