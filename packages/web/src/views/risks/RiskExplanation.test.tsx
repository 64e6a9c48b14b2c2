import type { DayCapacity } from '@upfront/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { FormatterContext } from '../../format/use-formatter.js';
import { SessionContext, type TabSession } from '../../session/tab-session.js';
import { anItem } from '../../testing/an-item.js';
import { CapacityChart } from './CapacityChart.js';
import { RiskExplanation } from './RiskExplanation.js';

const format = createTabFormatter('en-GB', '2026-12-01T17:00:00Z');
/** The markup as text a person reads (tags dropped, entities of the few characters React escapes decoded). */
const textOf = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
/** The session a view reads its words from: en-GB, as the formatter. */
const session: TabSession = { locale: 'en-GB', host: 'browser', frame: 'content', getToken: () => Promise.resolve('t'), onUnauthorized: () => undefined };
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <SessionContext.Provider value={session}>
      <FormatterContext.Provider value={format}>{node}</FormatterContext.Provider>
    </SessionContext.Provider>,
  );

describe('RiskExplanation', () => {
  it('shows an off-track item short, from the same figures as its badge: needed = own + competing', () => {
    // 720 own + 135 competing = 855 needed; 563 free; 563 − 855 = −292 → "Short by" 292 min = 48.7 tenths → 4.9 hrs.
    const item = anItem({
      state: 'off-track',
      dueAt: '2026-12-03T01:30:00Z',
      figures: { ownMinutes: 720, competingMinutes: 135, neededMinutes: 855, marginMinutes: 214, freeMinutes: 563, spareMinutes: -292 },
    });
    const text = textOf(render(<RiskExplanation item={item} />));
    expect(text).toContain('Work needed by the deadline 14.3 hrs'); // 855 / 6 = 142.5 tenths → 143 → 14.3
    expect(text).toContain('12 hrs this item + 2.3 hrs other work due by then'); // 135 / 6 = 22.5 → 23 → 2.3
    expect(text).toContain('Free before the deadline 9.4 hrs'); // 563 / 6 = 93.8 → 94 → 9.4
    expect(text).toContain('Short by 4.9 hrs');
    expect(text).not.toContain('To spare');
  });

  it('says "To spare", and that it is less than the margin, for an at-risk item', () => {
    // 180 own + 1215 competing = 1395 needed; 1623 free; spare 228 < margin 349 → at risk. 228 / 6 = 38 → 3.8 hrs.
    const item = anItem({
      state: 'at-risk',
      dueAt: '2026-12-10T22:00:00Z',
      figures: { ownMinutes: 180, competingMinutes: 1215, neededMinutes: 1395, marginMinutes: 349, freeMinutes: 1623, spareMinutes: 228 },
    });
    const text = textOf(render(<RiskExplanation item={item} />));
    expect(text).toContain('To spare 3.8 hrs');
    expect(text).toContain('less than the 5.8 hrs margin kept for surprises'); // 349 / 6 = 58.2 → 58 → 5.8
  });
});

function days(count: number): DayCapacity[] {
  // Each day: 60 busy + 60 reserve + 120 claimed + 240 free = 480 working minutes; the last is the deadline day.
  return Array.from({ length: count }, (_, n) => ({
    on: new Date(Date.UTC(2026, 11, 2 + n)).toISOString().slice(0, 10),
    workMinutes: 480,
    busyMinutes: 60,
    reserveMinutes: 60,
    claimedMinutes: 120,
    freeMinutes: 240,
    isDeadlineDay: n === count - 1,
  }));
}

describe('CapacityChart', () => {
  it('keeps a 90-day series readable: it scrolls, marks the deadline day once, and has every day in the table', () => {
    const markup = render(<CapacityChart days={days(90)} />);
    const text = textOf(markup);
    expect(markup.match(/data-testid="deadline-bar"/g)).toHaveLength(1);
    expect(text).toContain('90 days: scroll the chart sideways');
    // 90 day rows + the header row + the total row.
    expect(markup.match(/<tr/g)).toHaveLength(92);
    // Totals: 90 × 240 = 21600 min = 360 hrs free; 90 × 120 = 10800 min = 180 hrs claimed.
    expect(text).toContain('Total 90 hrs 90 hrs 180 hrs 360 hrs');
    // The deadline day is 2 Dec + 89 days = Mon 1 Mar 2027, written with its year (CLDR's en-GB adds a comma then).
    expect(text).toContain('Monday, 1 March 2027 (deadline)');
  });

  it('fits up to three weeks without scrolling, with a legend that names each part', () => {
    const text = textOf(render(<CapacityChart days={days(10)} />));
    expect(text).not.toContain('scroll the chart sideways');
    for (const part of ['Meetings and away', 'Kept in reserve (focus factor)', 'Claimed by earlier deadlines', 'Left for this item']) {
      expect(text).toContain(part);
    }
  });
});
