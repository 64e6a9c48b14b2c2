import type { GraphAccess, GraphUserAddress } from '@upfront/graph';
import type { UserKey } from '@upfront/store';
import { ServiceError } from '../errors.js';

/**
 * Where a service gets its Graph token for one user: on behalf of the signed-in user (a request carries their
 * SSO token), or as the app itself (a job, with no user present, addressing the user as `/users/{id}`).
 */
export type GraphTokenSource =
  | { readonly kind: 'on-behalf-of'; readonly ssoToken: string }
  | { readonly kind: 'app-only' };

/** The token exchanges of one process: one MSAL client each, created once by `createServices`. */
export interface GraphTokens {
  /** The on-behalf-of exchange of a validated SSO token. */
  onBehalfOf(ssoToken: string): Promise<string>;
  /** A client-credentials token for a tenant; absent when this deployment has no app-only permission. */
  appOnly?(tenantId: string): Promise<string>;
}

/** A token source for a signed-in request. */
export const onBehalfOf = (ssoToken: string): GraphTokenSource => ({ kind: 'on-behalf-of', ssoToken });

/** The token source of a job. */
export const appOnly: GraphTokenSource = { kind: 'app-only' };

/** Resolves a token source to a Graph token for the user. */
export async function toGraphAccess(tokens: GraphTokens, key: UserKey, source: GraphTokenSource): Promise<GraphAccess & { readonly address: GraphUserAddress }> {
  if (source.kind === 'on-behalf-of') return { accessToken: await tokens.onBehalfOf(source.ssoToken), address: { kind: 'me' } };
  if (!tokens.appOnly) throw new ServiceError('SERVICE_APP_ONLY_UNAVAILABLE', 'no app-only token provider is configured', 'Upfront cannot work for you while you are away: this deployment has no app permission for Graph.');
  return { accessToken: await tokens.appOnly(key.tenantId), address: { kind: 'user', userId: key.userId } };
}
