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

/** Old IANA spellings that Node's ICU still reports (and Windows zone tables map to), as the cities call themselves now. */
const RENAMED_CITIES: Readonly<Record<string, string>> = {
  Calcutta: 'Kolkata',
  Kiev: 'Kyiv',
  Saigon: 'Ho Chi Minh City',
  Rangoon: 'Yangon',
  Katmandu: 'Kathmandu',
  Godthab: 'Nuuk',
};

/**
 * A zone's city as people say it: the last part of the IANA id, with renamed cities under their current
 * name; fixed-offset zones read as `UTC±h` (`Etc/GMT-10` is UTC+10: the Etc sign is inverted).
 * @example cityOf('America/New_York' as TimeZoneId) // 'New York'
 * @example cityOf('Asia/Calcutta' as TimeZoneId) // 'Kolkata'
 * @example cityOf('Etc/GMT-10' as TimeZoneId) // 'UTC+10'
 */
export function cityOf(zone: TimeZoneId): string {
  const fixed = /^Etc\/GMT([+-])(\d{1,2})$/.exec(zone);
  if (fixed) return `UTC${fixed[1] === '-' ? '+' : '-'}${fixed[2]}`;
  const last = (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
  return RENAMED_CITIES[last] ?? last;
}
