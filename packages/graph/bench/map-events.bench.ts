// Times mapping Graph events into calendar entries: the per-event work of every report.
// Run: npx tsx packages/graph/bench/map-events.bench.ts   (RUNS=1 for a single timed run of each mix)
// Two mixes of 10,000 events: as the gateway reads them (timed events in UTC: it sends Prefer: outlook.timezone="UTC";
// one in ten all-day, in the zone it was created in), and every event in a zone of its own (Windows and IANA names).
// Measured on the shared 2-core build machine (process CPU, load average 3–7), 1 Dec 2026:
//   before (zone names validated per value: findIana candidates × IANAZone.isValidZone, each an Intl.DateTimeFormat):
//     as read 64,196 ms, named zones 30,026 ms (one run each: ~6.4 ms and ~3 ms per event)
//   memoised zone conversions: as read 239 ms, named zones 1,504 ms
//   + UTC wall times and written midnights read without luxon: as read 105–123 ms, named zones 1,579–1,735 ms
//     (what is left for named zones is luxon's offset look-up per value, not validation)
import { parseTimeZoneId } from '@upfront/core';
import { toCalendarEntry } from '../src/map-world.js';
import type { GraphEvent } from '../src/wire-types.js';

const userZone = parseTimeZoneId('America/Los_Angeles');
const named = ['Pacific Standard Time', 'W. Europe Standard Time', 'Europe/Berlin', 'India Standard Time'];

function events(zoneOf: (i: number, allDay: boolean) => string): GraphEvent[] {
  return Array.from({ length: 10_000 }, (_, i) => {
    const day = `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    const allDay = i % 10 === 0;
    const timeZone = zoneOf(i, allDay);
    const at = (time: string) => ({ dateTime: `${day}T${time}.0000000`, timeZone });
    return { id: `e${i}`, subject: 'Sync', showAs: 'busy', responseStatus: { response: 'accepted' }, categories: [], isAllDay: allDay, start: at(allDay ? '00:00:00' : '09:00:00'), end: at(allDay ? '00:00:00' : '10:00:00') };
  });
}

function measure(label: string, list: GraphEvent[]): void {
  for (const e of list.slice(0, 100)) toCalendarEntry(e, userZone); // warm-up
  const runs: number[] = [];
  const count = Number(process.env['RUNS'] ?? 5);
  for (let r = 0; r < count; r += 1) {
    const cpu0 = process.cpuUsage();
    for (const e of list) toCalendarEntry(e, userZone);
    const cpu = process.cpuUsage(cpu0);
    runs.push((cpu.user + cpu.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  process.stdout.write(`${label}: median ${runs[Math.floor(runs.length / 2)]?.toFixed(1)} ms CPU for 10,000 toCalendarEntry calls (runs ${runs.map((x) => x.toFixed(0)).join(', ')})\n`);
}

measure('as read (UTC, all-day in own zone)', events((i, allDay) => (allDay ? named[i % named.length] ?? 'UTC' : 'UTC')));
measure('every event in a named zone      ', events((i) => named[i % named.length] ?? 'UTC'));
