import type { DeadlineStyle } from '@upfront/contracts';
import type { Messages, PeopleTextId } from '@upfront/core';
import type { TabFormatter } from '../format/create-tab-formatter.js';

export type DeadlineStyleKind = DeadlineStyle['kind'];

/** A wall-clock time ("HH:MM") as the reader's locale writes it ("15:00", "3:00 PM"), through core's formatter. */
export function toClockText(time: string, format: TabFormatter): string {
  // The instant whose UTC wall clock is that time: formatting it in UTC gives the time back, in the locale's style.
  return format.time(Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5))), 'UTC');
}

/** The choices in the order the tab offers them, worded for one person ("their" business day) in the reader's words. */
export function toDeadlineStyleChoices(format: TabFormatter, text: Messages<PeopleTextId>): readonly { kind: DeadlineStyleKind; label: string }[] {
  return [
    { kind: 'start-of-business-day', label: text.say('styleStart') },
    { kind: 'close-of-business-day', label: text.say('styleClose') },
    { kind: 'end-of-day', label: text.say('styleEnd', { time: toClockText('23:59', format) }) },
    { kind: 'exact-time', label: text.say('styleExact') },
  ];
}

/** What the engine assumes when the user has not said: the strict default of PRODUCT.md. */
export const DEFAULT_DEADLINE_STYLE: DeadlineStyle = { kind: 'close-of-business-day' };

/** The form's reading of a style; `invalid-time` when "at a set time" has no time a clock shows (the words say so). */
export type DeadlineStyleInput = { ok: true; style: DeadlineStyle } | { ok: false; reason: 'invalid-time' };

/** Turns the form's choice (and its time field, for "at a set time") into a `DeadlineStyle`. */
export function toDeadlineStyle(kind: DeadlineStyleKind, time: string): DeadlineStyleInput {
  if (kind !== 'exact-time') return { ok: true, style: { kind } };
  const hhmm = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time.trim());
  const hours = Number(hhmm?.[1]);
  const minutes = Number(hhmm?.[2]);
  if (hhmm === null || hours > 23 || minutes > 59) return { ok: false, reason: 'invalid-time' };
  return { ok: true, style: { kind, time: `${String(hours).padStart(2, '0')}:${hhmm[2]}` } };
}

/** The `kind` select key of a style in the `styleShort` and `styleNow` messages (ICU keys cannot hold `-`). */
export function toStyleKey(style: DeadlineStyle | undefined): 'start' | 'close' | 'end' | 'exact' {
  switch ((style ?? DEFAULT_DEADLINE_STYLE).kind) {
    case 'start-of-business-day':
      return 'start';
    case 'end-of-day':
      return 'end';
    case 'exact-time':
      return 'exact';
    default:
      return 'close';
  }
}

/** A short phrase for a stakeholder's style: "close of their business day", "15:00 their time". */
export function describeDeadlineStyle(style: DeadlineStyle | undefined, format: TabFormatter, text: Messages<PeopleTextId>): string {
  return text.say('styleShort', { kind: toStyleKey(style), time: style?.kind === 'exact-time' ? toClockText(style.time, format) : '' });
}
