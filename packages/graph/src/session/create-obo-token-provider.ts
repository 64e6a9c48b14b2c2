import { ConfidentialClientApplication } from '@azure/msal-node';
import { AuthError } from '../errors.js';
import { createMsalNetworkClient } from './msal-network-client.js';
import { needsUser, toAuthError } from './to-auth-error.js';

/** Options of {@link createOboTokenProvider}. */
export interface OboTokenProviderOptions {
  /**
   * The token authority (tenant-specific). Entra ID: `https://login.microsoftonline.com/{tenantId}`.
   * The Graph simulator: `${sim.url}/${sim.tenantId}` (its `authority`), with `knownAuthorities: ['127.0.0.1:PORT']`
   * so MSAL trusts its OIDC metadata without Entra's instance discovery.
   */
  authority: string;
  clientId: string;
  clientSecret: string;
  /** Hosts (host:port) MSAL may treat as authorities; needed for any authority that is not Entra ID. */
  knownAuthorities?: string[];
  /** The fetch MSAL uses for discovery and tokens (pass {@link createTrustingFetch} to trust the simulator CA). */
  fetch?: typeof fetch;
  /** Defaults to `['https://graph.microsoft.com/.default']` (the scopes consented for the app). */
  scopes?: string[];
}

/** Exchanges the user's token for a Graph token. */
export interface OboTokenProvider {
  graphTokenFor(ssoToken: string): Promise<string>;
}

/**
 * MSAL on-behalf-of: exchanges the user's SSO token (already validated by the server) for a Graph token.
 * Create one per process: its one MSAL client caches OBO results keyed by a hash of the incoming assertion,
 * so a second request with the same SSO token does not reach the token endpoint until the Graph token is
 * about to expire.
 *
 * Why the scopes are learnt: asked for `…/.default`, Entra ID (and the simulator) answer with the scopes that
 * `.default` stands for (`https://graph.microsoft.com/User.Read https://graph.microsoft.com/Tasks.Read …`), and
 * msal-node caches the token under those scopes only. Its cache lookup then asks for `.default`, which the
 * cached scopes do not contain, so every call went to the token endpoint. The provider remembers what
 * `.default` was granted and asks MSAL for exactly that afterwards, which the cached token does contain. Should
 * that explicit request be refused (consent changed), it asks for `.default` again and learns anew.
 */
export function createOboTokenProvider(opts: OboTokenProviderOptions): OboTokenProvider {
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      authority: opts.authority,
      ...(opts.knownAuthorities ? { knownAuthorities: opts.knownAuthorities } : {}),
    },
    system: { networkClient: createMsalNetworkClient(opts.fetch ?? globalThis.fetch.bind(globalThis)) },
  });
  const requested = opts.scopes ?? ['https://graph.microsoft.com/.default'];
  let granted: string[] | undefined;
  // Concurrent first requests of one user share one exchange.
  const inFlight = new Map<string, Promise<string>>();
  const prune = createExpiredTokenPruner(app);

  async function exchange(ssoToken: string, scopes: string[]): Promise<{ accessToken: string; scopes: string[]; fromCache: boolean }> {
    const result = await app.acquireTokenOnBehalfOf({ oboAssertion: ssoToken, scopes });
    if (!result?.accessToken) throw new AuthError('AUTH_TOKEN_REJECTED', 'on-behalf-of returned no access token');
    return { accessToken: result.accessToken, scopes: result.scopes, fromCache: result.fromCache };
  }

  async function tokenFor(ssoToken: string): Promise<string> {
    const learnt = granted;
    let result;
    try {
      result = await exchange(ssoToken, learnt ?? requested);
    } catch (error) {
      if (learnt === undefined || !needsUser(error)) throw error;
      granted = undefined;
      result = await exchange(ssoToken, requested);
    }
    if (!result.fromCache) {
      if (usesDefaultScope(requested) && result.scopes.length > 0) granted = result.scopes;
      prune();
    }
    return result.accessToken;
  }

  return {
    async graphTokenFor(ssoToken) {
      const running = inFlight.get(ssoToken);
      if (running) return running;
      const started = tokenFor(ssoToken)
        .catch((error: unknown) => {
          throw toAuthError(error);
        })
        .finally(() => inFlight.delete(ssoToken));
      inFlight.set(ssoToken, started);
      return started;
    },
  };
}

const usesDefaultScope = (scopes: readonly string[]) => scopes.some((s) => /\/\.default$/i.test(s));

/**
 * msal-node's in-memory cache never drops an expired token by itself, and every lookup scans all cached
 * tokens; SSO tokens change about hourly, so without pruning the cache grows by one entry per user per hour.
 * At most once a minute, after a token came from the network, tokens past their expiry are dropped.
 */
function createExpiredTokenPruner(app: ConfidentialClientApplication, everyMs = 60_000): () => void {
  let lastMs = Date.now();
  return () => {
    const nowMs = Date.now();
    if (nowMs - lastMs < everyMs) return;
    lastMs = nowMs;
    const cache = app.getTokenCache();
    const snapshot = JSON.parse(cache.serialize()) as { AccessToken?: Record<string, { expires_on?: string }> };
    const tokens = snapshot.AccessToken ?? {};
    let dropped = 0;
    for (const [key, token] of Object.entries(tokens)) {
      if (Number(token.expires_on ?? 0) * 1000 <= nowMs) {
        delete tokens[key];
        dropped += 1;
      }
    }
    if (dropped > 0) cache.deserialize(JSON.stringify(snapshot));
  };
}

