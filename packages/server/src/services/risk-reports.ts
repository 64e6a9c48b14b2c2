import type { RiskReport as RiskReportDto } from '@upfront/contracts';
import { assessRisks, type Clock, type Instant, type Interval, type RiskSettings, type Stakeholder, type UserWorld } from '@upfront/core';
import type { GraphGateway, WorldSync } from '@upfront/graph';
import type { StakeholderPreference, Store, UserKey } from '@upfront/store';
import type { SignedInUser } from '../auth/verify-sso-token.js';
import { toRiskReportDto } from './to-risk-report-dto.js';

export interface RiskReportsDeps {
  readonly tokens: { graphTokenFor(ssoToken: string): Promise<string> };
  readonly gateway: GraphGateway;
  readonly store: Store;
  readonly clock: Clock;
  readonly settings?: Partial<RiskSettings>;
}

/** What a caller asks of a report: the horizon, the reader's locale, and whether to read Graph afresh. */
export interface RiskReportRequest {
  readonly horizonDays: number;
  /** BCP 47; the mailbox language when absent. */
  readonly locale?: string;
  /** `Cache-Control: no-cache`: reuse nothing cached but tokens and delta links. */
  readonly fresh: boolean;
}

export interface RiskReports {
  build(user: SignedInUser, request: RiskReportRequest): Promise<RiskReportDto>;
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const toInstant = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z') as Instant;

/**
 * The calendar window read from Graph: whole UTC weeks covering the horizon, so that loads within the same
 * week reuse the stored delta links (a delta link belongs to one window) instead of reading everything again.
 */
export function toReadWindow(now: Instant, horizonDays: number): Interval {
  const nowMs = Date.parse(now);
  const daysSinceMonday = (new Date(nowMs).getUTCDay() + 6) % 7;
  const start = Math.floor(nowMs / DAY_MS) * DAY_MS - daysSinceMonday * DAY_MS;
  const weeks = Math.ceil((nowMs + horizonDays * DAY_MS - start) / WEEK_MS);
  return { start: toInstant(start), end: toInstant(start + weeks * WEEK_MS) };
}

function withPreferences(world: UserWorld, preferences: readonly StakeholderPreference[]): UserWorld {
  if (preferences.length === 0) return world;
  const byId = new Map(preferences.map((p) => [p.stakeholderId, p]));
  const stakeholders = world.stakeholders.map((s): Stakeholder => {
    const p = byId.get(s.id);
    if (!p) return s;
    return {
      ...s,
      ...(p.deadlineStyle ? { deadlineStyle: p.deadlineStyle } : {}),
      ...(p.language ? { language: p.language } : {}),
      workedHolidays: p.workedHolidays,
    };
  });
  return { ...world, stakeholders };
}

function parseSync(text: string | undefined): WorldSync | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as WorldSync;
  } catch {
    // A cursor we cannot read only costs a full load; the next load stores a fresh one.
    return undefined;
  }
}

/**
 * Builds a user's risk report: 1. exchange the SSO token on-behalf-of for Graph, 2. load the user's world
 * (delta from the stored cursor when there is one), 3. overlay the user's own settings, 4. assess.
 */
export function createRiskReports(deps: RiskReportsDeps): RiskReports {
  return {
    async build(user, { horizonDays, locale }) {
      const key: UserKey = { tenantId: user.tenantId, userId: user.userId };
      const now = deps.clock.now();
      const horizon: Interval = { start: now, end: toInstant(Date.parse(now) + horizonDays * DAY_MS) };
      const [accessToken, syncText, preferences, overrides] = await Promise.all([
        deps.tokens.graphTokenFor(user.ssoToken),
        deps.store.getSyncState(key),
        deps.store.listStakeholderPreferences(key),
        deps.store.listEffortOverrides(key),
        deps.store.touchUser(key, now),
      ]);
      const sync = parseSync(syncText);
      const loaded = await deps.gateway.loadWorld({ accessToken, horizon: toReadWindow(now, horizonDays), now, ...(sync ? { sync } : {}) });
      await deps.store.putSyncState(key, JSON.stringify(loaded.sync), now);
      const world = withPreferences({ ...loaded.world, horizon }, preferences);
      const report = assessRisks(world, now, {
        ...deps.settings,
        effortOverrides: Object.fromEntries(overrides.map((o) => [o.itemId, o.hours])),
      });
      return toRiskReportDto(report, world, horizon, locale ?? world.user.language);
    },
  };
}
