import { readFileSync } from 'node:fs';
import type { Clock, RiskSettings } from '@upfront/core';
import { createAppTokenProvider, createGraphGateway, createMeetingFinder, createOboTokenProvider, createTrustingFetch, type GraphGateway } from '@upfront/graph';
import { openStore, type Store } from '@upfront/store';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import type { GraphTokens } from './services/graph-token-source.js';
import { createAssessedWorldLoader, type LoadAssessedWorld } from './services/load-assessed-world.js';
import { createDrafts, type Drafts } from './services/drafts.js';
import { createMeetingBriefs, type MeetingBriefs } from './services/meeting-briefs.js';
import { createMeetingPanels, type MeetingPanels } from './services/meeting-panels.js';
import { createRiskReports, type RiskReports } from './services/risk-reports.js';
import { createSuggestions, type Suggestions } from './services/suggestions.js';

/** What the app and the worker may bring instead of what `createServices` would make from the configuration. */
export interface ServicesDeps {
  readonly clock?: Clock;
  /** A store the caller owns (and closes); otherwise one is opened from `DATABASE_URL` and closed by `close()`. */
  readonly store?: Store;
  readonly riskSettings?: Partial<RiskSettings>;
  /** How long a loaded world is kept, when it is loaded again ahead, and the monotonic clock of both (tests). */
  /** How long a draft's `creating` entry belongs to its attempt (default 2 min). */
  readonly draftLeaseMs?: number;
  readonly worldCache?: { readonly ttlMs?: number; readonly refreshAfterMs?: number; readonly clockMs?: () => number };
}

/**
 * Everything the app's routes and the worker's jobs share, made once per process. Services take a user key and
 * a Graph token source (`onBehalfOf(ssoToken)` from a request, `appOnly` for a job), never a live request.
 */
export interface Services {
  readonly config: Readonly<Config>;
  readonly clock: Clock;
  readonly store: Store;
  /** The fetch that trusts the configured extra CA, for Graph, identity and the JWKS. */
  readonly fetch: typeof fetch;
  readonly tokens: GraphTokens;
  readonly gateway: GraphGateway;
  /** The one load of a user's assessed world that risks, suggestions, briefs and digests share. */
  readonly loadAssessedWorld: LoadAssessedWorld;
  readonly riskReports: RiskReports;
  readonly suggestions: Suggestions;
  readonly briefs: MeetingBriefs;
  /** The meeting side panel: the meeting of a Teams chat, its attendees' items and heads-ups. */
  readonly meetingPanels: MeetingPanels;
  /** Drafts in the user's Outlook, once per key (the ledger); never sent. */
  readonly drafts: Drafts;
  /** Closes what `createServices` opened (the store, unless the caller brought it). */
  close(): Promise<void>;
}

/** Wires the services from configuration: one MSAL client per grant, one Graph gateway, one store per process. */
export async function createServices(config: Readonly<Config>, deps: ServicesDeps = {}): Promise<Services> {
  // Trust for Graph and identity is explicit: the system's authorities plus, when configured, one more
  // (the simulator's local CA in the demo). TLS checks are never turned off.
  const fetchImpl = createTrustingFetch(config.TRUSTED_CA_FILE ? readFileSync(config.TRUSTED_CA_FILE, 'utf8') : undefined);
  const store = deps.store ?? (await openStore(config.DATABASE_URL));
  const clock = deps.clock ?? systemClock;
  const knownAuthorities = config.AUTH_KNOWN_AUTHORITIES.split(',').map((s) => s.trim()).filter(Boolean);
  const msal = {
    authority: config.AUTH_AUTHORITY,
    clientId: config.AUTH_CLIENT_ID,
    clientSecret: config.AUTH_CLIENT_SECRET,
    ...(knownAuthorities.length > 0 ? { knownAuthorities } : {}),
    fetch: fetchImpl,
  };
  const obo = createOboTokenProvider(msal);
  const app = createAppTokenProvider(msal);
  const tokens: GraphTokens = { onBehalfOf: (ssoToken) => obo.graphTokenFor(ssoToken), appOnly: (tenantId) => app.graphAppTokenFor(tenantId) };
  const gateway = createGraphGateway({ baseUrl: config.GRAPH_BASE_URL, fetch: fetchImpl });
  const cache = deps.worldCache ?? {};
  const loadAssessedWorld = createAssessedWorldLoader({
    tokens,
    gateway,
    store,
    clock,
    ...(deps.riskSettings ? { settings: deps.riskSettings } : {}),
    ...(cache.ttlMs === undefined ? {} : { ttlMs: cache.ttlMs }),
    ...(cache.refreshAfterMs === undefined ? {} : { refreshAfterMs: cache.refreshAfterMs }),
    ...(cache.clockMs === undefined ? {} : { clockMs: cache.clockMs }),
  });
  const riskReports = createRiskReports({ loadAssessedWorld, store, clock });
  const drafts = createDrafts({ store, gateway, tokens, clock, ...(deps.draftLeaseMs === undefined ? {} : { leaseMs: deps.draftLeaseMs }) });
  const suggestions = createSuggestions({ loadAssessedWorld, store, clock, drafts });
  const briefs = createMeetingBriefs({ loadAssessedWorld, store });
  const meetingFinder = createMeetingFinder({ baseUrl: config.GRAPH_BASE_URL, fetch: fetchImpl });
  const meetingPanels = createMeetingPanels({ loadAssessedWorld, store, clock, tokens, finder: meetingFinder, suggestions });
  return {
    config,
    clock,
    store,
    fetch: fetchImpl,
    tokens,
    gateway,
    loadAssessedWorld,
    riskReports,
    suggestions,
    briefs,
    meetingPanels,
    drafts,
    async close() {
      if (!deps.store) await store.close();
    },
  };
}
