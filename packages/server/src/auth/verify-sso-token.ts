import { createRemoteJWKSet, customFetch, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { RequestError } from '../errors.js';

/** The person behind a validated token. Data is keyed by `tenantId` + `userId` (the token's `tid` + `oid`). */
export interface SignedInUser {
  readonly tenantId: string;
  readonly userId: string;
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** The raw token, kept only for the on-behalf-of exchange of this request. */
  readonly ssoToken: string;
}

export interface SsoTokenVerifierOptions {
  /** Accepted issuer; `{tenantid}` is replaced by the token's `tid` (multi-tenant, Entra v2 form). */
  issuer: string;
  jwksUrl: string;
  audience: string;
  allowedTenants: readonly string[];
  fetch?: typeof fetch;
  /** Seconds of clock skew tolerated on exp/nbf. */
  clockToleranceSeconds?: number;
}

const REQUIRED_SCOPE = 'access_as_user';

/**
 * Validates a Teams SSO access token the way Entra documents it: RS256 only, keys from the issuer's JWKS
 * (refetched on an unknown `kid`, rate-limited by jose), issuer bound to the token's own tenant, audience =
 * our app, an allowed tenant, the `access_as_user` scope, and an `oid` to key data by.
 */
export function createSsoTokenVerifier(options: SsoTokenVerifierOptions): (token: string) => Promise<SignedInUser> {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), options.fetch ? { [customFetch]: options.fetch } : {});
  const allowed = new Set(options.allowedTenants.map((t) => t.toLowerCase()));
  return async (token) => {
    // 1. Read the tenant without trusting it yet, to know which issuer to demand.
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch (cause) {
      throw new RequestError('AUTH_TOKEN_INVALID', 'the bearer token is not a JWT', 'Your sign-in token is not valid. Sign in again.', { cause });
    }
    const tid = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : '';
    if (!allowed.has(tid)) {
      throw new RequestError('AUTH_TENANT_NOT_ALLOWED', `tenant ${tid || '(none)'} is not allowed`, 'Your organisation has not enabled Upfront.');
    }
    // 2. Verify signature, algorithm, issuer (bound to that tenant), audience and lifetime.
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        algorithms: ['RS256'],
        issuer: options.issuer.replaceAll('{tenantid}', tid),
        audience: options.audience,
        requiredClaims: ['exp', 'nbf', 'iat', 'oid', 'tid'],
        clockTolerance: options.clockToleranceSeconds ?? 300,
      }));
    } catch (cause) {
      const expired = cause instanceof joseErrors.JWTExpired;
      throw new RequestError(
        'AUTH_TOKEN_INVALID',
        `SSO token rejected: ${cause instanceof Error ? cause.message : String(cause)}`,
        expired ? 'Your sign-in has expired. Sign in again.' : 'Your sign-in token is not valid. Sign in again.',
        { cause },
      );
    }
    // 3. Delegated tokens only, with our scope.
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(REQUIRED_SCOPE)) {
      throw new RequestError('AUTH_SCOPE_MISSING', `token lacks the ${REQUIRED_SCOPE} scope`, 'Your sign-in does not allow Upfront to act for you.');
    }
    return {
      tenantId: tid,
      userId: String(payload.oid),
      userPrincipalName: String(payload.preferred_username ?? payload.upn ?? ''),
      displayName: String(payload.name ?? ''),
      ssoToken: token,
    };
  };
}
