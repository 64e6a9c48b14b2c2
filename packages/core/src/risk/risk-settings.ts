import type { Importance } from '../model/work-item.js';

/** The knobs of the risk engine; every field has a default in `defaultRiskSettings`. */
export interface RiskSettings {
  /** Share of free working time that really goes into work items (default 0.7). */
  readonly focusFactor: number;
  /** Slack an item needs to be `on-track`: needed × (1 + marginRatio) ≤ available (default 0.25). */
  readonly marginRatio: number;
  /** How much of a tentative event counts as busy, 0…1 (default 0.5). */
  readonly tentativeWeight: number;
  /** Events with one of these categories (case-insensitive) are focus blocks: capacity, not load. */
  readonly focusCategories: readonly string[];
  /** Events whose subject matches this pattern (a RegExp source, case-insensitive) are focus blocks too. */
  readonly focusSubjectPattern: string;
  /** Hours per checklist step still open (default 0.5). */
  readonly perStepHours: number;
  /** Effort when nothing better is known (defaults: low 1 h, normal 2 h, high 4 h). */
  readonly defaultHoursByImportance: Readonly<Record<Importance, number>>;
  /** Days from today that each item's capacity series covers at most (default 90). */
  readonly horizonDays: number;
  /** The user's own effort figures, in hours, by item id; they win over everything else. */
  readonly effortOverrides: Readonly<Record<string, number>>;
  /** How many competing items an explanation names (the biggest ones; all are counted). Default 5. */
  readonly maxCompetingItems: number;
  /** How many busiest days an explanation names (default 3). */
  readonly busiestDaysCount: number;
}

/**
 * The defaults of the risk engine (issue 4).
 * @example assessRisks(world, now, { ...defaultRiskSettings, marginRatio: 0.5 })
 */
export const defaultRiskSettings: RiskSettings = Object.freeze({
  focusFactor: 0.7,
  marginRatio: 0.25,
  tentativeWeight: 0.5,
  focusCategories: Object.freeze(['Focus time']),
  focusSubjectPattern: '^\\s*focus time\\b',
  perStepHours: 0.5,
  defaultHoursByImportance: Object.freeze({ low: 1, normal: 2, high: 4 }),
  horizonDays: 90,
  effortOverrides: Object.freeze({}),
  maxCompetingItems: 5,
  busiestDaysCount: 3,
});

/** Fills the gaps of partial settings with the defaults (the per-importance table is merged by key). */
export function toRiskSettings(partial: Partial<RiskSettings> = {}): RiskSettings {
  return {
    ...defaultRiskSettings,
    ...partial,
    defaultHoursByImportance: { ...defaultRiskSettings.defaultHoursByImportance, ...partial.defaultHoursByImportance },
  };
}
