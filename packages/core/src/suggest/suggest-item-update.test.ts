import { describe, expect, it } from 'vitest';
import type { UserWorld } from '../model/world.js';
import { assessRisks } from '../risk/assess-risks.js';
import { aStakeholder, aTask, aUser, aWorld, at } from '../testing/builders.js';
import { emptySuggestionMemory } from './suggest-settings.js';
import { suggestItemUpdate } from './suggest-item-update.js';
import { suggestUpdates } from './suggest-updates.js';
import type { SuggestionMemory } from './types.js';

// Tue 1 Dec 2026, 09:00 in Berlin (UTC+1). The user works 09:00–17:00 Berlin, Mon–Fri: 480 min a day, × 0.7 = 336 usable.
const NOW = '2026-12-01T08:00:00Z';
const lena = aStakeholder({ id: 'lena@x', zone: 'Europe/Berlin' });
const priya = aStakeholder({ id: 'priya@x', zone: 'Asia/Kolkata' });
// 16 h due today for Lena: needed 960 > free 336 → off track.
const budget = aTask({ id: 't1', title: 'Budget', dueOn: '2026-12-01', stakeholderIds: ['lena@x'] });
// 1 h due next Friday for Lena and Priya: 60 (+ margin 15) fits into days of 336 → on track.
const notes = aTask({ id: 't2', title: 'Release notes', dueOn: '2026-12-11', stakeholderIds: ['priya@x', 'lena@x'] });
const alone = aTask({ id: 't3', title: 'Tidy the backlog', dueOn: '2026-12-11', stakeholderIds: [] });
const world: UserWorld = aWorld({ user: aUser(), stakeholders: [lena, priya], items: [budget, notes, alone] });
const hours = { t1: 16, t2: 1, t3: 1 };

function ask(itemId: string, memory: SuggestionMemory = emptySuggestionMemory) {
  const riskSettings = { effortOverrides: hours };
  return suggestItemUpdate({ world, report: assessRisks(world, at(NOW), riskSettings), now: at(NOW), memory, itemId, riskSettings });
}

describe('suggestItemUpdate', () => {
  it('writes a heads-up for an item in trouble, to its stakeholders, today, whatever noise control holds', () => {
    const riskSettings = { effortOverrides: hours };
    const listed = suggestUpdates({ world, report: assessRisks(world, at(NOW), riskSettings), now: at(NOW), memory: emptySuggestionMemory, riskSettings });
    const heldMemory: SuggestionMemory = { ...emptySuggestionMemory, dismissed: listed.suggestions.map((s) => ({ id: s.id, fingerprint: s.fingerprint })) };
    const result = ask('t1', heldMemory);
    expect(result.outcome).toBe('suggested');
    if (result.outcome !== 'suggested') return;
    expect(result.suggestion).toMatchObject({ id: 'heads-up:t1:lena@x:2026-12-01', kind: 'heads-up', severity: 'off-track', recipientIds: ['lena@x'], itemIds: ['t1'], period: '2026-12-01' });
    // The same message as the list's (same id): one suggestion, so one draft.
    expect(listed.suggestions.some((s) => s.id === result.suggestion.id)).toBe(true);
  });

  it('writes an on-track note for an item not in trouble, to all its stakeholders in one message', () => {
    const result = ask('t2');
    expect(result).toMatchObject({ outcome: 'suggested', suggestion: { kind: 'on-track', severity: 'routine', recipientIds: ['lena@x', 'priya@x'], id: 'on-track:t2:lena@x,priya@x:2026-12-01' } });
  });

  it('says why there is nothing to write: nobody waits on it, or the report does not know it', () => {
    expect(ask('t3')).toEqual({ outcome: 'no-stakeholders' });
    expect(ask('nope')).toEqual({ outcome: 'unknown-item' });
  });
});
