import { describe, expect, it } from 'vitest';
import { anItem } from '../../testing/an-item.js';
import { countByState, filterSections, hasTrouble, splitMarked, toListOrder, toRiskSections, type RootGroup } from './group-risks.js';

const titles = (group: RootGroup) => [group.root.title, group.consequences.map((c) => c.title)];

describe('toRiskSections', () => {
  it('makes one task that pushes five others one problem with five consequences', () => {
    // The 12 h deck is due first and fits; the five small items due after it are off track because of it.
    const small = ['a', 'b', 'c', 'd', 'e'].map((t, n) =>
      anItem({ id: t, title: t, state: 'off-track', dueAt: `2026-12-1${n}T16:00:00Z`, cause: { kind: 'earlier-work', rootIds: ['deck'] } }),
    );
    const deck = anItem({ id: 'deck', title: 'Board deck', state: 'on-track', dueAt: '2026-12-09T16:00:00Z', pushes: ['a', 'b', 'c', 'd', 'e'] });
    const { groups, onTrack } = toRiskSections([...small.reverse(), deck]);
    expect(groups.map(titles)).toEqual([['Board deck', ['a', 'b', 'c', 'd', 'e']]]);
    expect(onTrack).toEqual([]);
  });

  it('keeps an item in trouble on its own as a problem of its own, and counts every item once', () => {
    const own = anItem({ id: 'own', title: 'Own', state: 'off-track', dueAt: '2026-12-10T16:00:00Z', cause: { kind: 'own-effort' } });
    const fits = anItem({ id: 'fits', title: 'Fits', state: 'on-track', dueAt: '2026-12-11T16:00:00Z' });
    const sections = toRiskSections([fits, own]);
    expect(sections.groups.map(titles)).toEqual([['Own', []]]);
    expect(sections.onTrack.map((i) => i.title)).toEqual(['Fits']);
  });

  it('follows a chain of causes to the item at its root', () => {
    // big pushes mid, mid pushes small: one problem rooted at big.
    const big = anItem({ id: 'big', title: 'Big', state: 'at-risk', dueAt: '2026-12-08T16:00:00Z', cause: { kind: 'own-effort' } });
    const mid = anItem({ id: 'mid', title: 'Mid', state: 'off-track', dueAt: '2026-12-09T16:00:00Z', cause: { kind: 'earlier-work', rootIds: ['big'] } });
    const small = anItem({ id: 'small', title: 'Small', state: 'off-track', dueAt: '2026-12-10T16:00:00Z', cause: { kind: 'earlier-work', rootIds: ['mid'] } });
    expect(toRiskSections([small, mid, big]).groups.map(titles)).toEqual([['Big', ['Mid', 'Small']]]);
  });

  it("uses a root's `pushes` when the cause names an item the report does not have", () => {
    const root = anItem({ id: 'r', title: 'Root', state: 'on-track', dueAt: '2026-12-08T16:00:00Z', pushes: ['x'] });
    const x = anItem({ id: 'x', title: 'X', state: 'at-risk', dueAt: '2026-12-09T16:00:00Z', cause: { kind: 'earlier-work', rootIds: ['gone'] } });
    expect(toRiskSections([x, root]).groups.map(titles)).toEqual([['Root', ['X']]]);
  });

  it('survives causes that point at each other: both stay, each once', () => {
    const a = anItem({ id: 'a', title: 'A', state: 'off-track', dueAt: '2026-12-08T16:00:00Z', cause: { kind: 'earlier-work', rootIds: ['b'] } });
    const b = anItem({ id: 'b', title: 'B', state: 'off-track', dueAt: '2026-12-09T16:00:00Z', cause: { kind: 'earlier-work', rootIds: ['a'] } });
    expect(toRiskSections([b, a]).groups.map(titles)).toEqual([
      ['A', []],
      ['B', []],
    ]);
  });

  it('orders problems worst first (overdue, off track, at risk), then by the earliest deadline in them', () => {
    const sections = toRiskSections([
      anItem({ title: 'risk-early', state: 'at-risk', dueAt: '2026-12-02T16:00:00Z' }),
      anItem({ title: 'off-late', state: 'off-track', dueAt: '2026-12-20T16:00:00Z' }),
      anItem({ title: 'off-early', state: 'off-track', dueAt: '2026-12-03T16:00:00Z' }),
      anItem({ title: 'overdue', state: 'overdue', dueAt: '2026-11-30T16:00:00Z' }),
    ]);
    expect(sections.groups.map((g) => g.root.title)).toEqual(['overdue', 'off-early', 'off-late', 'risk-early']);
  });

  it('lists later items and undated items apart from the judged ones, in deadline order', () => {
    const sections = toRiskSections([
      anItem({ title: 'undated', state: 'no-due-date' }),
      anItem({ title: 'next year', state: 'later', dueAt: '2027-01-07T16:00:00Z' }),
      anItem({ title: 'late Dec', state: 'later', dueAt: '2026-12-28T16:00:00Z' }),
      anItem({ title: 'fits', state: 'on-track', dueAt: '2026-12-04T16:00:00Z' }),
    ]);
    expect(sections.groups).toEqual([]);
    expect(sections.onTrack.map((i) => i.title)).toEqual(['fits']);
    expect(sections.later.map((i) => i.title)).toEqual(['late Dec', 'next year']);
    expect(sections.noDueDate.map((i) => i.title)).toEqual(['undated']);
  });

  it('returns empty sections for no items', () => {
    expect(toRiskSections([])).toEqual({ groups: [], onTrack: [], later: [], noDueDate: [] });
  });
});

describe('countByState and hasTrouble', () => {
  it('counts every state and sees trouble only in overdue, off track and at risk', () => {
    const items = [anItem({ state: 'overdue' }), anItem({ state: 'overdue' }), anItem({ state: 'on-track' }), anItem({ state: 'later' })];
    expect(countByState(items)).toEqual({ overdue: 2, 'off-track': 0, 'at-risk': 0, 'on-track': 1, later: 1, 'no-due-date': 0 });
    expect(hasTrouble(items)).toBe(true);
    expect(hasTrouble([anItem({ state: 'on-track' }), anItem({ state: 'later' }), anItem({ state: 'no-due-date' })])).toBe(false);
  });
});

describe('filters and marks', () => {
  const deck = anItem({ id: 'deck', title: 'Deck', state: 'on-track', dueAt: '2026-12-09T16:00:00Z', pushes: ['a'] });
  const a = anItem({ id: 'a', title: 'A', state: 'off-track', dueAt: '2026-12-10T16:00:00Z', cause: { kind: 'earlier-work', rootIds: ['deck'] } });
  const late = anItem({ id: 'late', title: 'Late', state: 'overdue', dueAt: '2026-11-30T16:00:00Z' });
  const fits = anItem({ id: 'fits', title: 'Fits', state: 'on-track', dueAt: '2026-12-11T16:00:00Z' });
  const sections = toRiskSections([deck, a, late, fits]);

  it('keeps a group whole when one of its items is in a pressed state, and drops what is in none', () => {
    // "Off track" pressed: the deck (on track) stays as the root of A; the overdue item and the one that fits go.
    const only = filterSections(sections, new Set(['off-track']));
    expect(only.groups.map(titles)).toEqual([['Deck', ['A']]]);
    expect(only.onTrack).toEqual([]);
    // "On track" pressed: the deck's group stays (its root is on track), and so does the item that fits.
    expect(toListOrder(filterSections(sections, new Set(['on-track']))).map((i) => i.title)).toEqual(['Deck', 'A', 'Fits']);
  });

  it('shows everything when nothing is pressed, overdue first', () => {
    expect(toListOrder(filterSections(sections, new Set())).map((i) => i.title)).toEqual(['Late', 'Deck', 'A', 'Fits']);
  });

  it('sets marked items apart from the main list', () => {
    const snoozed = { ...fits, mark: { kind: 'snoozed' as const, until: '2026-12-02T07:00:00Z', markedAt: '2026-12-01T17:00:00Z' } };
    const { open, marked } = splitMarked([late, snoozed]);
    expect(open.map((i) => i.id)).toEqual(['late']);
    expect(marked.map((i) => i.id)).toEqual(['fits']);
  });
});
