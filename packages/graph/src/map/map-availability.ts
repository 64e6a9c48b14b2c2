import type { AwayWindow, Interval } from '@upfront/core';
import { toInstantFromZoned } from '../map-time.js';
import type { GraphMailTips, GraphScheduleItem } from '../wire-types.js';

/**
 * Scheduled automatic replies from a mail tip: the window, when Graph gives one that has not ended by `now`.
 * Replies that are simply on (no schedule) give no window: they say nothing about when the person is away.
 */
export function toAwayWindow(tip: GraphMailTips | undefined, now: string): AwayWindow | undefined {
  const replies = tip?.automaticReplies;
  if (!replies?.scheduledStartTime?.dateTime || !replies.scheduledEndTime?.dateTime) return undefined;
  const start = toInstantFromZoned(replies.scheduledStartTime, 'mailTips.automaticReplies.scheduledStartTime');
  const end = toInstantFromZoned(replies.scheduledEndTime, 'mailTips.automaticReplies.scheduledEndTime');
  return Date.parse(end) > Date.parse(now) && Date.parse(end) > Date.parse(start) ? { start, end } : undefined;
}

const BUSY = new Set(['busy', 'tentative', 'oof', 'workingelsewhere']);

/**
 * Busy, tentative and away times of a schedule, clipped to `within`, earliest first. `free` and `unknown` items
 * are not busy; working elsewhere is (the person is not free to help).
 */
export function toBusyTimes(items: readonly GraphScheduleItem[] | undefined, within: Interval, field: string): { start: Interval['start']; end: Interval['end'] }[] {
  const out: { start: Interval['start']; end: Interval['end'] }[] = [];
  for (const [i, item] of (items ?? []).entries()) {
    if (!BUSY.has((item.status ?? 'busy').toLowerCase())) continue;
    const start = toInstantFromZoned(item.start, `${field}[${i}].start`);
    const end = toInstantFromZoned(item.end, `${field}[${i}].end`);
    const s = Date.parse(start) > Date.parse(within.start) ? start : within.start;
    const e = Date.parse(end) < Date.parse(within.end) ? end : within.end;
    if (Date.parse(e) > Date.parse(s)) out.push({ start: s, end: e });
  }
  return out.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end));
}
