import type { ItemRisk } from '@upfront/contracts';

type DayCapacity = ItemRisk['capacity'][number];

export interface CapacityBar {
  on: string;
  freeHours: number;
  claimedHours: number;
  /** Share of the chart's height, 0–100. */
  freePercent: number;
  claimedPercent: number;
}

export interface CapacityScale {
  /** The value at the top of the axis: a round number of hours at or above the busiest day. */
  maxHours: number;
  /** Axis marks from 0 to `maxHours`. */
  ticks: number[];
  bars: CapacityBar[];
}

/** Scales per-day free and claimed hours into stacked bars under a round axis maximum. */
export function toCapacityScale(days: readonly DayCapacity[]): CapacityScale {
  const clean = days.map((d) => ({ on: d.on, freeHours: nonNegative(d.freeHours), claimedHours: nonNegative(d.claimedHours) }));
  const busiest = Math.max(0, ...clean.map((d) => d.freeHours + d.claimedHours));
  const step = busiest <= 4 ? 1 : busiest <= 10 ? 2 : busiest <= 20 ? 4 : Math.ceil(busiest / 5);
  const maxHours = Math.max(step, Math.ceil(busiest / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= maxHours; t += step) ticks.push(t);
  const percent = (hours: number) => Math.round((hours / maxHours) * 1000) / 10;
  return {
    maxHours,
    ticks,
    bars: clean.map((d) => ({ ...d, freePercent: percent(d.freeHours), claimedPercent: percent(d.claimedHours) })),
  };
}

function nonNegative(hours: number): number {
  return Number.isFinite(hours) && hours > 0 ? hours : 0;
}
