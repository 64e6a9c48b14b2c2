import type { Suggestion } from '@upfront/contracts';
import { describe, expect, it } from 'vitest';
import { orderSuggestions } from './order-suggestions.js';

const a = (id: string, over: Partial<Suggestion>): Suggestion => ({
  id,
  kind: 'heads-up',
  severity: 'at-risk',
  recipients: [],
  itemIds: [],
  language: 'en-GB',
  subject: id,
  html: '',
  text: '',
  reason: { kind: 'weekly-digest', period: '2026-W49' },
  sendAt: '2026-12-02T09:00:00Z',
  period: '2026-12-01',
  ...over,
});

describe('orderSuggestions', () => {
  it('puts the worst news first, then heads-ups before notes, then the earliest send time', () => {
    const list = [
      a('note', { kind: 'on-track', severity: 'routine' }),
      a('late-heads-up', { sendAt: '2026-12-02T15:00:00Z' }),
      a('overdue', { severity: 'overdue', sendAt: '2026-12-03T09:00:00Z' }),
      a('early-heads-up', { sendAt: '2026-12-02T08:00:00Z' }),
      a('thanks', { kind: 'delivered', severity: 'routine' }),
    ];
    expect(orderSuggestions(list).map((s) => s.id)).toEqual(['overdue', 'early-heads-up', 'late-heads-up', 'note', 'thanks']);
  });
});
