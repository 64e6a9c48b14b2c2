import { describe, expect, it } from 'vitest';
import { hours, on } from '../testing/builders.js';
import { composeOverlapStrip, stripDayFor } from './compose-overlap-strip.js';

const berlin = hours('Europe/Berlin'); // Mon–Fri 09:00–17:00
const newYork = hours('America/New_York');

describe('composeOverlapStrip', () => {
  it.each([
    // Fri 6 Mar 2026: New York on EST (UTC−5), Berlin on CET (UTC+1). Them 09–17 EST = 14:00–22:00 UTC,
    // the user 09–17 CET = 08:00–16:00 UTC: both 14:00–16:00 UTC = 15:00–17:00 Berlin, 120 minutes.
    { case: 'before the US switch', day: '2026-03-06', overlap: [['2026-03-06T14:00:00Z', '2026-03-06T16:00:00Z']], minutes: 120 },
    // Mon 9 Mar 2026: New York moved to EDT (UTC−4) on 8 Mar, Berlin not until 29 Mar. Them 13:00–21:00 UTC,
    // the user 08:00–16:00 UTC: 13:00–16:00 UTC = 14:00–17:00 Berlin, 180 minutes: one hour more.
    { case: 'after the US switch, before Europe’s', day: '2026-03-09', overlap: [['2026-03-09T13:00:00Z', '2026-03-09T16:00:00Z']], minutes: 180 },
    // Mon 30 Mar 2026: both on summer time (CEST UTC+2, EDT UTC−4). Them 13:00–21:00 UTC, the user
    // 07:00–15:00 UTC: 13:00–15:00 UTC = 15:00–17:00 Berlin, 120 minutes again.
    { case: 'after both switches', day: '2026-03-30', overlap: [['2026-03-30T13:00:00Z', '2026-03-30T15:00:00Z']], minutes: 120 },
  ])('overlaps Berlin and New York $case', ({ day, overlap, minutes }) => {
    const strip = composeOverlapStrip(on(day), berlin, newYork);
    expect(strip.overlap.map((s) => [s.start, s.end])).toEqual(overlap);
    expect(strip.overlapMinutes).toBe(minutes);
  });

  it('is 23 hours long on the day Berlin springs forward, and 25 on the day it falls back', () => {
    // Sun 29 Mar 2026: Berlin midnight is 23:00 UTC the day before (CET), the next midnight 22:00 UTC (CEST).
    const spring = composeOverlapStrip(on('2026-03-29'), berlin, newYork);
    expect([spring.start, spring.end]).toEqual(['2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z']);
    // Sun 25 Oct 2026: 22:00 UTC (CEST) to 23:00 UTC (CET): 25 hours.
    const autumn = composeOverlapStrip(on('2026-10-25'), berlin, newYork);
    expect([autumn.start, autumn.end]).toEqual(['2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z']);
    // A Sunday: neither works (Mon–Fri both), so nothing overlaps.
    expect(spring.overlap).toEqual([]);
  });

  it('reads a Sunday–Thursday week from the data: a Sunday overlaps nobody in Berlin, a Friday neither', () => {
    // Jerusalem (IST, UTC+2 in December) works Sun–Thu 09:00–17:00 = 07:00–15:00 UTC.
    const jerusalem = hours('Asia/Jerusalem', [0, 1, 2, 3, 4]);
    const londonSunThu = hours('Europe/London', [0, 1, 2, 3, 4]); // a user who works Sun–Thu too
    // Sun 6 Dec 2026: the Berlin user does not work (Mon–Fri), Jerusalem does: their hours show, no overlap.
    const sunday = composeOverlapStrip(on('2026-12-06'), berlin, jerusalem);
    expect(sunday.userHours).toEqual([]);
    expect(sunday.theirHours).toEqual([{ start: '2026-12-06T07:00:00Z', end: '2026-12-06T15:00:00Z' }]);
    expect(sunday.overlap).toEqual([]);
    // Fri 4 Dec 2026: the Berlin user works 08:00–16:00 UTC, Jerusalem has its weekend.
    const friday = composeOverlapStrip(on('2026-12-04'), berlin, jerusalem);
    expect(friday.theirHours).toEqual([]);
    expect(friday.overlapMinutes).toBe(0);
    // Sun 6 Dec 2026 for a London user on a Sun–Thu week (GMT, UTC+0): 09:00–17:00 UTC and Jerusalem
    // 07:00–15:00 UTC overlap 09:00–15:00 UTC, 360 minutes.
    expect(composeOverlapStrip(on('2026-12-06'), londonSunThu, jerusalem).overlapMinutes).toBe(360);
  });

  it('cuts the other person’s hours at the edges of the user’s day', () => {
    // Tokyo (UTC+9, no DST) 09:00–17:00 = 00:00–08:00 UTC. A Los Angeles user's Thu 3 Dec 2026 (PST, UTC−8)
    // runs 08:00 UTC on the 3rd to 08:00 UTC on the 4th: it holds Tokyo's Fri 4 Dec 00:00–08:00 UTC whole,
    // and none of Tokyo's Thursday (00:00–08:00 UTC on the 3rd, before the day starts).
    const strip = composeOverlapStrip(on('2026-12-03'), hours('America/Los_Angeles'), hours('Asia/Tokyo'));
    expect(strip.theirHours).toEqual([{ start: '2026-12-04T00:00:00Z', end: '2026-12-04T08:00:00Z' }]);
    // The user 09–17 PST = 17:00 UTC on the 3rd to 01:00 UTC on the 4th: both 00:00–01:00 UTC, 60 minutes.
    expect(strip.overlap).toEqual([{ start: '2026-12-04T00:00:00Z', end: '2026-12-04T01:00:00Z' }]);
  });
});

describe('stripDayFor', () => {
  it('shows today on a working day and the next working day on a weekend', () => {
    // Thu 3 Dec 2026, 10:00 UTC = 11:00 Berlin: a working day.
    expect(stripDayFor(Date.parse('2026-12-03T10:00:00Z'), berlin)).toBe('2026-12-03');
    // Sat 5 Dec 2026 → Mon 7 Dec.
    expect(stripDayFor(Date.parse('2026-12-05T10:00:00Z'), berlin)).toBe('2026-12-07');
    // Fri 4 Dec 2026, 23:30 UTC is already Saturday 00:30 in Berlin → Monday.
    expect(stripDayFor(Date.parse('2026-12-04T23:30:00Z'), berlin)).toBe('2026-12-07');
  });
});
