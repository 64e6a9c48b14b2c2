import type { RiskReport as RiskReportDto } from '@upfront/contracts';
import type { Clock, Instant } from '@upfront/core';
import type { Store, UserKey } from '@upfront/store';
import type { GraphTokenSource } from './graph-token-source.js';
import type { AssessedWorld, LoadAssessedWorld } from './load-assessed-world.js';
import { toActiveMark, toMarkFingerprint } from './to-active-mark.js';
import { readUserSettings } from './user-settings.js';
import { toRiskReportDto } from './to-risk-report-dto.js';

export interface RiskReportsDeps {
  readonly loadAssessedWorld: LoadAssessedWorld;
  /** The user's marks on items (snoozed, done for now); without it the report carries none. */
  readonly store?: Pick<Store, 'itemMarks' | 'settings'>;
  /** Decides which snoozes have ended. */
  readonly clock?: Clock;
}

/** What a caller asks of a report: the horizon, the reader's locale, and whether to read Graph afresh. */
export interface RiskReportRequest {
  /** Days ahead; the user's stored horizon (their settings) when absent. */
  readonly horizonDays?: number;
  /** BCP 47; the mailbox language when absent. */
  readonly locale?: string;
  /** `Cache-Control: no-cache`: reuse nothing cached but tokens and delta links. */
  readonly fresh: boolean;
}

export interface RiskReports {
  build(key: UserKey, tokens: GraphTokenSource, request: RiskReportRequest): Promise<RiskReportDto>;
}

/** The horizon of a report asked for without one, when there is no store to read the user's own from. */
const DEFAULT_HORIZON_DAYS = 14;

/** Locales whose DTO is kept per assessed world (a user reads in one or two). */
const MAX_LOCALES_PER_REPORT = 4;

/**
 * Builds a user's risk report: the assessed world (shared with suggestions, briefs and digests, kept for a short
 * while by `loadAssessedWorld`), worded in the reader's locale. The words are kept per assessed world and locale,
 * so a user who keeps reading a kept world is not worded again.
 */
export function createRiskReports(deps: RiskReportsDeps): RiskReports {
  const worded = new WeakMap<AssessedWorld, Map<string, RiskReportDto>>();

  function dtoFor(assessed: AssessedWorld, locale: string): RiskReportDto {
    let dtos = worded.get(assessed);
    if (!dtos) worded.set(assessed, (dtos = new Map()));
    const kept = dtos.get(locale);
    if (kept) return kept;
    const dto = toRiskReportDto(assessed.report, assessed.world, assessed.horizon, locale);
    if (dtos.size >= MAX_LOCALES_PER_REPORT) dtos.delete(dtos.keys().next().value as string);
    dtos.set(locale, dto);
    return dto;
  }

  /** The worded report with each item's mark in force; the kept DTO is never changed (it is shared). */
  async function withMarks(key: UserKey, dto: RiskReportDto): Promise<RiskReportDto> {
    if (deps.store === undefined) return dto;
    const marks = await deps.store.itemMarks.list(key);
    if (marks.length === 0) return dto;
    const now = deps.clock?.now() ?? (dto.generatedAt as Instant);
    const byItem = new Map(marks.map((m) => [m.itemId, m]));
    return {
      ...dto,
      items: dto.items.map((item) => {
        const stored = byItem.get(item.id);
        const mark = stored === undefined ? undefined : toActiveMark(stored, toMarkFingerprint(item), now);
        return mark === undefined ? item : { ...item, mark };
      }),
    };
  }

  return {
    async build(key, tokens, { horizonDays, locale, fresh }) {
      const days = horizonDays ?? (deps.store === undefined ? DEFAULT_HORIZON_DAYS : (await readUserSettings(deps.store, key)).settings.horizonDays);
      const assessed = await deps.loadAssessedWorld(key, tokens, { horizonDays: days, fresh });
      return withMarks(key, dtoFor(assessed, locale ?? assessed.world.user.language));
    },
  };
}
