import { ConfidentialClientApplication, InteractionRequiredAuthError } from '@azure/msal-node';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { AuthError } from './errors.js';

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
 * Create one per process: MSAL caches OBO results keyed by the incoming assertion.
 */
export function createOboTokenProvider(opts: OboTokenProviderOptions): OboTokenProvider {
  const app = new ConfidentialClientApplication({
    auth: {
      clientId: opts.clientId,
      clientSecret: opts.clientSecret,
      authority: opts.authority,
      ...(opts.knownAuthorities ? { knownAuthorities: opts.knownAuthorities } : {}),
    },
    system: { networkClient: createNetworkClient(opts.fetch ?? globalThis.fetch.bind(globalThis)) },
  });
  const scopes = opts.scopes ?? ['https://graph.microsoft.com/.default'];
  return {
    async graphTokenFor(ssoToken) {
      try {
        const result = await app.acquireTokenOnBehalfOf({ oboAssertion: ssoToken, scopes });
        if (!result?.accessToken) throw new AuthError('AUTH_TOKEN_REJECTED', 'on-behalf-of returned no access token');
        return result.accessToken;
      } catch (error) {
        throw toAuthError(error);
      }
    },
  };
}

const CONSENT_CODES = ['invalid_grant', 'interaction_required', 'consent_required', 'login_required'];

function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const e = error as { errorCode?: string; subError?: string; errorMessage?: string; message?: string };
  const code = `${e.errorCode ?? ''} ${e.subError ?? ''}`.toLowerCase();
  const text = `${e.errorMessage ?? e.message ?? ''}`;
  if (error instanceof InteractionRequiredAuthError || CONSENT_CODES.some((c) => code.includes(c)) || /AADSTS65001|consent/i.test(text)) {
    return new AuthError('AUTH_CONSENT_REQUIRED', `on-behalf-of needs user interaction: ${e.errorCode ?? ''}`, { cause: error });
  }
  if (/invalid_client|unauthorized_client|invalid_request|AADSTS50013|AADSTS500133/i.test(`${code} ${text}`)) {
    return new AuthError('AUTH_TOKEN_REJECTED', `on-behalf-of rejected: ${e.errorCode ?? ''}`, { cause: error });
  }
  return new AuthError('AUTH_UNAVAILABLE', `on-behalf-of failed: ${e.errorCode ?? text}`, { cause: error });
}

/** MSAL's network module on our fetch, so TLS trust is explicit (no global agent, no env switches). */
function createNetworkClient(fetchFn: typeof fetch): INetworkModule {
  async function send<T>(url: string, method: 'GET' | 'POST', options?: NetworkRequestOptions, timeoutMs?: number): Promise<NetworkResponse<T>> {
    const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
    const response = await fetchFn(url, {
      method,
      headers: options?.headers ?? {},
      ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
      ...(signal ? { signal } : {}),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    return { headers, body: (await response.json()) as T, status: response.status };
  }
  return {
    sendGetRequestAsync: (url, options, timeout) => send(url, 'GET', options, timeout),
    sendPostRequestAsync: (url, options) => send(url, 'POST', options),
  };
}
