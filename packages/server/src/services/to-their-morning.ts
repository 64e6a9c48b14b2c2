import { addDays, dayOffOf, localDateOf, zonedMs, type DayOwner, type Instant, type LocalDate } from '@upfront/core';

/** Days searched for a working day (a fortnight covers the longest run of holidays and weekends). */
const SEARCH_DAYS = 14;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The start of one person's next working day after `nowMs` (their zone, hours and holidays), in ms. */
function nextMorningMs(person: DayOwner, nowMs: number): number | undefined {
  const zone = person.workingHours.timeZone;
  const today: LocalDate = localDateOf(nowMs, zone);
  for (let d = 0; d <= SEARCH_DAYS; d += 1) {
    const on = addDays(today, d);
    if (dayOffOf(person, on) !== undefined) continue;
    const startMs = zonedMs(on, minutesOf(person.workingHours.start), zone);
    if (startMs > nowMs) return startMs;
  }
  return undefined;
}

/**
 * When "deliver in their morning" holds a sent draft until: the start of the recipients' next working day after
 * now, in their zones, past their weekends and public holidays; for several recipients the latest of those
 * starts, so nobody gets it before their day begins. Undefined when no recipient works in the next fortnight.
 * @example toTheirMorning([jonasInBerlin], '2025-03-28T17:00:00Z') // '2025-03-31T07:00:00Z' (Monday 09:00 CEST)
 */
export function toTheirMorning(recipients: readonly DayOwner[], now: Instant): Instant | undefined {
  const nowMs = Date.parse(now);
  const starts = recipients.map((r) => nextMorningMs(r, nowMs)).filter((ms): ms is number => ms !== undefined);
  if (starts.length === 0) return undefined;
  return new Date(Math.max(...starts)).toISOString().replace('.000Z', 'Z') as Instant;
}
