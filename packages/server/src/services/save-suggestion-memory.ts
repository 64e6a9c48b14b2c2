import type { Instant, KnownItem, LastSuggested, LocalDate, SuggestionMemory } from '@upfront/core';
import type { Store, UserKey } from '@upfront/store';

/**
 * Stores what `suggestUpdates` remembers after a run: each known item (state, promise, since when, the first date
 * promised) and the last suggestion per stakeholder. Only what changed since `before` is written. Dismissals and
 * snoozes are written when the user acts (`store.suggestions.put`), not here.
 */
const itemText = (i: KnownItem, firstOn: LocalDate | undefined) => JSON.stringify([i.state, i.promisedOn, i.sinceOn, i.fromState, i.previousPromisedOn, firstOn]);
const lastText = (l: LastSuggested) => JSON.stringify([l.on, l.severity, l.suggestionId]);

export async function saveSuggestionMemory(store: Store, key: UserKey, before: SuggestionMemory, after: SuggestionMemory, at: Instant): Promise<void> {
  const firstOf = new Map(after.firstPromised.map((f) => [f.itemId, f.on]));
  const firstBefore = new Map(before.firstPromised.map((f) => [f.itemId, f.on]));
  const itemsBefore = new Map(before.items.map((i) => [i.itemId, itemText(i, firstBefore.get(i.itemId))]));
  const lastBefore = new Map(before.lastByStakeholder.map((l) => [l.stakeholderId, lastText(l)]));
  const writes: Promise<void>[] = [];
  for (const item of after.items) {
    const firstOn = firstOf.get(item.itemId);
    if (itemsBefore.get(item.itemId) === itemText(item, firstOn)) continue;
    writes.push(
      store.suggestions.putItem(key, {
        itemId: item.itemId,
        lastState: item.state,
        sinceOn: item.sinceOn,
        ...(firstOn === undefined ? {} : { firstPromisedOn: firstOn }),
        ...(item.promisedOn === undefined ? {} : { lastPromisedOn: item.promisedOn }),
        ...(item.fromState === undefined ? {} : { fromState: item.fromState }),
        ...(item.previousPromisedOn === undefined ? {} : { previousPromisedOn: item.previousPromisedOn }),
        updatedAt: at,
      }),
    );
  }
  for (const last of after.lastByStakeholder) {
    if (lastBefore.get(last.stakeholderId) === lastText(last)) continue;
    writes.push(
      store.suggestions.putStakeholder(key, {
        stakeholderId: last.stakeholderId,
        lastSuggestedOn: last.on,
        lastSeverity: last.severity,
        lastSuggestionId: last.suggestionId,
        updatedAt: at,
      }),
    );
  }
  await Promise.all(writes);
}
