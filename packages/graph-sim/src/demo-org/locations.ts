/** Known rooms and sites of the demo organisation, with addresses as Graph returns them. */
const PLACES: Record<string, { street: string; city: string; state: string; countryOrRegion: string; postalCode: string; latitude: number; longitude: number }> = {
  'SF-3 Redwood room': { street: '500 Market Street', city: 'San Francisco', state: 'CA', countryOrRegion: 'United States', postalCode: '94105', latitude: 37.7897, longitude: -122.3999 },
  'Northwind Traders HQ': { street: '350 Fifth Avenue', city: 'New York', state: 'NY', countryOrRegion: 'United States', postalCode: '10118', latitude: 40.7484, longitude: -73.9857 },
};

/** A Graph `location` for a display name: a room with address/coordinates, a Teams meeting, or empty. */
export function toLocation(displayName: string, given?: Record<string, unknown>): Record<string, unknown> {
  if (given && typeof given === 'object') {
    const name = typeof given['displayName'] === 'string' ? given['displayName'] : displayName;
    return { displayName: name, locationType: 'default', uniqueId: name, uniqueIdType: name ? 'private' : 'unknown', ...given };
  }
  if (!displayName) return { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} };
  const place = PLACES[displayName];
  if (place) {
    const { latitude, longitude, ...address } = place;
    return { displayName, locationType: 'default', uniqueId: displayName, uniqueIdType: 'private', address, coordinates: { latitude, longitude } };
  }
  return { displayName, locationType: 'default', uniqueId: displayName, uniqueIdType: 'private' };
}
