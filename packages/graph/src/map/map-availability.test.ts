import type { Instant } from '@upfront/core';
import { describe, expect, it } from 'vitest';
import { contractBody } from '../testing/contract.js';
import type { GraphMailTips } from '../wire-types.js';
import { toAwayWindow, toBusyTimes } from './map-availability.js';

const at = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });

describe('toAwayWindow', () => {
  it('reads scheduled automatic replies as a window in UTC', () => {
    const tip: GraphMailTips = { automaticReplies: { message: 'Away', scheduledStartTime: at('2025-03-26T04:00:00.0000000'), scheduledEndTime: at('2025-03-28T04:00:00.0000000') } };
    expect(toAwayWindow(tip, '2025-03-24T08:00:00Z')).toEqual({ start: '2025-03-26T04:00:00Z', end: '2025-03-28T04:00:00Z' });
    // Over before now: no window.
    expect(toAwayWindow(tip, '2025-03-28T04:00:00Z')).toBeUndefined();
  });

  it('reads the documented tips: a scheduled window for one, none for replies that are off (getMailTips.post.10)', () => {
    const [dana, fanny] = contractBody<{ value: GraphMailTips[] }>('getMailTips.post.10').value;
    expect(toAwayWindow(dana, '2018-08-06T00:00:00Z')).toEqual({ start: '2018-08-07T02:00:00Z', end: '2018-08-09T02:00:00Z' });
    expect(toAwayWindow(fanny, '2018-08-06T00:00:00Z')).toBeUndefined();
  });
});

describe('toBusyTimes', () => {
  const within = { start: '2025-03-24T08:00:00Z' as Instant, end: '2025-03-25T00:00:00Z' as Instant };
  it('keeps busy, tentative, away and working elsewhere, clipped to the window, earliest first', () => {
    const items = [
      { status: 'tentative', start: at('2025-03-24T15:00:00'), end: at('2025-03-24T16:00:00') },
      { status: 'free', start: at('2025-03-24T10:00:00'), end: at('2025-03-24T11:00:00') },
      // 07:00–09:00 starts before the window: only 08:00–09:00 is inside it.
      { status: 'busy', start: at('2025-03-24T07:00:00'), end: at('2025-03-24T09:00:00') },
      { status: 'oof', start: at('2025-03-24T23:00:00'), end: at('2025-03-25T02:00:00') },
      { status: 'busy', start: at('2025-03-23T07:00:00'), end: at('2025-03-23T09:00:00') },
    ];
    expect(toBusyTimes(items, within, 'scheduleItems')).toEqual([
      { start: '2025-03-24T08:00:00Z', end: '2025-03-24T09:00:00Z' },
      { start: '2025-03-24T15:00:00Z', end: '2025-03-24T16:00:00Z' },
      { start: '2025-03-24T23:00:00Z', end: '2025-03-25T00:00:00Z' },
    ]);
  });
});
