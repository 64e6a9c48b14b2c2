import type { Instant, LocalDate, LocalTime, TimeZoneId } from '@upfront/core';
import type { Store, UserKey } from '../src/index.js';

export const at = (s: string) => s as Instant;
export const on = (s: string) => s as LocalDate;

/** Writes one row into every per-user table for `key`, through the repositories only. */
export async function populateEveryTable(store: Store, key: UserKey): Promise<void> {
  const now = at('2025-09-01T08:00:00Z');
  await store.users.touch(key, now);
  await store.preferences.put(key, { stakeholderId: 'lena@northwind.example', tone: 'diplomatic', workedHolidays: [], updatedAt: now });
  await store.efforts.put(key, { itemId: 'task-1', hours: 2, updatedAt: now });
  await store.sync.put(key, '{"calendar":"delta-1"}', now);
  await store.suggestions.put(key, { suggestionId: 'heads-up:task-1:lena', status: 'dismissed', fingerprint: 'at-risk:2025-09-05', updatedAt: now });
  await store.suggestions.putItem(key, { itemId: 'task-1', firstPromisedOn: on('2025-09-05'), lastPromisedOn: on('2025-09-05'), lastState: 'at-risk', sinceOn: on('2025-09-01'), updatedAt: now });
  await store.suggestions.putStakeholder(key, { stakeholderId: 'lena@northwind.example', lastSuggestedOn: on('2025-09-01'), lastSeverity: 'at-risk', lastSuggestionId: 'heads-up:task-1:lena', updatedAt: now });
  await store.drafts.claim(key, 'digest-2025-w36', now);
  await store.schedules.put(key, {
    enabled: true,
    audienceIds: ['lena@northwind.example'],
    weekday: 5,
    localTime: '09:00' as LocalTime,
    timeZone: 'Europe/Berlin' as TimeZoneId,
    nextRunAt: at('2025-09-05T07:00:00Z'),
    updatedAt: now,
  });
  await store.jobs.enqueue({ queue: 'digest', key, payload: { period: '2025-W36' }, singletonKey: '2025-W36', runAfter: now }, now);
  await store.tokenCache.put(key, 'opaque-encrypted-blob', now);
  await store.itemMarks.put(key, { itemId: 'task-1', kind: 'snoozed', until: at('2025-09-02T07:00:00Z'), fingerprint: 'at-risk', updatedAt: now });
  await store.settings.put(key, { focusFactor: 0.7 }, now);
}
