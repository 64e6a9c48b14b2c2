import type { Clock, Instant } from '@upfront/core';

/** The real clock; tests pass a fixed one instead. */
export const systemClock: Clock = { now: () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') as Instant };

/** A clock stopped at one instant. */
export const fixedClock = (at: string): Clock => ({ now: () => at as Instant });
