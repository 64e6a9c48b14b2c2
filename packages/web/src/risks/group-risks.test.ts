import { describe, expect, it } from 'vitest';
import { anItem } from '../testing/an-item.js';
import { countByState, hasTrouble, toRiskGroups } from './group-risks.js';

describe('toRiskGroups', () => {
  it('puts the most urgent states first and leaves out empty groups', () => {
    const groups = toRiskGroups([
      anItem({ title: 'a', state: 'on-track', dueAt: '2025-03-25T16:00:00Z' }),
      anItem({ title: 'b', state: 'no-due-date' }),
      anItem({ title: 'c', state: 'overdue', dueAt: '2025-03-20T16:00:00Z' }),
      anItem({ title: 'd', state: 'at-risk', dueAt: '2025-03-26T16:00:00Z' }),
    ]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.title)])).toEqual([
      ['Overdue', ['c']],
      ['At risk', ['d']],
      ['On track', ['a']],
      ['No due date', ['b']],
    ]);
  });

  it('orders a group by earliest deadline, then by title, with undated items last', () => {
    const [group] = toRiskGroups([
      anItem({ title: 'Later', state: 'at-risk', dueAt: '2025-03-28T16:00:00Z' }),
      anItem({ title: 'Undated', state: 'at-risk' }),
      anItem({ title: 'Zeta', state: 'at-risk', dueAt: '2025-03-26T09:00:00Z' }),
      anItem({ title: 'Alpha', state: 'at-risk', dueAt: '2025-03-26T09:00:00Z' }),
    ]);
    expect(group?.items.map((i) => i.title)).toEqual(['Alpha', 'Zeta', 'Later', 'Undated']);
  });

  it('returns no groups for no items', () => {
    expect(toRiskGroups([])).toEqual([]);
  });
});

describe('countByState and hasTrouble', () => {
  it('counts every state and sees trouble only in overdue, off track and at risk', () => {
    const items = [anItem({ state: 'overdue' }), anItem({ state: 'overdue' }), anItem({ state: 'on-track' })];
    expect(countByState(items)).toEqual({ overdue: 2, 'off-track': 0, 'at-risk': 0, 'on-track': 1, 'no-due-date': 0 });
    expect(hasTrouble(items)).toBe(true);
    expect(hasTrouble([anItem({ state: 'on-track' }), anItem({ state: 'no-due-date' })])).toBe(false);
  });
});
