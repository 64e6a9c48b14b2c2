import { offsetMinutes } from '../time/zoned-time.js';
import type { TimeZoneId } from '../time/types.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock parts of an instant in a zone, in English, for summaries (no `Intl` on the hot path). */
export interface MomentParts {
  readonly weekday: string;
  /** e.g. `3 Oct` */
  readonly dayMonth: string;
  /** e.g. `17:00` */
  readonly time: string;
  /** `YYYY-MM-DD` in that zone. */
  readonly isoDate: string;
}

/**
 * Splits an instant into English wall-clock parts in a zone.
 * @example describeMoment(Date.parse('2025-10-02T15:00:00Z'), 'Europe/Berlin' as TimeZoneId)
 * // { weekday: 'Thu', dayMonth: '2 Oct', time: '17:00', isoDate: '2025-10-02' }
 */
export function describeMoment(ms: number, zone: TimeZoneId): MomentParts {
  // Shift by the zone's offset and read the fields in UTC: the process zone never enters.
  const local = new Date(ms + offsetMinutes(ms, zone) * 60_000);
  const day = local.getUTCDate();
  const month = local.getUTCMonth();
  return {
    weekday: WEEKDAYS[local.getUTCDay()]!,
    dayMonth: `${day} ${MONTHS[month]}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    isoDate: `${local.getUTCFullYear()}-${pad(month + 1)}-${pad(day)}`,
  };
}

/**
 * A zone's city as people say it: the last part of the IANA id.
 * @example cityOf('America/New_York' as TimeZoneId) // 'New York'
 */
export function cityOf(zone: TimeZoneId): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
