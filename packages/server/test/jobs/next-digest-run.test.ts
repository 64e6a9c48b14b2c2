import { TimeParseError, type Instant } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { nextDigestRun } from '../../src/jobs/next-digest-run.js';

const at = (s: string) => s as Instant;

describe('nextDigestRun', () => {
  it.each([ // weekday: 0 = Sunday, 1 = Monday
    // EU summer time starts Sun 2026-03-29. Mon 23 Mar 09:00 CET (UTC+1) = 08:00Z.
    { case: 'Berlin before the change', zone: 'Europe/Berlin', weekday: 1, time: '09:00', after: '2026-03-20T12:00:00Z', runAt: '2026-03-23T08:00:00Z', period: '2026-W13' },
    // Mon 30 Mar 09:00 CEST (UTC+2) = 07:00Z: the same wall time, one hour earlier in UTC.
    // Week 1 of 2026 starts Mon 2025-12-29; 30 Mar is 3 + 31 + 28 + 29 = 91 days = 13 weeks later → W14.
    { case: 'Berlin after the change', zone: 'Europe/Berlin', weekday: 1, time: '09:00', after: '2026-03-27T12:00:00Z', runAt: '2026-03-30T07:00:00Z', period: '2026-W14' },
    // 02:30 does not exist on Sun 29 Mar in Berlin (02:00 CET → 03:00 CEST): it runs at 03:30 CEST = 01:30Z.
    { case: 'Berlin, a time in the spring gap', zone: 'Europe/Berlin', weekday: 0, time: '02:30', after: '2026-03-28T00:00:00Z', runAt: '2026-03-29T01:30:00Z', period: '2026-W13' },
    // 02:30 happens twice on Sun 25 Oct (CEST then CET): the first, 02:30 CEST = 00:30Z.
    { case: 'Berlin, a time that happens twice', zone: 'Europe/Berlin', weekday: 0, time: '02:30', after: '2026-10-24T00:00:00Z', runAt: '2026-10-25T00:30:00Z', period: '2026-W43' },
    // US daylight time starts Sun 2026-03-08. Mon 2 Mar 09:00 EST (UTC−5) = 14:00Z; Mon 9 Mar 09:00 EDT (UTC−4) = 13:00Z.
    { case: 'New York before the change', zone: 'America/New_York', weekday: 1, time: '09:00', after: '2026-02-27T00:00:00Z', runAt: '2026-03-02T14:00:00Z', period: '2026-W10' },
    { case: 'New York after the change', zone: 'America/New_York', weekday: 1, time: '09:00', after: '2026-03-06T00:00:00Z', runAt: '2026-03-09T13:00:00Z', period: '2026-W11' },
    // Sydney's daylight time ends Sun 2026-04-05. Mon 30 Mar 09:00 AEDT (UTC+11) = Sun 29 Mar 22:00Z.
    { case: 'Sydney before the change', zone: 'Australia/Sydney', weekday: 1, time: '09:00', after: '2026-03-27T00:00:00Z', runAt: '2026-03-29T22:00:00Z', period: '2026-W14' },
    // Mon 6 Apr 09:00 AEST (UTC+10) = Sun 5 Apr 23:00Z; asked at Mon 08:00 AEST (22:00Z), Monday in Sydney, Sunday in UTC.
    { case: 'Sydney after the change, weekday read in the user’s zone', zone: 'Australia/Sydney', weekday: 1, time: '09:00', after: '2026-04-05T22:00:00Z', runAt: '2026-04-05T23:00:00Z', period: '2026-W15' },
    // Exactly at the run instant: the next run is a week later (strictly after). Mon 30 Mar 07:00Z → Mon 6 Apr 07:00Z.
    { case: 'strictly after', zone: 'Europe/Berlin', weekday: 1, time: '09:00', after: '2026-03-30T07:00:00Z', runAt: '2026-04-06T07:00:00Z', period: '2026-W15' },
  ])('$case', ({ zone, weekday, time, after, runAt, period }) => {
    const run = nextDigestRun({ weekday, localTime: time, timeZone: zone }, at(after));
    expect(run.runAt).toBe(runAt);
    expect(run.period).toBe(period);
  });

  it('keeps the user’s zone when the user moves: the same Monday 09:00 is a different instant', () => {
    // Mon 7 Dec 2026 09:00 in Berlin (UTC+1) = 08:00Z; in New York (UTC−5) = 14:00Z. Both in period 2026-W50.
    const berlin = nextDigestRun({ weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' }, at('2026-12-01T20:00:00Z'));
    const newYork = nextDigestRun({ weekday: 1, localTime: '09:00', timeZone: 'America/New_York' }, at('2026-12-01T20:00:00Z'));
    expect([berlin.runAt, newYork.runAt]).toEqual(['2026-12-07T08:00:00Z', '2026-12-07T14:00:00Z']);
    expect(berlin.period).toBe(newYork.period);
  });

  it('names the period by the ISO week year at the turn of the year', () => {
    // Mon 29 Dec 2025 is in week 1 of 2026 (its Thursday is 1 Jan 2026); Sun 28 Dec 2025 is in 2025-W52.
    expect(nextDigestRun({ weekday: 1, localTime: '09:00', timeZone: 'UTC' }, at('2025-12-25T00:00:00Z')).period).toBe('2026-W01');
    expect(nextDigestRun({ weekday: 0, localTime: '09:00', timeZone: 'UTC' }, at('2025-12-25T00:00:00Z')).period).toBe('2025-W52');
  });

  it('rejects an unknown zone', () => {
    expect(() => nextDigestRun({ weekday: 1, localTime: '09:00', timeZone: 'Mars/Olympus' }, at('2026-12-01T20:00:00Z'))).toThrow(TimeParseError);
  });
});
