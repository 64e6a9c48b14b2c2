import type { RiskReport as RiskReportDto } from '@upfront/contracts';
import { assessRisks, type Clock, type Instant, type Interval, type RiskReport, type RiskSettings, type Stakeholder, type UserWorld } from '@upfront/core';
import type { GraphGateway, WorldSync } from '@upfront/graph';
import type { EffortOverride, StakeholderPreference, Store, UserKey } from '@upfront/store';
import type { SignedInUser } from '../auth/verify-sso-token.js';
import { createExpiringCache } from './create-expiring-cache.js';
import { toRiskReportDto } from './to-risk-report-dto.js';

export interface RiskReportsDeps {
  readonly tokens: { graphTokenFor(ssoToken: string): Promise<string> };
  readonly gateway: GraphGateway;
  readonly store: Store;
  readonly clock: Clock;
  readonly settings?: Partial<RiskSettings>;
  /** How long one load from Graph serves further requests of the same user and horizon (default 30 s). */
  readonly reportTtlMs?: number;
  /**
   * From this age on (default two thirds of the TTL), a plain request still gets the kept report but also starts
   * the next load, so that a user who keeps reading never waits for an expired one.
   */
  readonly reportRefreshAfterMs?: number;
  /** Users × horizons kept at most (default 500); the oldest go first. */
  readonly reportMaxEntries?: number;
  /** Monotonic milliseconds for the TTL only (default `performance.now`). */
  readonly clockMs?: () => number;
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
/** Days of calendar read past the horizon, for dates to promise. */
const PROMISE_LOOKAHEAD_DAYS = 14;
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

/** One load from Graph: the user's world as Graph gave it, before their own settings are overlaid. */
interface Loaded {
  readonly world: UserWorld;
  readonly now: Instant;
  readonly horizon: Interval;
  /** The order in which loads started. */
  readonly seq: number;
  /** When it was kept (`clockMs`). */
  readonly keptAtMs: number;
  /** The assessment for one set of the user's settings, and its DTO per locale (filled on demand). */
  assessed?: Assessed;
}

interface Assessed {
  readonly settingsKey: string;
  readonly world: UserWorld;
  readonly report: RiskReport;
  readonly dtos: Map<string, RiskReportDto>;
}

/** Locales whose DTO is kept per assessed report (a user reads in one or two). */
const MAX_LOCALES_PER_REPORT = 4;

/**
 * Builds a user's risk report: 1. exchange the SSO token on-behalf-of for Graph, 2. load the user's world
 * (delta from the stored cursor when there is one), 3. overlay the user's own settings, 4. assess, 5. word it
 * in the reader's locale.
 *
 * Steps 1–2 are the expensive ones. Their result is kept for a short while per tenant, user and horizon
 * (`reportTtlMs`, bounded to `reportMaxEntries` users), and concurrent requests for the same key share one
 * load (single flight); a user who keeps reading has the next load started ahead of the expiry
 * (`reportRefreshAfterMs`), so no request waits for Graph, and no kept load is served past its TTL. A fresh request (`Cache-Control: no-cache`) skips the kept result and reads Graph
 * again (only the token and the delta links are reused), joining a fresh load that is already under way. The
 * user's settings are read on every request, so a changed setting is assessed again at once without reading
 * Graph.
 */
export function createRiskReports(deps: RiskReportsDeps): RiskReports {
  const clockMs = deps.clockMs ?? (() => performance.now());
  const ttlMs = deps.reportTtlMs ?? 30_000;
  const refreshAfterMs = deps.reportRefreshAfterMs ?? (ttlMs * 2) / 3;
  const loads = createExpiringCache<Loaded>({ ttlMs, maxEntries: deps.reportMaxEntries ?? 500, clockMs });
  /** Loads under way per key; `fresh` ones serve fresh requests too. `seq` orders loads by their start. */
  const inFlight = new Map<string, { promise: Promise<Loaded>; fresh: boolean; seq: number }>();
  let started = 0;

  async function load(user: SignedInUser, key: UserKey, horizonDays: number, fresh: boolean, seq: number): Promise<Loaded> {
    const now = deps.clock.now();
    const horizon: Interval = { start: now, end: toInstant(Date.parse(now) + horizonDays * DAY_MS) };
    const [accessToken, syncText] = await Promise.all([deps.tokens.graphTokenFor(user.ssoToken), deps.store.getSyncState(key)]);
    const sync = parseSync(syncText);
    // The calendar is read two weeks past the horizon, so a date to promise can reach past the horizon on a
    // calendar that is known (the engine offers none beyond what was read).
    const readWindow = toReadWindow(now, horizonDays + PROMISE_LOOKAHEAD_DAYS);
    const loaded = await deps.gateway.loadWorld({ accessToken, horizon: readWindow, now, ...(sync ? { sync } : {}), ...(fresh ? { fresh } : {}) });
    await deps.store.putSyncState(key, JSON.stringify(loaded.sync), now);
    return { world: { ...loaded.world, horizon, calendarUntil: readWindow.end }, now, horizon, seq, keptAtMs: clockMs() };
  }

  /**
   * Single flight: a plain request joins any load under way for its key, a fresh one only a fresh load (a plain
   * load reuses people and plans the gateway keeps). The result is kept unless a later-started load is kept already.
   */
  function sharedLoad(cacheKey: string, user: SignedInUser, key: UserKey, horizonDays: number, fresh: boolean): Promise<Loaded> {
    const running = inFlight.get(cacheKey);
    if (running && (running.fresh || !fresh)) return running.promise;
    const seq = (started += 1);
    const settle = () => {
      if (inFlight.get(cacheKey)?.seq === seq) inFlight.delete(cacheKey);
    };
    const promise = load(user, key, horizonDays, fresh, seq).then(
      (loaded) => {
        settle();
        const kept = loads.get(cacheKey);
        if (kept === undefined || kept.seq < seq) loads.set(cacheKey, loaded);
        return loaded;
      },
      (error: unknown) => {
        settle(); // a failure is never kept: the next request tries again
        throw error;
      },
    );
    inFlight.set(cacheKey, { promise, fresh, seq });
    return promise;
  }

  /** Synchronous, so that requests sharing one load assess it once: the first to resume fills it in. */
  function assessedFor(loaded: Loaded, preferences: readonly StakeholderPreference[], overrides: readonly EffortOverride[]): Assessed {
    const settingsKey = JSON.stringify([preferences, overrides]);
    if (loaded.assessed?.settingsKey === settingsKey) return loaded.assessed;
    const world = withPreferences(loaded.world, preferences);
    const report = assessRisks(world, loaded.now, {
      ...deps.settings,
      effortOverrides: Object.fromEntries(overrides.map((o) => [o.itemId, o.hours])),
    });
    loaded.assessed = { settingsKey, world, report, dtos: new Map() };
    return loaded.assessed;
  }

  function dtoFor(loaded: Loaded, assessed: Assessed, locale: string): RiskReportDto {
    const kept = assessed.dtos.get(locale);
    if (kept) return kept;
    const dto = toRiskReportDto(assessed.report, assessed.world, loaded.horizon, locale);
    if (assessed.dtos.size >= MAX_LOCALES_PER_REPORT) assessed.dtos.delete(assessed.dtos.keys().next().value as string);
    assessed.dtos.set(locale, dto);
    return dto;
  }

  return {
    async build(user, { horizonDays, locale, fresh }) {
      const key: UserKey = { tenantId: user.tenantId, userId: user.userId };
      const cacheKey = JSON.stringify([user.tenantId, user.userId, horizonDays]);
      const [preferences, overrides] = await Promise.all([
        deps.store.listStakeholderPreferences(key),
        deps.store.listEffortOverrides(key),
        deps.store.touchUser(key, deps.clock.now()),
      ]);
      const kept = fresh ? undefined : loads.get(cacheKey);
      if (kept && clockMs() - kept.keptAtMs >= refreshAfterMs && !inFlight.has(cacheKey)) {
        // Refresh ahead: this request is answered from the kept load; the next one will find the new load.
        sharedLoad(cacheKey, user, key, horizonDays, false).catch(() => {
          // Nobody waits for this load to report its failure: drop the kept one, so the next request loads in
          // the foreground and answers with the error (or with the report, if Graph is back). A newer one stays.
          if (loads.get(cacheKey) === kept) loads.delete(cacheKey);
        });
      }
      const loaded = kept ?? (await sharedLoad(cacheKey, user, key, horizonDays, fresh));
      const assessed = assessedFor(loaded, preferences, overrides);
      return dtoFor(loaded, assessed, locale ?? assessed.world.user.language);
    },
  };
}
