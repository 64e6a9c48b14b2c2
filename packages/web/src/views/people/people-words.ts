import type { OverlapStripDto, RiskState } from '@upfront/contracts';
import type { Messages, PeopleTextId } from '@upfront/core';
import type { TabFormatter } from '../../format/create-tab-formatter.js';

/** The `state` select key of a risk state (ICU select keys cannot hold `-`). */
export function toStateKey(state: RiskState): string {
  return state.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

// Sunday 1 January 2023: weekday w is the date 1 + w, so the formatter names weekdays from dates (no words of ours).
const SUNDAY = Date.UTC(2023, 0, 1);

/** Weekday names in the reader's locale (`Sat`, `sam.`, `Sa.`) for 0 = Sunday … 6 = Saturday, through the formatter. */
export function toWeekdayNames(days: readonly number[], format: TabFormatter): string[] {
  return days.map((d) => format.dayLabel(new Date(SUNDAY + d * 86_400_000).toISOString().slice(0, 10)).weekday);
}

/** The user's wall-clock ranges of some spans: `14:00–17:00`, through the formatter and the `span` message. */
export function toSpanTexts(spans: OverlapStripDto['overlap'], userZone: string, text: Messages<PeopleTextId>, format: TabFormatter): string[] {
  return spans.map((s) => text.say('span', { from: format.time(s.start, userZone), to: format.time(s.end, userZone) }));
}

/** The strip's text alternative: "You overlap 14:00–17:00 your time", or why there is no overlap. */
export function describeStrip(
  strip: OverlapStripDto,
  name: string,
  userZone: string,
  text: Messages<PeopleTextId>,
  format: TabFormatter,
): string {
  const day = format.date(strip.on);
  if (strip.overlap.length > 0) return text.say('overlap', { spans: text.list(toSpanTexts(strip.overlap, userZone, text, format)) });
  if (strip.userHours.length === 0 && strip.theirHours.length > 0) {
    return text.say('youOff', { day, name, spans: text.list(toSpanTexts(strip.theirHours, userZone, text, format)) });
  }
  return text.say('noOverlap', { name, day });
}

/** Whole days from an instant to now (0 on the same 24 hours), for "you last wrote to them 3 days ago". */
export function daysSince(at: string, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - Date.parse(at)) / 86_400_000));
}
