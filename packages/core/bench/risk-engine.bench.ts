// Risk engine benchmark (issue 4): npx tsx packages/core/bench/risk-engine.bench.ts
// A heavy user: 1,000 open items, 5,000 events, 50 stakeholders, a 90-day horizon; then how the time grows.
import { Bench } from 'tinybench';
import type { CalendarEntry, Stakeholder, UserWorld, WorkItem, Weekday } from '../src/index.js';
import { assessRisks } from '../src/index.js';
import { aStakeholder, aTask, aUser, aWorld, anEvent, at } from '../src/testing/builders.js';

const NOW = at('2025-10-06T07:00:00Z');
const NOW_MS = Date.parse(NOW);
const DAY_MS = 86_400_000;
const HORIZON_DAYS = 90;

/** A deterministic generator (mulberry32), so every run measures the same world. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZONES = ['Europe/Berlin', 'Asia/Kolkata', 'Asia/Jerusalem', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London', 'Australia/Sydney'];
const REGIONS = [{ country: 'DE' }, { country: 'IN' }, { country: 'IL' }, { country: 'US' }, { country: 'US' }, { country: 'JP' }, { country: 'GB' }, { country: 'AU' }];
const STYLES = [{ kind: 'close-of-business-day' }, { kind: 'start-of-business-day' }, { kind: 'end-of-day' }] as const;

function heavyWorld(itemCount: number, eventCount: number, stakeholderCount = 50, seed = 42): UserWorld {
  const random = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const stakeholders: Stakeholder[] = Array.from({ length: stakeholderCount }, (_, i) => {
    const z = i % ZONES.length;
    return aStakeholder({
      id: `person${i}@contoso.example`,
      zone: ZONES[z]!,
      holidayRegion: REGIONS[z]!,
      days: (ZONES[z] === 'Asia/Jerusalem' ? [0, 1, 2, 3, 4] : [1, 2, 3, 4, 5]) as Weekday[],
      style: STYLES[i % STYLES.length]!,
    });
  });
  const items: WorkItem[] = Array.from({ length: itemCount }, (_, i) => {
    const dueOn = new Date(NOW_MS + Math.floor(random() * (HORIZON_DAYS + 5) - 5) * DAY_MS).toISOString().slice(0, 10);
    const withText = random() < 0.3;
    return aTask({
      id: `item-${i}`,
      title: withText ? `Task ${i} ~${1 + Math.floor(random() * 6)}h` : `Task ${i}`,
      ...(random() < 0.9 ? { dueOn } : {}),
      importance: pick(['low', 'normal', 'high'] as const),
      checklist: random() < 0.3 ? { total: 6, done: Math.floor(random() * 6) } : { total: 0, done: 0 },
      status: pick(['notStarted', 'inProgress', 'waitingOnOthers'] as const),
      stakeholderIds: random() < 0.8 ? [pick(stakeholders).id, ...(random() < 0.3 ? [pick(stakeholders).id] : [])] : [],
    });
  });
  const calendar: CalendarEntry[] = Array.from({ length: eventCount }, (_, i) => {
    const day = Math.floor(random() * HORIZON_DAYS);
    const startMs = NOW_MS + day * DAY_MS + Math.floor(random() * 40) * 15 * 60_000 - 2 * 3_600_000;
    const endMs = startMs + (1 + Math.floor(random() * 8)) * 15 * 60_000;
    if (random() < 0.01) {
      const on = new Date(NOW_MS + day * DAY_MS).toISOString().slice(0, 10);
      return anEvent({ id: `ev-${i}`, startOn: on, endOn: new Date(NOW_MS + (day + 1) * DAY_MS).toISOString().slice(0, 10), showAs: 'oof' });
    }
    return anEvent({
      id: `ev-${i}`,
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
      showAs: pick(['busy', 'busy', 'busy', 'tentative', 'oof', 'free'] as const),
      response: random() < 0.05 ? 'declined' : 'accepted',
      isCancelled: random() < 0.02,
      categories: random() < 0.05 ? ['Focus time'] : [],
    });
  });
  return aWorld({
    user: aUser({ zone: 'Europe/Berlin', holidayRegion: { country: 'DE' } }),
    horizon: { start: NOW, end: at(new Date(NOW_MS + HORIZON_DAYS * DAY_MS).toISOString()) },
    items,
    calendar,
    stakeholders,
  });
}

async function measure(world: UserWorld, time = 1500): Promise<{ min: number; median: number; max: number; samples: number }> {
  const bench = new Bench({ time, warmupTime: 300 });
  bench.add('assessRisks', () => {
    assessRisks(world, NOW);
  });
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== 'completed') throw new Error(`benchmark did not complete: ${result.state}`);
  return { min: result.latency.min, median: result.latency.p50, max: result.latency.max, samples: result.latency.samplesCount };
}

const ms = (x: number) => x.toFixed(2).padStart(8);
const print = (line: string) => process.stdout.write(`${line}\n`);

const heavyUser = heavyWorld(1000, 5000);
// The first call fills the per-region holiday tables and the per-zone offset cache (module-level, pure memos).
const coldStart = performance.now();
const firstReport = assessRisks(heavyUser, NOW);
const coldMs = performance.now() - coldStart;
const heavy = await measure(heavyUser, 5000);
print(`heavy user (1,000 items, 5,000 events, 50 stakeholders, 90 days), ${heavy.samples} runs`);
print(`  min ${ms(heavy.min)} ms   median ${ms(heavy.median)} ms   max ${ms(heavy.max)} ms   (first call, cold caches: ${coldMs.toFixed(2)} ms)`);
// CPU time per call (user + system, process.cpuUsage): less sensitive than wall time to other jobs on a shared machine.
const cpu: number[] = [];
for (let i = 0; i < 100; i += 1) {
  const before = process.cpuUsage();
  assessRisks(heavyUser, NOW);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
}
cpu.sort((a, b) => a - b);
print(`  cpu time per call: min ${ms(cpu[0]!)} ms   median ${ms(cpu[50]!)} ms   max ${ms(cpu[99]!)} ms`);
const count = (state: string) => firstReport.items.filter((r) => r.state === state).length;
print(`  states: ${['on-track', 'at-risk', 'off-track', 'overdue', 'no-due-date'].map((st) => `${st} ${count(st)}`).join(', ')}`);

print('\ngrowth with items (5,000 events)         n log n predicts (from the 1,000 row)');
print('   items   median ms   ×1,000-row   n·log n ×');
const byItems: [number, number][] = [];
for (const n of [250, 500, 1000, 2000, 4000]) byItems.push([n, (await measure(heavyWorld(n, 5000))).median]);
const baseI = byItems.find(([n]) => n === 1000)![1];
for (const [n, t] of byItems) print(`${String(n).padStart(8)}   ${ms(t)}     ${(t / baseI).toFixed(2).padStart(6)}      ${((n * Math.log2(n)) / (1000 * Math.log2(1000))).toFixed(2).padStart(6)}`);

print('\ngrowth with events (1,000 items)');
print('  events   median ms   ×5,000-row   n·log n ×');
const byEvents: [number, number][] = [];
for (const n of [1250, 2500, 5000, 10000, 20000]) byEvents.push([n, (await measure(heavyWorld(1000, n))).median]);
const baseE = byEvents.find(([n]) => n === 5000)![1];
for (const [n, t] of byEvents) print(`${String(n).padStart(8)}   ${ms(t)}     ${(t / baseE).toFixed(2).padStart(6)}      ${((n * Math.log2(n)) / (5000 * Math.log2(5000))).toFixed(2).padStart(6)}`);
