import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { generateDemoWorld } from './generate-demo-world.js';

const NOW = '2025-03-26T21:30:00Z';
const serialize = (now: string, extraPeople?: number) => {
  const w = generateDemoWorld(now, extraPeople === undefined ? {} : { extraPeople });
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
      ['at-risk', 'away', 'away-before-deadline', 'date-set-elsewhere', 'dst-switch', 'friday-saturday-weekend', 'off-track', 'on-track', 'overdue', 'passed-in-bangalore', 'shared-on-track', 'stakeholder-holiday', 'waiting-on-others',
        'new-commitment', 'new-assignment', 'completed-yesterday', 'meeting-soon', 'colleague-free-time', 'stakeholder-away'].sort());
  });

  it('dates the new commitment today in San Francisco even just after midnight there', () => {
    // now 07:10Z = 00:10 PDT: 10 minutes since midnight, so the mail arrived 5 minutes ago, at 07:05Z (00:05 PDT).
    const w = generateDemoWorld('2025-03-27T07:10:00Z');
    const note = w.scenarios.find((s) => s.key === 'new-commitment');
    const task = w.mailboxes.get(w.people[0]?.id ?? '')?.todoLists.flatMap((l) => l.tasks).find((t) => t.id === note?.itemId);
    expect(task?.createdAt).toBe('2025-03-27T07:05:00.000Z');
  });

  it('stores the Planner date Jonas set as local midnight in Berlin, the day before in San Francisco', () => {
    // now Wed 26 Mar 2025 21:30Z (22:30 CET in Berlin); 8 working days on is Mon 7 Apr (Berlin on CEST, UTC+2, since
    // Sun 30 Mar): 00:00 CEST = 2025-04-06T22:00:00Z, which is 15:00 Sun 6 Apr in San Francisco (PDT, UTC−7).
    const w = generateDemoWorld(NOW);
    const note = w.scenarios.find((s) => s.key === 'date-set-elsewhere');
    expect(note?.dueOn).toBe('2025-04-07');
    expect(w.plannerTasks.find((t) => t.id === note?.itemId)?.dueAt).toBe('2025-04-06T22:00:00Z');
  });

  it('says where every person is in their profile: a city, and a country for usageLocation', () => {
    const w = generateDemoWorld(NOW, { extraPeople: 14 });
    expect(w.people.find((p) => p.userPrincipalName.startsWith('maya.brooks@'))).toMatchObject({ city: 'San Francisco', country: 'US', timeZone: 'America/Los_Angeles' });
    expect(w.people.find((p) => p.userPrincipalName.startsWith('noa.levi@'))).toMatchObject({ city: 'Tel Aviv', country: 'IL', timeZone: 'Asia/Jerusalem' });
    expect(w.people.every((p) => p.city.trim() !== '' && /^[A-Z]{2}/.test(p.country))).toBe(true);
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

  it('adds no one by default: extraPeople 0 is the demo organisation alone', () => {
    expect(serialize(NOW, 0)).toBe(serialize(NOW));
    expect(generateDemoWorld(NOW).people).toHaveLength(11);
  });

  it('gives the main user one more stakeholder per extra colleague, with the same scenarios', () => {
    const base = generateDemoWorld(NOW);
    const w = generateDemoWorld(NOW, { extraPeople: 11 });
    expect(serialize(NOW, 11)).toBe(serialize(NOW, 11));
    expect(w.people).toHaveLength(22);
    expect(new Set(w.people.map((p) => p.id)).size).toBe(22);
    expect(w.scenarios).toEqual(base.scenarios);
    const maya = w.people[0]?.id ?? '';
    const mailbox = w.mailboxes.get(maya);
    const byAddress = new Map(w.people.map((p) => [p.userPrincipalName, p.id]));
    const messages = new Map(mailbox?.messages.map((m) => [m.id, m]));
    const senders = mailbox?.todoLists.flatMap((l) => l.tasks).flatMap((t) => t.linkedResources.map((r) => messages.get(r.externalId ?? '')?.from.address)) ?? [];
    const plannerPeople = w.plannerTasks.filter((t) => maya in t.assignments).flatMap((t) => [t.createdBy, ...Object.keys(t.assignments)]);
    const stakeholders = new Set([...senders.map((a) => byAddress.get(a ?? '')), ...plannerPeople].filter((id) => id !== undefined && id !== maya));
    expect(stakeholders.size).toBe(20);
    for (const extra of w.people.slice(11)) {
      expect(stakeholders.has(extra.id)).toBe(true);
      expect(mailbox?.messages.some((m) => m.folder === 'sentitems' && m.toRecipients.some((r) => r.address === extra.userPrincipalName))).toBe(true);
      expect(w.mailboxes.get(extra.id)?.settings.workingHours.timeZone.name).toMatch(/Standard Time$/);
    }
    expect(new Set(w.people.slice(11).map((p) => p.timeZone)).size).toBe(11);
  });

  it('spreads the extra asks over the next three weeks with written estimates', () => {
    const w = generateDemoWorld(NOW, { extraPeople: 20 });
    const maya = w.people[0]?.id ?? '';
    const extraIds = new Set(w.people.slice(11).map((p) => p.id));
    const planner = w.plannerTasks.filter((t) => maya in t.assignments && extraIds.has(t.createdBy));
    const todo = (w.mailboxes.get(maya)?.todoLists ?? []).flatMap((l) => l.tasks).filter((t) => t.linkedResources.length > 0);
    expect(planner).toHaveLength(10);
    const dueOn = [...planner.map((t) => (t.dueAt ?? '').slice(0, 10)), ...todo.map((t) => t.due?.dateTime.slice(0, 10) ?? '')];
    const later = dueOn.filter((d) => d > '2025-04-01');
    expect(later.length).toBeGreaterThanOrEqual(20);
    expect(dueOn.every((d) => d <= '2025-04-17')).toBe(true);
    expect(planner.every((t) => /~|Estimate:|\(|\[/.test(t.description))).toBe(true);
  });
});
