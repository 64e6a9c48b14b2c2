import { createHash } from 'node:crypto';
import type { UserKey } from '@upfront/store';

/** What a draft is about: the suggestion's kind, the items (or meeting) it speaks of, its readers and its period. */
export interface DraftSubject {
  readonly kind: string;
  /** The work items the message is about; for a meeting brief, the meeting's id. Order does not matter. */
  readonly itemIds: readonly string[];
  /** The suggestion's own recipients (not the user's edits: an edited retry is the same draft). Order does not matter. */
  readonly recipientIds: readonly string[];
  /** The user's day (`2026-12-01`) or ISO week (`2026-W49`). */
  readonly period: string;
}

/**
 * The idempotency key of a draft: SHA-256, lower-case hex, over tenant, user, kind, the sorted items, the sorted
 * recipients, the period and the template version, as a JSON array (so no two different inputs share a text).
 * The same suggestion drafted twice, on any server instance, gets the same key; a new template version, day or
 * reader gets a new one. The recipients are part of it because one item can have two heads-ups on one day (two
 * readers with no common send window), which must be two drafts.
 * @example toDraftKey({ tenantId: 't', userId: 'u' }, { kind: 'heads-up', itemIds: ['b', 'a'], recipientIds: ['x@y'], period: '2026-12-01' }, '1')
 */
export function toDraftKey(key: UserKey, subject: DraftSubject, templateVersion: string): string {
  const canonical = JSON.stringify([
    'upfront-draft',
    key.tenantId.toLowerCase(),
    key.userId.toLowerCase(),
    subject.kind,
    [...subject.itemIds].sort(),
    [...subject.recipientIds].map((r) => r.toLowerCase()).sort(),
    subject.period,
    templateVersion,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
