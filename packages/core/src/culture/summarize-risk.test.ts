import { describe, expect, it } from 'vitest';
import { assessRisks } from '../risk/assess-risks.js';
import { aTask, aUser, aWorld, anEvent, at } from '../testing/builders.js';
import { parseTimeZoneId } from '../time/parse.js';
import { cityOf } from './city-of.js';
import { createFormatter } from './create-formatter.js';
import { summarizeRisk, type SummaryContext } from './summarize-risk.js';

const NOW = at('2025-10-06T07:00:00Z');
const context = (locale: string, userZone: string): SummaryContext => ({
  format: createFormatter(locale, NOW),
  userZone: parseTimeZoneId(userZone),
  cityOf: (_id, zone) => cityOf(zone),
  horizonDays: 14,
});

describe('summarizeRisk', () => {
  it('writes the off-track item with the same figures the badge is decided on', () => {
    // Berlin 09–17; A (8 h) due Tue 7 Oct, B (5 h) due Wed 8 Oct, Wednesday fully booked.
    // B: own 300 min = 5 h; A's 480 = 8 h compete; 672 free = 11.2 h; short by 780 − 672 = 108 min = 1.8 h.
    const world = aWorld({
      user: aUser({ zone: 'Europe/Berlin' }),
      items: [aTask({ id: 'a', dueOn: '2025-10-07' }), aTask({ id: 'b', dueOn: '2025-10-08' })],
      calendar: [anEvent({ start: '2025-10-08T07:00:00Z', end: '2025-10-08T15:00:00Z' })],
    });
    const b = assessRisks(world, NOW, { effortOverrides: { a: 8, b: 5 } }).items.find((r) => r.itemId === 'b')!;
    expect(summarizeRisk(b, context('en-GB', 'Europe/Berlin'))).toBe(
      'Needs 5 hrs, plus 8 hrs for other items due by then; 11.2 hrs free before Wed 8 Oct, 17:00 Berlin: short by 1.8 hrs.' // 13 h − 11.2 h as shown,
    );
  });

});
