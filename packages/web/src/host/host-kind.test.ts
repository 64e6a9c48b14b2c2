import { describe, expect, it } from 'vitest';
import { toFrameKind, toHostKind, toThemeName } from './host-kind.js';

describe('toHostKind', () => {
  it.each([
    { name: 'Teams', want: 'teams' },
    { name: 'TeamsModern', want: 'teams' },
    { name: 'Office', want: 'teams' },
    { name: 'Outlook', want: 'outlook' },
    { name: 'OutlookWin32', want: 'outlook' },
  ])('reads host name $name as $want', ({ name, want }) => {
    expect(toHostKind(name)).toBe(want);
  });
});

describe('toThemeName', () => {
  it.each([
    { theme: 'default', want: 'light' },
    { theme: 'dark', want: 'dark' },
    { theme: 'contrast', want: 'contrast' },
    { theme: 'glass', want: 'light' },
    { theme: undefined, want: 'light' },
  ])('reads Teams theme $theme as $want', ({ theme, want }) => {
    expect(toThemeName(theme)).toBe(want);
  });
});

describe('toFrameKind', () => {
  it.each([
    { frame: 'content', want: 'content' },
    { frame: 'sidePanel', want: 'side-panel' },
    { frame: 'meetingStage', want: 'content' },
    { frame: undefined, want: 'content' },
  ])('reads frame context $frame as $want', ({ frame, want }) => {
    expect(toFrameKind(frame)).toBe(want);
  });
});
