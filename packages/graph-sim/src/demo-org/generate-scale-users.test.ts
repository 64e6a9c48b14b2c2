import { describe, expect, it } from 'vitest';
import type { LazyMailboxes } from '../state/lazy-mailboxes.js';
import { generateDemoWorld } from './generate-demo-world.js';
import { generateScaleUsers } from './generate-scale-users.js';

const NOW = '2025-03-26T21:30:00Z';
const serialize = (n: number) => {
  const s = generateScaleUsers(NOW, n);
  return JSON.stringify({ ...s, mailboxes: [...s.mailboxes.entries()].map(([k, m]) => [k, { ...m, removed: [...m.removed] }]) });
};

describe('generateScaleUsers', () => {
  it('is deterministic for a fixed now and count', () => {
    expect(serialize(40)).toBe(serialize(40));
    expect(serialize(40)).not.toBe(serialize(48));
  });

  it('puts user 17 in team 3 in London, with a Planner task due in 9 working days at London midnight', () => {
    // Team = floor(17 / 8) = 2 (the third), seat 17 − 16 = 1 < 6 → the team's office, OFFICES[2] = London.
    // Name: GIVEN[17] = Rosa, SURNAMES[(17 × 7 + floor(17 / 32)) mod 32 = 119 mod 32 = 23] = López → rosa.lopez18.
    // Due: 4 + 17 mod 6 = 9 working days from Wed 26 Mar: 27, 28, 31 Mar, 1, 2, 3, 4, 7, 8 Apr → Tue 8 Apr;
    // London is on BST (UTC+1) from 30 March, so midnight is 2025-04-07T23:00Z.
    const s = generateScaleUsers(NOW, 40);
    const rosa = s.people[17];
    expect(rosa).toMatchObject({ userPrincipalName: 'rosa.lopez18@northwind.example', displayName: 'Rosa López', city: 'London', timeZone: 'Europe/London' });
    expect(s.groups[2]?.memberIds).toEqual(s.people.slice(16, 24).map((p) => p.id));
    const task = s.plannerTasks.find((t) => rosa !== undefined && rosa.id in t.assignments && t.createdBy === s.people[16]?.id && t.planId === s.plans[2]?.id);
    expect(task?.dueAt).toBe('2025-04-07T23:00:00Z');
  });

  it('gives every user meetings, To Do tasks with a teammate’s flagged email, mail history and mailbox settings', () => {
    const s = generateScaleUsers(NOW, 24);
    for (const p of s.people) {
      const m = s.mailboxes.get(p.id);
      expect(m?.events.some((e) => e.recurrence && e.subject === 'Team stand-up')).toBe(true);
      expect(m?.events.some((e) => e.categories.includes('Focus time'))).toBe(true);
      const flagged = m?.todoLists.find((l) => l.wellknownListName === 'flaggedEmails')?.tasks[0];
      const mail = m?.messages.find((x) => x.id === flagged?.linkedResources[0]?.externalId);
      expect(mail?.flagStatus).toBe('flagged');
      expect(s.people.findIndex((x) => x.userPrincipalName === mail?.from.address) >> 3).toBe(s.people.indexOf(p) >> 3);
      expect(m?.messages.some((x) => x.folder === 'sentitems')).toBe(true);
      expect(m?.todoLists.flatMap((l) => l.tasks).some((t) => t.status === 'completed' && t.completedAt?.startsWith('2025-03-2'))).toBe(true);
    }
  });

  it('makes mailboxes team by team, only when one of the team is first read', () => {
    const s = generateScaleUsers(NOW, 1000);
    const mailboxes: LazyMailboxes = s.mailboxes;
    expect(mailboxes.deferredCount()).toBe(1000);
    expect(mailboxes.has(s.people[500]?.id ?? '')).toBe(true);
    expect(mailboxes.get(s.people[500]?.id ?? '')?.events.length).toBeGreaterThan(0);
    // User 500 is in team floor(500 / 8) = 62: users 496–503 are made together.
    expect(mailboxes.deferredCount()).toBe(992);
    expect(mailboxes.get(s.people[503]?.id ?? '')).toBeDefined();
    expect(mailboxes.deferredCount()).toBe(992);
  });
});

describe('generateDemoWorld with extraUsers', () => {
  it('adds the generated users after the demo organisation, all inside the application access policy, scenarios unchanged', () => {
    const base = generateDemoWorld(NOW);
    const w = generateDemoWorld(NOW, { extraUsers: 1000 });
    expect(w.people).toHaveLength(1011);
    expect(new Set(w.people.map((p) => p.userPrincipalName)).size).toBe(1011);
    expect(w.people.slice(11).every((p) => w.appAccessPolicyUserIds.has(p.id))).toBe(true);
    expect(w.scenarios).toEqual(base.scenarios);
    expect(w.groups).toHaveLength(base.groups.length + 125);
    // Their changes are numbered after the demo organisation's, below the world's sequence.
    const m = w.mailboxes.get(w.people[11]?.id ?? '');
    expect(Math.min(...(m?.events.map((e) => e.seq) ?? []))).toBeGreaterThan(base.seq);
    expect(Math.max(...(m?.events.map((e) => e.seq) ?? []))).toBeLessThanOrEqual(w.seq);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => generateDemoWorld(NOW, { extraUsers: -1 })).toThrow(/extraUsers/);
    expect(() => generateDemoWorld(NOW, { extraUsers: 2.5 })).toThrow(/extraUsers/);
  });
});
