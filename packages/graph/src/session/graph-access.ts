import type { AppTokenProvider } from './create-app-token-provider.js';
import type { OboTokenProvider } from './create-obo-token-provider.js';

/**
 * How Graph is told whose data a request is about: `me` with a delegated (on-behalf-of) token, the user's
 * object id with an app-only token (`/me` means nothing without a signed-in user).
 */
export type GraphUserAddress = { readonly kind: 'me' } | { readonly kind: 'user'; readonly userId: string };

/** A Graph token and the address of the user it is used for. */
export interface GraphAccess {
  readonly accessToken: string;
  /** Default `{ kind: 'me' }`. */
  readonly address?: GraphUserAddress;
}

/**
 * Where a Graph token for one user comes from: on behalf of the signed-in user (a request's validated SSO token),
 * or as the app itself for a tenant (a job with no user present), which addresses the user by id.
 */
export type GraphTokenSource =
  | { readonly kind: 'on-behalf-of'; readonly provider: OboTokenProvider; readonly ssoToken: string }
  | { readonly kind: 'app-only'; readonly provider: AppTokenProvider; readonly tenantId: string; readonly userId: string };

/** Resolves a token source to a token and the user's address. */
export async function resolveGraphAccess(source: GraphTokenSource): Promise<GraphAccess & { readonly address: GraphUserAddress }> {
  if (source.kind === 'on-behalf-of') return { accessToken: await source.provider.graphTokenFor(source.ssoToken), address: { kind: 'me' } };
  return { accessToken: await source.provider.graphAppTokenFor(source.tenantId), address: { kind: 'user', userId: source.userId } };
}

/**
 * The path prefix of a user's resources: `/me`, or `/users/{id}` (encoded).
 * @example toUserPath({ kind: 'user', userId: 'a b' }) // '/users/a%20b'
 */
export function toUserPath(address: GraphUserAddress | undefined): string {
  return address === undefined || address.kind === 'me' ? '/me' : `/users/${encodeURIComponent(address.userId)}`;
}
