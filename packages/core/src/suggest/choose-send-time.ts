import type { Instant } from '../time/types.js';
import { addDays, instantMs, localDateOf, minutesOfDay, msToInstant, zonedMs } from '../time/zoned-time.js';
import { type DayOwner, dayOffOf } from './day-of.js';

const DAY_MS = 86_400_000;
/** How far ahead one recipient's own window is searched when no common window exists (two weeks and a day). */
const MAX_SEARCH_DAYS = 15;

/** Recipients who can be written to at one moment. */
export interface SendGroup {
  /** Sorted person ids. */
  readonly recipientIds: readonly string[];
  readonly sendAt: Instant;
}

/**
 * When to send: one group when every recipient shares a window in the next days, else one group per set of
 * recipients who do (each with its own time). `unreachable`: recipients with no working time at all in the
 * search (away for weeks, or no working days), left out of every group.
 */
export interface SendTimeChoice {
  readonly groups: readonly SendGroup[];
  readonly unreachable: readonly string[];
}

/** The bounds of the search. */
export interface SendTimeOptions {
  /** How many days from now a common window is searched before splitting by recipient. */
  readonly withinDays: number;
  /** Nothing at or after this instant (a meeting brief must go out before the meeting). */
  readonly before?: Instant;
}

type Spans = number[]; // flat [start0, end0, start1, end1, …], sorted, not overlapping

/** A person's sendable time in `[fromMs, toMs)`: working hours on working days, minus holidays and time away. */
function sendableSpans(person: DayOwner, fromMs: number, toMs: number): Spans {
  const hours = person.workingHours;
  const start = minutesOfDay(hours.start);
  const endRaw = minutesOfDay(hours.end);
  // Working hours that cross midnight (22:00–06:00) end on the next calendar day.
  const end = endRaw > start ? endRaw : endRaw + 1440;
  const spans: Spans = [];
  const last = localDateOf(toMs, hours.timeZone);
  // Start a day early so a shift that crosses midnight into the first day is included.
  for (let on = addDays(localDateOf(fromMs, hours.timeZone), -1); on <= last; on = addDays(on, 1)) {
    if (dayOffOf(person, on) !== undefined) continue;
    const a = Math.max(fromMs, zonedMs(on, start, hours.timeZone));
    const b = Math.min(toMs, zonedMs(on, end, hours.timeZone));
    if (b > a) spans.push(a, b);
  }
  const away = person.away;
  return away === undefined || away === 'always' ? spans : subtract(spans, instantMs(away.start), instantMs(away.end));
}

function subtract(spans: Spans, cutStart: number, cutEnd: number): Spans {
  const out: Spans = [];
  for (let i = 0; i < spans.length; i += 2) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (cutEnd <= a || cutStart >= b) {
      out.push(a, b);
      continue;
    }
    if (a < cutStart) out.push(a, cutStart);
    if (cutEnd < b) out.push(cutEnd, b);
  }
  return out;
}

function intersect(x: Spans, y: Spans): Spans {
  const out: Spans = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = Math.max(x[i]!, y[j]!);
    const b = Math.min(x[i + 1]!, y[j + 1]!);
    if (b > a) out.push(a, b);
    if (x[i + 1]! < y[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/**
 * The earliest moment at or after `now` that is inside every recipient's working hours, not on their weekend,
 * public holiday (unless marked as worked) or time away. When the recipients share no window within
 * `withinDays`, they are split, earliest window first, into groups that do: each person joins the first group
 * whose common window they share, else starts a new one with their own earliest window (searched up to 15 days).
 * @example
 * // Now Fri 4 Dec 2026 09:00Z; Noa (Tel Aviv, Sun–Thu 09–17, UTC+2) and Lena (Berlin, Mon–Fri 09–17, UTC+1).
 * // Noa's Friday and Saturday are off, Lena's Sunday: the first shared hour is Monday 08:00Z–09:00Z.
 * chooseSendTime([noa, lena], now, { withinDays: 3 }) // { groups: [{ recipientIds: [lena, noa], sendAt: '2026-12-07T08:00:00Z' }], unreachable: [] }
 */
export function chooseSendTime(recipients: readonly DayOwner[], now: Instant, options: SendTimeOptions): SendTimeChoice {
  const nowMs = instantMs(now);
  const beforeMs = options.before === undefined ? Number.POSITIVE_INFINITY : instantMs(options.before);
  const windowEndMs = Math.min(beforeMs, nowMs + Math.max(0, options.withinDays) * DAY_MS);
  const searchEndMs = Math.min(beforeMs, nowMs + Math.max(options.withinDays, MAX_SEARCH_DAYS) * DAY_MS);
  const people = [...new Map(recipients.map((p) => [p.id, p])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (people.length === 0 || searchEndMs <= nowMs) return { groups: [], unreachable: people.map((p) => p.id) };

  const own = people.map((person) => ({ id: person.id, near: sendableSpans(person, nowMs, windowEndMs), far: [] as Spans, person }));
  let common: Spans | undefined;
  for (const o of own) common = common === undefined ? o.near : intersect(common, o.near);
  if (common !== undefined && common.length > 0) return { groups: [{ recipientIds: people.map((p) => p.id), sendAt: msToInstant(common[0]!) }], unreachable: [] };

  // No common window: group people by shared windows, in the order of their own earliest window.
  const unreachable: string[] = [];
  const ranked: { id: string; spans: Spans }[] = [];
  for (const o of own) {
    const spans = o.near.length > 0 ? o.near : sendableSpans(o.person, nowMs, searchEndMs);
    if (spans.length === 0) unreachable.push(o.id);
    else ranked.push({ id: o.id, spans });
  }
  ranked.sort((a, b) => a.spans[0]! - b.spans[0]! || (a.id < b.id ? -1 : 1));
  const groups: { ids: string[]; spans: Spans }[] = [];
  for (const r of ranked) {
    const joined = groups.find((g) => intersect(g.spans, r.spans).length > 0);
    if (joined === undefined) groups.push({ ids: [r.id], spans: r.spans });
    else {
      joined.ids.push(r.id);
      joined.spans = intersect(joined.spans, r.spans);
    }
  }
  return {
    groups: groups.map((g) => ({ recipientIds: [...g.ids].sort(), sendAt: msToInstant(g.spans[0]!) })),
    unreachable,
  };
}
