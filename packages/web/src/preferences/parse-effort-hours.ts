/** The largest estimate the server accepts, in hours. */
export const MAX_EFFORT_HOURS = 1000;

export type EffortHoursInput = { ok: true; hours: number } | { ok: false; reason: string };

/** Reads the hours a person typed ("2.5", "2,5", " 3 ") as an estimate of the work left: above 0, at most 1000. */
export function parseEffortHours(text: string): EffortHoursInput {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: false, reason: 'Enter the hours of work left.' };
  const hours = /^\d*\.?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(hours)) return { ok: false, reason: 'Enter a number of hours, such as 2.5.' };
  if (hours <= 0) return { ok: false, reason: 'Enter more than 0 hours. If the work is done, complete the task instead.' };
  if (hours > MAX_EFFORT_HOURS) return { ok: false, reason: `Enter at most ${MAX_EFFORT_HOURS} hours.` };
  return { ok: true, hours };
}
