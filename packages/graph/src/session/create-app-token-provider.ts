import { ConfidentialClientApplication } from '@azure/msal-node';
import { AuthError } from '../errors.js';
import { createMsalNetworkClient } from './msal-network-client.js';
import { toAuthError } from './to-auth-error.js';

/** Options of {@link createAppTokenProvider}: the same authority, known authorities and fetch as on-behalf-of. */
export interface AppTokenProviderOptions {
  /**
   * The token authority of one tenant, e.g. `https://login.microsoftonline.com/{tenantId}` or the simulator's
   * `${sim.url}/${sim.tenantId}`. Other tenants are reached by replacing its last path segment with their id.
   */
  authority: string;
  clientId: string;
  clientSecret: string;
  /** Hosts (host:port) MSAL may treat as authorities; needed for any authority that is not Entra ID. */
  knownAuthorities?: string[];
  /** The fetch MSAL uses (pass `createTrustingFetch` to trust the simulator CA). */
  fetch?: typeof fetch;
}

/** Gets app-only Graph tokens (client credentials), one tenant at a time. */
export interface AppTokenProvider {
  /** A Graph token of the app itself in a tenant; use it with the user's address `/users/{id}`, never `/me`. */
  graphAppTokenFor(tenantId: string): Promise<string>;
}

const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * MSAL client credentials (`acquireTokenByClientCredential`, scope `https://graph.microsoft.com/.default`, the only
 * scope the grant accepts). One MSAL client per tenant, created on first use, so each keeps its own token cache and
 * a second call within the token's lifetime does not reach the token endpoint.
 */
export function createAppTokenProvider(opts: AppTokenProviderOptions): AppTokenProvider {
  const base = new URL(opts.authority);
  const segments = base.pathname.split('/').filter(Boolean);
  const networkClient = createMsalNetworkClient(opts.fetch ?? globalThis.fetch.bind(globalThis));
  const apps = new Map<string, ConfidentialClientApplication>();

  function appFor(tenantId: string): ConfidentialClientApplication {
    if (!/^[0-9A-Za-z.-]+$/.test(tenantId)) throw new AuthError('AUTH_TOKEN_REJECTED', `not a tenant id: ${JSON.stringify(tenantId)}`);
    const key = tenantId.toLowerCase();
    const known = apps.get(key);
    if (known) return known;
    const authority = `${base.origin}/${[...segments.slice(0, -1), tenantId].join('/')}`;
    const app = new ConfidentialClientApplication({
      auth: { clientId: opts.clientId, clientSecret: opts.clientSecret, authority, ...(opts.knownAuthorities ? { knownAuthorities: opts.knownAuthorities } : {}) },
      system: { networkClient },
    });
    apps.set(key, app);
    return app;
  }

  async function tokenFor(tenantId: string): Promise<string> {
    try {
      const result = await appFor(tenantId).acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE] });
      if (!result?.accessToken) throw new AuthError('AUTH_TOKEN_REJECTED', 'client credentials returned no access token');
      return result.accessToken;
    } catch (error) {
      throw toAuthError(error, 'client-credentials');
    }
  }

  // Concurrent first requests of one tenant (a digest run starting many jobs) share one exchange.
  const inFlight = new Map<string, Promise<string>>();
  return {
    graphAppTokenFor(tenantId) {
      const key = tenantId.toLowerCase();
      const running = inFlight.get(key);
      if (running) return running;
      const started = tokenFor(tenantId).finally(() => inFlight.delete(key));
      inFlight.set(key, started);
      return started;
    },
  };
}
