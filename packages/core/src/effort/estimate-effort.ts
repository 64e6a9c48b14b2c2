import type { WorkItem } from '../model/work-item.js';
import type { Effort } from '../risk/types.js';
import type { RiskSettings } from '../risk/risk-settings.js';

/** An effort estimate found in free text. */
export interface TextEstimate {
  readonly hours: number;
  /** The text that was read, e.g. `~3h`. */
  readonly match: string;
}

const HOURS = 'h|hrs?|hours?';
const MINUTES = 'm|mins?|minutes?';
const DAYS = 'd|days?';
// "1h30m", "1 h 30 min"
const COMBINED = new RegExp(`(?<![\\w.,])(\\d+)\\s*(?:${HOURS})\\s*(\\d+)\\s*(?:${MINUTES})(?![a-z])`, 'i');
// Compact notation, a number with a one-letter unit attached: "3h", "3,5h", "90m", "2d".
const COMPACT = new RegExp(`(?<![\\w.,])(\\d+(?:[.,]\\d+)?)(h|m|d)(?![a-z])`, 'i');
// Marked: "~3h", "≈ 2 h", "est 2d", "est. 1.5 days", "estimate: 4h", "effort: 3 hours", "[90m]", "(45 min)".
const MARKED = new RegExp(`(?:~|≈|\\best\\.?|\\bestimate:?|\\beffort:?|\\[|\\()\\s*(\\d+(?:[.,]\\d+)?\\s*(?:${HOURS}|${MINUTES}|${DAYS}))(?![a-z])\\s*[\\])]?`, 'i');
const QUANTITY = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*(${HOURS}|${MINUTES}|${DAYS})(?![a-z])`, 'i');

function unitHours(unit: string, workingDayHours: number): number {
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return workingDayHours;
  if (u.startsWith('m')) return 1 / 60;
  return 1;
}

function readQuantity(pattern: RegExp, text: string, workingDayHours: number): TextEstimate | undefined {
  const m = pattern.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  return { hours: Number(m[1].replace(',', '.')) * unitHours(m[2], workingDayHours), match: m[0] };
}

/**
 * Reads an effort estimate written in a task's title or notes, in explicit forms only: a number in ordinary
 * words ("for the 3 days offsite", "2.5 hours of focus") is not an estimate. A marked estimate wins.
 * Forms (case-insensitive, `.` or `,` as decimal mark):
 * - marked: `~3h`, `≈ 2 h`, `est 2d`, `est. 1.5 days`, `estimate: 4h`, `effort: 3 hours`, `[90m]`, `(45 min)`;
 * - compact, a one-letter unit attached to the number: `3h`, `3,5h`, `90m`, `2d`;
 * - combined: `1h30m`, `1 h 30 min`.
 * Units: `h`/`hr(s)`/`hour(s)`, `m`/`min(s)`/`minute(s)`, `d`/`day(s)`, where a day is the user's working-day length.
 * @example parseEffortEstimate('Draft deck ~3h', 8) // { hours: 3, match: '~3h' }
 * @example parseEffortEstimate('Migration est 2d', 7.5) // { hours: 15, match: 'est 2d' }
 */
export function parseEffortEstimate(text: string, workingDayHours: number): TextEstimate | undefined {
  const combined = COMBINED.exec(text);
  if (combined?.[1] && combined[2]) return { hours: Number(combined[1]) + Number(combined[2]) / 60, match: combined[0] };
  const marked = MARKED.exec(text);
  if (marked?.[1]) {
    const inner = readQuantity(QUANTITY, marked[1], workingDayHours);
    if (inner) return { hours: inner.hours, match: marked[0].trim() };
  }
  return readQuantity(COMPACT, text, workingDayHours);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Remaining effort of an item in hours, with its source and basis as facts: the user's override; else an estimate
 * in the title, then the notes (`parseEffortEstimate`), scaled by Planner's percent complete when that is between
 * 0 and 100; else checklist steps left × `perStepHours`; else Planner's percent complete of the importance default;
 * else the importance default.
 * @example estimateEffort(aTask({ title: 'Report ~3h', checklist: { total: 4, done: 1 } }), settings, 8)
 * // { hours: 3, source: 'estimate-in-text', basis: { kind: 'estimate-in-text', text: '~3h', where: 'title' } }
 */
export function estimateEffort(item: WorkItem, settings: RiskSettings, workingDayHours: number): Effort {
  const override = settings.effortOverrides[item.id];
  if (override !== undefined && Number.isFinite(override) && override >= 0) {
    return { hours: override, source: 'override', basis: { kind: 'override' } };
  }
  const percent = item.source === 'planner' && item.percentComplete !== undefined && item.percentComplete > 0 && item.percentComplete < 100 ? item.percentComplete : undefined;
  const fromTitle = parseEffortEstimate(item.title, workingDayHours);
  const fromNotes = fromTitle ? undefined : item.notes === undefined ? undefined : parseEffortEstimate(item.notes, workingDayHours);
  const written = fromTitle ?? fromNotes;
  if (written) {
    const where = fromTitle ? 'title' : 'notes';
    if (percent !== undefined) {
      return { hours: round2(written.hours * (1 - percent / 100)), source: 'planner-percent', basis: { kind: 'estimate-in-text', text: written.match, where, percentDone: percent } };
    }
    return { hours: round2(written.hours), source: 'estimate-in-text', basis: { kind: 'estimate-in-text', text: written.match, where } };
  }
  const stepsLeft = item.checklist.total - item.checklist.done;
  if (item.checklist.total > 0 && stepsLeft > 0) {
    return {
      hours: round2(stepsLeft * settings.perStepHours),
      source: 'checklist',
      basis: { kind: 'checklist', stepsLeft, stepsTotal: item.checklist.total, perStepMinutes: Math.round(settings.perStepHours * 60) },
    };
  }
  const byImportance = settings.defaultHoursByImportance[item.importance];
  if (percent !== undefined) {
    return {
      hours: round2(byImportance * (1 - percent / 100)),
      source: 'planner-percent',
      basis: { kind: 'importance-default', importance: item.importance, percentDone: percent },
    };
  }
  return { hours: byImportance, source: 'importance-default', basis: { kind: 'importance-default', importance: item.importance } };
}
