import type { DayCapacity } from '@upfront/contracts';

/** The four parts of a working day, bottom of the bar first: what is left for this item sits on the axis. */
export const CAPACITY_PARTS = ['free', 'claimed', 'reserve', 'busy'] as const;
export type CapacityPart = (typeof CAPACITY_PARTS)[number];

export interface CapacityBar {
  on: string;
  isDeadlineDay: boolean;
  /** Whole minutes of each part (never negative). */
  minutes: Readonly<Record<CapacityPart, number>>;
  /** Share of the chart's height of each part, 0–100. */
  percent: Readonly<Record<CapacityPart, number>>;
}

export interface CapacityScale {
  /** The value at the top of the axis, in minutes: a round number of hours at or above the fullest day. */
  maxMinutes: number;
  /** Axis marks from 0 to `maxMinutes`, in minutes (whole hours). */
  ticks: number[];
  bars: CapacityBar[];
  /** Each part summed over the days, in minutes. */
  totals: Readonly<Record<CapacityPart, number>>;
}

const FIELD: Readonly<Record<CapacityPart, keyof DayCapacity>> = {
  free: 'freeMinutes',
  claimed: 'claimedMinutes',
  reserve: 'reserveMinutes',
  busy: 'busyMinutes',
};

/**
 * Scales each day's non-overlapping parts (busy, reserve, claimed, free) into stacked bars under a round axis
 * maximum. The parts are the server's figures, only scaled: nothing is recomputed or counted twice.
 */
export function toCapacityScale(days: readonly DayCapacity[]): CapacityScale {
  const clean = days.map((d) => ({
    on: d.on,
    isDeadlineDay: d.isDeadlineDay,
    minutes: Object.fromEntries(CAPACITY_PARTS.map((p) => [p, nonNegative(d[FIELD[p]])])) as Record<CapacityPart, number>,
  }));
  const fullest = Math.max(0, ...clean.map((d) => CAPACITY_PARTS.reduce((sum, p) => sum + d.minutes[p], 0))) / 60;
  const step = fullest <= 4 ? 1 : fullest <= 10 ? 2 : fullest <= 20 ? 4 : Math.ceil(fullest / 5);
  const maxHours = Math.max(step, Math.ceil(fullest / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= maxHours; t += step) ticks.push(t * 60);
  const maxMinutes = maxHours * 60;
  const percent = (minutes: number) => Math.round((minutes / maxMinutes) * 1000) / 10;
  const totals = Object.fromEntries(CAPACITY_PARTS.map((p) => [p, clean.reduce((sum, d) => sum + d.minutes[p], 0)])) as Record<
    CapacityPart,
    number
  >;
  return {
    maxMinutes,
    ticks,
    totals,
    bars: clean.map((d) => ({
      ...d,
      percent: Object.fromEntries(CAPACITY_PARTS.map((p) => [p, percent(d.minutes[p])])) as Record<CapacityPart, number>,
    })),
  };
}

function nonNegative(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
