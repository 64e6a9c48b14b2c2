import type { Meeting } from '../model/calendar.js';
import type { UserWorld } from '../model/world.js';
import type { ItemRisk, RiskReport } from '../risk/types.js';
import type { Instant, LocalTime } from '../time/types.js';
import { addDays, instantMs, localDateOf, minutesOfDay, offsetMinutes, weekdayOf } from '../time/zoned-time.js';
import { createItemFacts } from './create-item-facts.js';
import { type DayOwner, dayOffOf } from './day-of.js';
import { defaultSuggestSettings } from './suggest-settings.js';
import type { AttendeeBrief, DayFact, DayPart, MeetingBrief, SuggestionMemory } from './types.js';

const DAY_MS = 86_400_000;
const RANK_LATER = Number.MAX_SAFE_INTEGER;

/** What a brief reads besides the meeting. */
export interface BriefContext {
  readonly world: UserWorld;
  readonly report: RiskReport;
  readonly memory: SuggestionMemory;
  /** The last this-many minutes of a working day are "late in the day" (default 90). */
  readonly lateInDayMinutes?: number;
}

function localTimeOf(ms: number, zone: DayOwner['timeZone']): LocalTime {
  const minutes = Math.floor((ms + offsetMinutes(ms, zone) * 60_000) / 60_000);
  const inDay = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}` as LocalTime;
}

/** Where a moment falls in a person's day, read in their working-hours zone. */
function dayPartOf(person: DayOwner, ms: number, lateInDayMinutes: number): DayPart {
  const hours = person.workingHours;
  const on = localDateOf(ms, hours.timeZone);
  if (dayOffOf(person, on) !== undefined) return 'day-off';
  const minute = minutesOfDay(localTimeOf(ms, hours.timeZone));
  const start = minutesOfDay(hours.start);
  const endRaw = minutesOfDay(hours.end);
  // A shift across midnight (22:00–06:00): minutes after midnight belong to the end of the shift.
  const end = endRaw > start ? endRaw : endRaw + 1440;
  const m = endRaw > start || minute >= start ? minute : minute + 1440;
  if (m < start) return 'before-hours';
  if (m >= end) return 'after-hours';
  return m >= end - lateInDayMinutes ? 'late-in-day' : 'in-hours';
}

/** Facts about a person's day at a moment: their local time, a holiday today or tomorrow, the weekend ahead, time away. */
function dayFactsOf(person: DayOwner, at: Instant, lateInDayMinutes: number): DayFact[] {
  const ms = instantMs(at);
  const facts: DayFact[] = [];
  const localOn = localDateOf(ms, person.timeZone);
  facts.push({ kind: 'local-time', at, timeZone: person.timeZone, localOn, localTime: localTimeOf(ms, person.timeZone), part: dayPartOf(person, ms, lateInDayMinutes) });
  const hoursOn = localDateOf(ms, person.workingHours.timeZone);
  const tomorrow = addDays(hoursOn, 1);
  for (const [on, when] of [[hoursOn, 'today'], [tomorrow, 'tomorrow']] as const) {
    const off = dayOffOf(person, on);
    if (off?.why === 'holiday') facts.push({ kind: 'holiday', on, name: off.name, when });
  }
  const worksToday = person.workingHours.days.includes(weekdayOf(hoursOn));
  if (worksToday && !person.workingHours.days.includes(weekdayOf(tomorrow))) facts.push({ kind: 'weekend-starts', on: tomorrow });
  const away = person.away;
  if (away !== undefined && away !== 'always' && instantMs(away.start) < ms + DAY_MS && instantMs(away.end) > ms) {
    facts.push({ kind: 'away', start: away.start, end: away.end });
  }
  return facts;
}

/**
 * The facts for a meeting: per attendee (not the user), what the user owes them and how each item stands (their
 * deadline and date to promise as they read it, the first promised date), and facts about their day at the
 * meeting's start: their local time and where it falls in their working day, a public holiday that day or the
 * next, their weekend starting the next day, time away. Attendees come in the meeting's order; items by deadline.
 * @example
 * // 13:00Z on Thu 3 Dec 2026 is 18:30 for Priya (Kolkata, UTC+5:30, 09:00–19:00): within her last 90 minutes.
 * assembleMeetingBrief(meeting, { world, report, memory }).attendees[0].day[0] // { kind: 'local-time', localTime: '18:30', part: 'late-in-day', … }
 */
export function assembleMeetingBrief(meeting: Meeting, ctx: BriefContext): MeetingBrief {
  const world = ctx.world;
  const facts = createItemFacts(world, ctx.report, ctx.memory);
  const late = ctx.lateInDayMinutes ?? defaultSuggestSettings.lateInDayMinutes;
  const people = new Map<string, DayOwner>();
  for (const p of world.colleagues ?? []) people.set(p.id.toLowerCase(), p);
  for (const p of world.people ?? []) people.set(p.id.toLowerCase(), p);
  for (const p of world.stakeholders) people.set(p.id.toLowerCase(), p);
  const items = new Map(world.items.map((item) => [item.id, item]));
  const userId = world.user.id.toLowerCase();
  const userEmail = world.user.email.toLowerCase();
  const attendeeIds = [...new Set(meeting.attendeeIds.map((id) => id.toLowerCase()))].filter((id) => id !== userId && id !== userEmail);
  const deadlineRank = (r: ItemRisk) => (r.deadline === undefined ? RANK_LATER : instantMs(r.deadline.at));

  const attendees: AttendeeBrief[] = attendeeIds.map((personId) => {
    const owed = ctx.report.items
      .filter((r) => (items.get(r.itemId)?.stakeholderIds ?? []).some((id) => id.toLowerCase() === personId))
      .sort((a, b) => deadlineRank(a) - deadlineRank(b) || (a.itemId < b.itemId ? -1 : 1))
      .map((r) => facts.standing(r, personId));
    const person = people.get(personId);
    return { personId, owed, day: person === undefined ? [] : dayFactsOf(person, meeting.start, late) };
  });
  return { meetingId: meeting.id, subject: meeting.subject, startAt: meeting.start, endAt: meeting.end, attendees };
}
