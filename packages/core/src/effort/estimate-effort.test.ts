import { describe, expect, it } from 'vitest';
import { toRiskSettings } from '../risk/risk-settings.js';
import { aTask } from '../testing/builders.js';
import { estimateEffort, parseEffortEstimate } from './estimate-effort.js';

describe('parseEffortEstimate', () => {
  it.each([
    { text: 'Draft deck ~3h', hours: 3, match: '~3h' },
    { text: 'Migration est 2d', hours: 16, match: 'est 2d' },
    { text: 'Migration est. 1.5 days', hours: 12, match: 'est. 1.5 days' },
    { text: 'Review [90m]', hours: 1.5, match: '[90m]' },
    { text: 'Call prep (45 min)', hours: 0.75, match: '(45 min)' },
    { text: 'Needs 2.5 hours of focus', hours: undefined, match: undefined }, // ordinary words, not an estimate
    { text: 'Book rooms for the 3 days offsite', hours: undefined, match: undefined },
    { text: 'Offsite prep (3 days)', hours: 24, match: '(3 days)' }, // marked: 3 × 8 h working days
    { text: 'Review effort: 2 hours', hours: 2, match: 'effort: 2 hours' },
    { text: 'Draft deck 3h', hours: 3, match: '3h' },
    { text: 'Bericht 3,5h', hours: 3.5, match: '3,5h' },
    { text: 'Slides 1h30m', hours: 1.5, match: '1h30m' },
    { text: 'estimate: 4h, maybe 2 days', hours: 4, match: 'estimate: 4h' },
    { text: 'Room 3 follow-up on Q3 2025 plan', hours: undefined, match: undefined },
    { text: 'Reply to Hannah', hours: undefined, match: undefined },
  ])('reads "$text"', ({ text, hours, match }) => {
    const found = parseEffortEstimate(text, 8);
    expect(found?.hours).toBe(hours);
    expect(found?.match).toBe(match);
  });

  it('counts a day as the user’s working-day length', () => {
    expect(parseEffortEstimate('est 2d', 7.5)?.hours).toBe(15);
  });
});

describe('estimateEffort', () => {
  const settings = toRiskSettings({ effortOverrides: { mine: 5 } });
  it.each([
    { case: 'the user override wins', task: aTask({ id: 'mine', title: 'Report ~3h' }), hours: 5, source: 'override', basis: { kind: 'override' } },
    {
      case: 'an estimate in the title',
      task: aTask({ title: 'Report ~3h', checklist: { total: 4, done: 0 } }),
      hours: 3,
      source: 'estimate-in-text',
      basis: { kind: 'estimate-in-text', text: '~3h', where: 'title' },
    },
    {
      case: 'an estimate in the notes',
      task: aTask({ title: 'Report', notes: 'rough guess [90m]' }),
      hours: 1.5, // 90 min
      source: 'estimate-in-text',
      basis: { kind: 'estimate-in-text', text: '[90m]', where: 'notes' },
    },
    {
      case: 'checklist steps left × 0.5 h',
      task: aTask({ checklist: { total: 6, done: 2 } }),
      hours: 2, // (6 − 2) × 0.5 h
      source: 'checklist',
      basis: { kind: 'checklist', stepsLeft: 4, stepsTotal: 6, perStepMinutes: 30 },
    },
    {
      case: 'Planner percent complete of the written estimate',
      task: aTask({ source: 'planner', title: 'Spec ~4h', percentComplete: 50 }),
      hours: 2, // 4 h × (1 − 0.5)
      source: 'planner-percent',
      basis: { kind: 'estimate-in-text', text: '~4h', where: 'title', percentDone: 50 },
    },
    {
      case: 'Planner percent complete of the importance default',
      task: aTask({ source: 'planner', importance: 'high', percentComplete: 50 }),
      hours: 2, // high's default 4 h × (1 − 0.5)
      source: 'planner-percent',
      basis: { kind: 'importance-default', importance: 'high', percentDone: 50 },
    },
    { case: 'the importance default', task: aTask({ importance: 'low' }), hours: 1, source: 'importance-default', basis: { kind: 'importance-default', importance: 'low' } },
  ])('$case', ({ task, hours, source, basis }) => {
    expect(estimateEffort(task, settings, 8)).toEqual({ hours, source, basis });
  });
});
