/** Waits `ms`; a parameter of `waitForConsent` so tests need not wait for real. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** After the pop-up, consent can take a few seconds to reach the token service (Entra documents this): 1 s, 2 s, 4 s. */
export const CONSENT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000];

/**
 * Asks `check` whether consent is in effect, at once and then after each delay, until it says yes. Resolves true
 * as soon as one check does, false when every one said no; a check that throws ends the wait with its error.
 */
export async function waitForConsent(
  check: () => Promise<boolean>,
  delaysMs: readonly number[] = CONSENT_RETRY_DELAYS_MS,
  sleep: Sleep = realSleep,
): Promise<boolean> {
  if (await check()) return true;
  for (const delay of delaysMs) {
    await sleep(delay);
    if (await check()) return true;
  }
  return false;
}
