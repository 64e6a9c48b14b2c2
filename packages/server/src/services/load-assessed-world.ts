import { assessRisks, type Clock, type Instant, type Interval, type RiskReport, type RiskSettings, type Stakeholder, type UserWorld } from '@upfront/core';
import type { GraphGateway, WorldSync } from '@upfront/graph';
import type { EffortOverride, StakeholderPreference, Store, UserKey } from '@upfront/store';
import { createExpiringCache } from './create-expiring-cache.js';
import { toGraphAccess, type GraphTokens, type GraphTokenSource } from './graph-token-source.js';
import { readUserSettings, toUserRiskSettings, type UserSettings } from './user-settings.js';

/** What a caller asks of a user's world: the horizon, and whether to read Graph afresh. */
export interface LoadAssessedWorldOptions {
  readonly horizonDays: number;
  /** Reuse nothing kept but tokens and delta links (`Cache-Control: no-cache`, or a job that must be current). */
  readonly fresh?: boolean;
}

/** A user's world with their own settings overlaid, and its risk report: what risks, suggestions, briefs and digests share. */
export interface AssessedWorld {
  readonly key: UserKey;
  /** The moment the world was read and assessed at. */
  readonly now: Instant;
  /** `now` to `now + horizonDays`. */
  readonly horizon: Interval;
  /** The world as Graph gave it, with the user's stakeholder preferences (style, language, tone, worked holidays) applied. */
  readonly world: UserWorld;
  readonly report: RiskReport;
  readonly preferences: readonly StakeholderPreference[];
  /** The user's working preferences and suggestion kinds (the defaults until they save). */
  readonly settings: UserSettings;
  /** The risk settings the report was made with (the server's, then the user's own, then their efforts). */
  readonly riskSettings: Partial<RiskSettings>;
}

/** Loads and assesses one user's world; shared by the app's routes and the worker's jobs. */
export type LoadAssessedWorld = (key: UserKey, tokens: GraphTokenSource, options: LoadAssessedWorldOptions) => Promise<AssessedWorld>;

export interface AssessedWorldLoaderDeps {
  readonly tokens: GraphTokens;
  readonly gateway: GraphGateway;
  readonly store: Store;
  readonly clock: Clock;
  readonly settings?: Partial<RiskSettings>;
  /** How long one load from Graph serves further requests of the same user and horizon (default 30 s). */
  readonly ttlMs?: number;
  /**
   * From this age on (default two thirds of the TTL), a plain request still gets the kept world but also starts
   * the next load, so that a user who keeps reading never waits for an expired one.
   */
  readonly refreshAfterMs?: number;
  /** Users × horizons kept at most (default 500); the oldest go first. */
  readonly maxEntries?: number;
  /** Monotonic milliseconds for the TTL only (default `performance.now`). */
  readonly clockMs?: () => number;
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
      ...(p.tone ? { tone: p.tone } : {}),
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
  /** The assessment for one set of the user's settings (filled on demand). */
  assessed?: { readonly settingsKey: string; readonly value: AssessedWorld };
}

/**
 * Creates `loadAssessedWorld`: 1. resolve the token source to a Graph token (on-behalf-of, or app-only for a
 * job), 2. load the user's world (delta from the stored cursor when there is one), 3. overlay the user's own
 * settings, 4. assess.
 *
 * Steps 1–2 are the expensive ones. Their result is kept for a short while per tenant, user and horizon
 * (`ttlMs`, bounded to `maxEntries`), and concurrent callers for the same key share one load (single flight);
 * a user who keeps reading has the next load started ahead of the expiry (`refreshAfterMs`), so no request
 * waits for Graph, and no kept load is served past its TTL. A fresh call skips the kept result and reads Graph
 * again (only the token and the delta links are reused), joining a fresh load that is already under way. The
 * user's settings are read on every call, so a changed setting is assessed again at once without reading Graph.
 */
export function createAssessedWorldLoader(deps: AssessedWorldLoaderDeps): LoadAssessedWorld {
  const clockMs = deps.clockMs ?? (() => performance.now());
  const ttlMs = deps.ttlMs ?? 30_000;
  const refreshAfterMs = deps.refreshAfterMs ?? (ttlMs * 2) / 3;
  const loads = createExpiringCache<Loaded>({ ttlMs, maxEntries: deps.maxEntries ?? 500, clockMs });
  /** Loads under way per key; `fresh` ones serve fresh requests too. `seq` orders loads by their start. */
  const inFlight = new Map<string, { promise: Promise<Loaded>; fresh: boolean; seq: number }>();
  let started = 0;

  async function load(key: UserKey, source: GraphTokenSource, horizonDays: number, fresh: boolean, seq: number): Promise<Loaded> {
    const now = deps.clock.now();
    const horizon: Interval = { start: now, end: toInstant(Date.parse(now) + horizonDays * DAY_MS) };
    const [access, syncText] = await Promise.all([toGraphAccess(deps.tokens, key, source), deps.store.sync.get(key)]);
    const sync = parseSync(syncText);
    // The calendar is read two weeks past the horizon, so a date to promise can reach past the horizon on a
    // calendar that is known (the engine offers none beyond what was read).
    const readWindow = toReadWindow(now, horizonDays + PROMISE_LOOKAHEAD_DAYS);
    const loaded = await deps.gateway.loadWorld({
      accessToken: access.accessToken,
      horizon: readWindow,
      now,
      address: access.address,
      ...(sync ? { sync } : {}),
      ...(fresh ? { fresh } : {}),
    });
    await deps.store.sync.put(key, JSON.stringify(loaded.sync), now);
    return { world: { ...loaded.world, horizon, calendarUntil: readWindow.end }, now, horizon, seq, keptAtMs: clockMs() };
  }

  /**
   * Single flight: a plain call joins any load under way for its key, a fresh one only a fresh load (a plain
   * load reuses people and plans the gateway keeps). The result is kept unless a later-started load is kept already.
   */
  function sharedLoad(cacheKey: string, key: UserKey, source: GraphTokenSource, horizonDays: number, fresh: boolean): Promise<Loaded> {
    const running = inFlight.get(cacheKey);
    if (running && (running.fresh || !fresh)) return running.promise;
    const seq = (started += 1);
    const settle = () => {
      if (inFlight.get(cacheKey)?.seq === seq) inFlight.delete(cacheKey);
    };
    const promise = load(key, source, horizonDays, fresh, seq).then(
      (loaded) => {
        settle();
        const kept = loads.get(cacheKey);
        if (kept === undefined || kept.seq < seq) loads.set(cacheKey, loaded);
        return loaded;
      },
      (error: unknown) => {
        settle(); // a failure is never kept: the next call tries again
        throw error;
      },
    );
    inFlight.set(cacheKey, { promise, fresh, seq });
    return promise;
  }

  /** Synchronous, so that callers sharing one load assess it once: the first to resume fills it in. */
  function assessedFor(key: UserKey, loaded: Loaded, preferences: readonly StakeholderPreference[], overrides: readonly EffortOverride[], settings: UserSettings): AssessedWorld {
    // The user's settings are part of the key: a saved focus factor is assessed at once, never served stale.
    const settingsKey = JSON.stringify([preferences, overrides, settings.saved, settings.settings]);
    if (loaded.assessed?.settingsKey === settingsKey) return loaded.assessed.value;
    const world = withPreferences(loaded.world, preferences);
    const riskSettings: Partial<RiskSettings> = {
      ...deps.settings,
      ...toUserRiskSettings(settings),
      effortOverrides: Object.fromEntries(overrides.map((o) => [o.itemId, o.hours])),
    };
    const report = assessRisks(world, loaded.now, riskSettings);
    const value: AssessedWorld = { key, now: loaded.now, horizon: loaded.horizon, world, report, preferences, settings, riskSettings };
    loaded.assessed = { settingsKey, value };
    return value;
  }

  return async (key, source, { horizonDays, fresh = false }) => {
    const cacheKey = JSON.stringify([key.tenantId, key.userId, horizonDays]);
    const [preferences, overrides, settings] = await Promise.all([
      deps.store.preferences.list(key),
      deps.store.efforts.list(key),
      readUserSettings(deps.store, key),
      // A job working for the user is not the user using the app.
      source.kind === 'on-behalf-of' ? deps.store.users.touch(key, deps.clock.now()) : undefined,
    ]);
    const kept = fresh ? undefined : loads.get(cacheKey);
    if (kept && clockMs() - kept.keptAtMs >= refreshAfterMs && !inFlight.has(cacheKey)) {
      // Refresh ahead: this call is answered from the kept load; the next one will find the new load.
      sharedLoad(cacheKey, key, source, horizonDays, false).catch(() => {
        // Nobody waits for this load to report its failure: drop the kept one, so the next call loads in the
        // foreground and answers with the error (or with the world, if Graph is back). A newer one stays.
        if (loads.get(cacheKey) === kept) loads.delete(cacheKey);
      });
    }
    const loaded = kept ?? (await sharedLoad(cacheKey, key, source, horizonDays, fresh));
    return assessedFor(key, loaded, preferences, overrides, settings);
  };
}
