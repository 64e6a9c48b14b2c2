import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { generateDemoWorld } from './generate-demo-world.js';

const NOW = '2025-03-26T21:30:00Z';
const serialize = (now: string) => {
  const w = generateDemoWorld(now);
  return JSON.stringify({ ...w, mailboxes: [...w.mailboxes.entries()].map(([k, m]) => [k, { ...m, removed: [...m.removed] }]), appAccessPolicyUserIds: [...w.appAccessPolicyUserIds] });
};

describe('generateDemoWorld', () => {
  it('is deterministic for a fixed now', () => {
    expect(serialize(NOW)).toBe(serialize(NOW));
    expect(serialize(NOW)).not.toBe(serialize('2025-03-27T21:30:00Z'));
  });

  it('puts the main user first with a scenario for every risk flag', () => {
    const w = generateDemoWorld(NOW);
    expect(w.people[0]?.userPrincipalName).toBe('maya.brooks@northwind.example');
    expect(w.scenarios.map((s) => s.key).sort()).toEqual(
      ['at-risk', 'away', 'away-before-deadline', 'dst-switch', 'friday-saturday-weekend', 'off-track', 'on-track', 'overdue', 'passed-in-bangalore', 'shared-on-track', 'stakeholder-holiday', 'waiting-on-others'].sort());
  });

  it('places the DST item after the next switch and the holiday item on a stakeholder holiday, for dates across the year', () => {
    for (const now of ['2025-01-15T18:00:00Z', '2025-06-10T18:00:00Z', '2025-10-20T18:00:00Z', '2025-12-20T18:00:00Z']) {
      const w = generateDemoWorld(now);
      const dst = w.scenarios.find((s) => s.key === 'dst-switch');
      expect(dst?.dueOn && dst.dueOn > now.slice(0, 10)).toBe(true);
      const holiday = w.scenarios.find((s) => s.key === 'stakeholder-holiday');
      expect(holiday?.shows).toMatch(/public holiday/);
      const friday = w.scenarios.find((s) => s.key === 'friday-saturday-weekend');
      expect(DateTime.fromISO(friday?.dueOn ?? '').weekday).toBe(5);
    }
  });

  it('gives every person calendar series, To Do tasks and mailbox settings', () => {
    const w = generateDemoWorld(NOW);
    for (const p of w.people) {
      const m = w.mailboxes.get(p.id);
      expect(m?.events.some((e) => e.recurrence)).toBe(true);
      expect(m?.todoLists.flatMap((l) => l.tasks).length).toBeGreaterThan(0);
      expect(m?.settings.workingHours.daysOfWeek.length).toBe(5);
    }
    const noa = w.people.find((p) => p.city === 'Tel Aviv');
    expect(w.mailboxes.get(noa?.id ?? '')?.settings.workingHours.daysOfWeek).toEqual(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday']);
  });
});
