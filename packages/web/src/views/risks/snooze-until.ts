import { addDays, localDateOf, zonedMs, type LocalDate, type TimeZoneId } from '@upfront/core';

/** When a snoozed item comes back: tomorrow morning, a week from today's morning, or the morning of a chosen date. */
export type SnoozeChoice = { kind: 'tomorrow' } | { kind: 'next-week' } | { kind: 'date'; on: string };

/** A snooze ends at the start of the user's morning: 08:00 on their own clock (their mailbox zone). */
export const SNOOZE_MORNING_MINUTES = 8 * 60;

/**
 * The instant a snooze ends (UTC ISO), or undefined when the chosen date's morning is not after now (today's
 * morning once it has passed, a day in the past). "Next week" is seven days on, so no week rule is assumed.
 * @example toSnoozeUntil({ kind: 'tomorrow' }, Date.parse('2025-03-24T08:00:00Z'), 'America/Los_Angeles') // '2025-03-25T15:00:00.000Z'
 */
export function toSnoozeUntil(choice: SnoozeChoice, nowMs: number, timeZone: string): string | undefined {
  const zone = timeZone as TimeZoneId;
  const today = localDateOf(nowMs, zone);
  const on = choice.kind === 'tomorrow' ? addDays(today, 1) : choice.kind === 'next-week' ? addDays(today, 7) : toLocalDate(choice.on);
  if (on === undefined) return undefined;
  const ms = zonedMs(on, SNOOZE_MORNING_MINUTES, zone);
  return ms > nowMs ? new Date(ms).toISOString() : undefined;
}

function toLocalDate(text: string): LocalDate | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text ? undefined : (text as LocalDate);
}
