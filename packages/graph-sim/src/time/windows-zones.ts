/**
 * Windows time-zone names Graph uses, with their IANA equivalents (CLDR windowsZones, territory 001).
 * The simulator keeps its own small table: it must share nothing with the client it is checked against.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: 'Etc/UTC',
  'Coordinated Universal Time': 'Etc/UTC',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'Atlantic Standard Time': 'America/Halifax',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Russian Standard Time': 'Europe/Moscow',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Calcutta',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'SA Pacific Standard Time': 'America/Bogota',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Pacific SA Standard Time': 'America/Santiago',
};

/** IANA aliases that map to the same Windows zone as their canonical name. */
const IANA_ALIASES: Readonly<Record<string, string>> = {
  'Asia/Kolkata': 'Asia/Calcutta',
  'Etc/GMT': 'Etc/UTC',
  UTC: 'Etc/UTC',
  'Europe/Madrid': 'Europe/Paris',
  'Europe/Dublin': 'Europe/London',
  'Asia/Tel_Aviv': 'Asia/Jerusalem',
  'America/San_Francisco': 'America/Los_Angeles',
};

const IANA_TO_WINDOWS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(WINDOWS_TO_IANA)
    .filter(([w]) => w !== 'Coordinated Universal Time')
    .map(([w, i]) => [i, w]),
);

/** A zone name as Graph accepts it (Windows or IANA) → an IANA zone luxon knows, or undefined. */
export function toIanaZone(name: string): string | undefined {
  const trimmed = name.trim();
  const fromWindows = WINDOWS_TO_IANA[trimmed];
  if (fromWindows) return fromWindows;
  const lower = trimmed.toLowerCase();
  const win = Object.keys(WINDOWS_TO_IANA).find((w) => w.toLowerCase() === lower);
  if (win) return WINDOWS_TO_IANA[win];
  if (trimmed.includes('/') || trimmed === 'UTC') {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: trimmed });
      return trimmed === 'UTC' ? 'Etc/UTC' : trimmed;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** An IANA zone → its Windows name (as Graph shows in `workingHours.timeZone.name`), or undefined. */
export function toWindowsZone(iana: string): string | undefined {
  return IANA_TO_WINDOWS[IANA_ALIASES[iana] ?? iana];
}
