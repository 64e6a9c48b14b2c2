import type { ItemMark as ItemMarkDto, ItemRisk as ItemRiskDto } from '@upfront/contracts';
import type { Instant } from '@upfront/core';
import type { ItemMark } from '@upfront/store';

/**
 * What "done for now" remembers of an item: its state and its date to promise. When either changes, the item
 * needs the user again and the mark lapses.
 * @example toMarkFingerprint({ state: 'at-risk', promise: { kind: 'date', on: '2025-03-28', … } }) // 'at-risk|2025-03-28'
 */
export function toMarkFingerprint(item: Pick<ItemRiskDto, 'state' | 'promise'>): string {
  const promise = item.promise === undefined ? '-' : item.promise.kind === 'date' ? item.promise.on : `none:${item.promise.reason}`;
  return `${item.state}|${promise}`;
}

/**
 * The mark in force on an item now, or none: a snooze holds until its `until` (exclusive: at that instant the
 * item is back); "done for now" holds while the item's fingerprint is the one it was marked with.
 */
export function toActiveMark(mark: ItemMark, fingerprint: string, now: Instant): ItemMarkDto | undefined {
  if (mark.kind === 'snoozed') {
    if (mark.until === undefined || Date.parse(mark.until) <= Date.parse(now)) return undefined;
    return { kind: 'snoozed', until: mark.until, markedAt: mark.updatedAt };
  }
  if (mark.fingerprint !== fingerprint) return undefined;
  return { kind: 'done-for-now', markedAt: mark.updatedAt };
}
