import type { ItemRisk } from '@upfront/contracts';

type Effort = ItemRisk['effort'];
type Deadline = NonNullable<ItemRisk['deadline']>;

/** Hours written for people: "45 min", "1.5 h", "3 h". Rounds to 5 minutes below an hour, to half hours above. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours) || hours <= 0) return '0 h';
  if (hours < 1) return `${Math.max(5, Math.round((hours * 60) / 5) * 5)} min`;
  const rounded = Math.round(hours * 2) / 2;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} h`;
}

const EFFORT_SOURCE: Readonly<Record<Effort['source'], string>> = {
  override: 'your estimate',
  'estimate-in-text': 'as written in the task',
  checklist: 'from the checklist steps left',
  'planner-percent': 'from Planner progress',
  'importance-default': 'default for its importance',
};

/** The effort with where it came from: "~3 h, as written in the task"; an effort the user set is not approximate. */
export function formatEffort(effort: Effort): string {
  const approx = effort.source === 'override' ? '' : '~';
  return `${approx}${formatHours(effort.hours)}, ${EFFORT_SOURCE[effort.source]}`;
}

/** The readable part of an IANA zone: "America/New_York" → "New York". */
export function zoneCity(timeZone: string): string {
  const last = timeZone.split('/').at(-1) ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** An instant in a zone, e.g. "Fri 3 Oct, 17:00" (en-GB). */
export function formatInZone(at: string | number, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(typeof at === 'number' ? at : Date.parse(at));
}

/** The wall-clock time of a zone at an instant, e.g. "Tue 09:14" (for "their local time now"). */
export function formatLocalTime(atMs: number, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(atMs);
}

/** A calendar date for a chart axis, in two parts: { weekday: "Mon", day: "24" } (never shifted by a zone). */
export function toDayLabel(on: string, locale: string): { weekday: string; day: string } {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric' }).formatToParts(
    Date.parse(`${on}T12:00:00Z`),
  );
  return {
    weekday: parts.find((p) => p.type === 'weekday')?.value ?? '',
    day: parts.find((p) => p.type === 'day')?.value ?? on.slice(8),
  };
}

/** A calendar date in full, e.g. "Monday 24 March". */
export function formatDayLong(on: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(
    Date.parse(`${on}T12:00:00Z`),
  );
}

/** A calendar date with its year, e.g. "Tue, 8 Dec 2026" (never shifted by a zone). */
export function formatDateWithYear(on: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    Date.parse(`${on}T12:00:00Z`),
  );
}

export interface DeadlineTexts {
  /** "Fri 3 Oct, 17:00 Berlin (Lena's time)" */
  theirs: string;
  /** "Fri 3 Oct, 16:00 your time", absent when both zones show the same wall-clock time. */
  yours?: string;
}

/** The deadline in the stakeholder's zone and in the user's, using the server's wording when it sent one. */
export function toDeadlineTexts(deadline: Deadline, userTimeZone: string, locale: string): DeadlineTexts {
  const theirClock = deadline.inStakeholderZone ?? `${formatInZone(deadline.at, deadline.timeZone, locale)} ${zoneCity(deadline.timeZone)}`;
  const whose = deadline.stakeholderName === undefined ? '' : ` (${deadline.stakeholderName}'s time)`;
  const theirs = `${theirClock}${whose}`;
  const yourClock = formatInZone(deadline.at, userTimeZone, locale);
  const sameClock = yourClock === formatInZone(deadline.at, deadline.timeZone, locale);
  if (sameClock && deadline.inUserZone === undefined) return { theirs };
  return { theirs, yours: deadline.inUserZone ?? `${yourClock} your time` };
}
