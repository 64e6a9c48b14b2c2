import { DateTime } from 'luxon';
import type { SimEvent } from '../state/types.js';
import { weekdayName } from '../demo-org/calendar-math.js';

export interface EventInstance {
  ev: SimEvent;
  id: string;
  startAt: string;
  endAt: string;
  type: 'singleInstance' | 'occurrence' | 'seriesMaster';
  seriesMasterId: string | null;
}

const OCC = /^(.*)BBB(\d{8})AAA=$/;

export function occurrenceId(masterId: string, day: DateTime): string {
  return `${masterId.replace(/AAA=$/, '')}BBB${day.toFormat('yyyyMMdd')}AAA=`;
}

export function parseOccurrenceId(id: string): { masterId: string; day: string } | undefined {
  const m = OCC.exec(id);
  return m?.[1] && m[2] ? { masterId: `${m[1]}AAA=`, day: `${m[2].slice(0, 4)}-${m[2].slice(4, 6)}-${m[2].slice(6, 8)}` } : undefined;
}

const MAX_DAYS = 3 * 366;

/** The occurrences of a series in [fromIso, toIso), expanded in the series' own zone (wall time kept across DST). */
export function expandSeries(ev: SimEvent, fromIso: string, toIso: string): EventInstance[] {
  const rec = ev.recurrence;
  if (!rec) return [];
  const zone = ev.zone;
  const masterStart = DateTime.fromISO(ev.startAt, { zone: 'utc' }).setZone(zone);
  const durationMs = DateTime.fromISO(ev.endAt).toMillis() - DateTime.fromISO(ev.startAt).toMillis();
  const first = DateTime.fromISO(rec.range.startDate, { zone });
  const last = rec.range.type === 'endDate' ? DateTime.fromISO(rec.range.endDate, { zone }) : undefined;
  const windowEnd = DateTime.fromISO(toIso, { zone: 'utc' });
  const windowStart = DateTime.fromISO(fromIso, { zone: 'utc' });
  const firstDayIdx = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(rec.pattern.firstDayOfWeek);
  const weekStart = (d: DateTime) => d.minus({ days: (d.weekday % 7 - Math.max(0, firstDayIdx) + 7) % 7 });
  const firstWeek = weekStart(first);
  const out: EventInstance[] = [];
  let count = 0;
  // Days before the window cannot overlap it: start a day (and the occurrence's length) before it. Only a numbered
  // range must count its occurrences from the first day. Every pattern is judged from `first`, not from `i`'s start.
  const skip = rec.range.type === 'numbered' ? 0
    : Math.max(0, Math.floor(windowStart.setZone(zone).startOf('day').diff(first, 'days').days) - 1 - Math.ceil(durationMs / 86_400_000));
  const stopAfterMs = windowEnd.plus({ days: 1 }).toMillis();
  const daysOfWeek = rec.pattern.daysOfWeek.map((x) => x.toLowerCase());
  for (let i = skip; i < MAX_DAYS; i += 1) {
    const day = first.plus({ days: i });
    if (last && day > last) break;
    if (day.toMillis() > stopAfterMs) break;
    if (rec.range.type === 'numbered' && count >= rec.range.numberOfOccurrences) break;
    let hit = false;
    const p = rec.pattern;
    const interval = Math.max(1, p.interval);
    if (p.type === 'daily') hit = i % interval === 0;
    else if (p.type === 'weekly') {
      const weeks = Math.round(weekStart(day).diff(firstWeek, 'days').days / 7);
      hit = weeks % interval === 0 && daysOfWeek.includes(weekdayName(day));
    } else if (p.type === 'absoluteMonthly') {
      const months = (day.year - first.year) * 12 + day.month - first.month;
      hit = day.day === p.dayOfMonth && months % interval === 0;
    } else if (p.type === 'absoluteYearly') hit = day.day === p.dayOfMonth && day.month === p.month;
    if (!hit) continue;
    count += 1;
    const start = day.set({ hour: masterStart.hour, minute: masterStart.minute, second: 0, millisecond: 0 });
    const end = start.plus({ milliseconds: durationMs });
    if (start.toUTC() < windowEnd && end.toUTC() > windowStart) {
      out.push({ ev, id: occurrenceId(ev.id, day), startAt: start.toUTC().toISO() ?? '', endAt: end.toUTC().toISO() ?? '', type: 'occurrence', seriesMasterId: ev.id });
    }
  }
  return out;
}

/** calendarView semantics: single events overlapping the window plus expanded occurrences, by start time. */
export function calendarViewInstances(events: readonly SimEvent[], fromIso: string, toIso: string): EventInstance[] {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  const out: EventInstance[] = [];
  for (const ev of events) {
    if (ev.recurrence) out.push(...expandSeries(ev, fromIso, toIso));
    else if (Date.parse(ev.startAt) < to && Date.parse(ev.endAt) > from) {
      out.push({ ev, id: ev.id, startAt: ev.startAt, endAt: ev.endAt, type: 'singleInstance', seriesMasterId: null });
    }
  }
  return out.sort((a, b) => a.startAt.localeCompare(b.startAt) || a.id.localeCompare(b.id));
}

/** Resolves an event id (single, master or occurrence) in a mailbox. */
export function findEventInstance(events: readonly SimEvent[], id: string): EventInstance | undefined {
  const direct = events.find((e) => e.id === id);
  if (direct) return { ev: direct, id, startAt: direct.startAt, endAt: direct.endAt, type: direct.recurrence ? 'seriesMaster' : 'singleInstance', seriesMasterId: null };
  const occ = parseOccurrenceId(id);
  if (!occ) return undefined;
  const master = events.find((e) => e.id === occ.masterId);
  if (!master) return undefined;
  const dayStart = DateTime.fromISO(occ.day, { zone: master.zone });
  return expandSeries(master, dayStart.toUTC().toISO() ?? '', dayStart.plus({ days: 1 }).toUTC().toISO() ?? '').find((i) => i.id === id);
}
