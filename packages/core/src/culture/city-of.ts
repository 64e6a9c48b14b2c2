import type { TimeZoneId } from '../time/types.js';

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
