import type { Instant } from '@upfront/core';
import { StoreError } from './errors.js';

/**
 * The stored form of an instant: always `YYYY-MM-DDTHH:mm:ss.sssZ`, so that text comparison in SQL is time order
 * (`…:00Z` and `…:00.500Z` would not sort, since `.` comes before `Z`).
 */
export function toStoredInstant(at: Instant): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new StoreError('STORE_INVALID_INPUT', `not an instant: ${JSON.stringify(at)}`);
  return new Date(ms).toISOString();
}

/** Reads a stored instant back in core's canonical form (seconds precision unless it has milliseconds). */
export function fromStoredInstant(text: string): Instant {
  return (text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text) as Instant;
}

/** `at` plus a number of milliseconds, stored form. */
export function addStoredMs(at: Instant, ms: number): string {
  return new Date(Date.parse(toStoredInstant(at)) + ms).toISOString();
}
