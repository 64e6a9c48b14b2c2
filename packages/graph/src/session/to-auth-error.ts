import { InteractionRequiredAuthError } from '@azure/msal-node';
import { AuthError } from '../errors.js';

const CONSENT_CODES = ['invalid_grant', 'interaction_required', 'consent_required', 'login_required'];

/** Whether MSAL says a user must act (consent, sign-in) before a token can be had. */
export function needsUser(error: unknown): boolean {
  const e = error as { errorCode?: string; subError?: string; errorMessage?: string; message?: string };
  const code = `${e.errorCode ?? ''} ${e.subError ?? ''}`.toLowerCase();
  const text = `${e.errorMessage ?? e.message ?? ''}`;
  return error instanceof InteractionRequiredAuthError || CONSENT_CODES.some((c) => code.includes(c)) || /AADSTS65001|consent/i.test(text) || code.includes('invalid_scope');
}

/** An MSAL failure as a typed error: consent needed, token or client rejected, or the authority unavailable. */
export function toAuthError(error: unknown, flow: 'on-behalf-of' | 'client-credentials' = 'on-behalf-of'): AuthError {
  if (error instanceof AuthError) return error;
  const e = error as { errorCode?: string; subError?: string; errorMessage?: string; message?: string };
  const code = `${e.errorCode ?? ''} ${e.subError ?? ''}`.toLowerCase();
  const text = `${e.errorMessage ?? e.message ?? ''}`;
  if (error instanceof InteractionRequiredAuthError || CONSENT_CODES.some((c) => code.includes(c)) || /AADSTS65001|consent/i.test(text)) {
    return new AuthError('AUTH_CONSENT_REQUIRED', `${flow} needs user interaction: ${e.errorCode ?? ''}`, { cause: error });
  }
  if (/invalid_client|unauthorized_client|invalid_request|AADSTS50013|AADSTS500133/i.test(`${code} ${text}`)) {
    return new AuthError('AUTH_TOKEN_REJECTED', `${flow} rejected: ${e.errorCode ?? ''}`, { cause: error });
  }
  return new AuthError('AUTH_UNAVAILABLE', `${flow} failed: ${e.errorCode ?? text}`, { cause: error });
}

