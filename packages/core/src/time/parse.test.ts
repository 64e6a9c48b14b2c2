import { describe, expect, it } from 'vitest';
import { parseInstant, TimeParseError } from './parse.js';

describe('parseInstant', () => {
  it.each([
    { value: '2026-12-08T23:00:00Z', want: '2026-12-08T23:00:00Z' },
    { value: '2026-12-08T23:00:00.120Z', want: '2026-12-08T23:00:00.120Z' },
    { value: '2026-12-08T23:00:00.000Z', want: '2026-12-08T23:00:00Z' }, // whole seconds lose their zeros
    { value: '2026-12-08T23:00:00.1Z', want: '2026-12-08T23:00:00.100Z' },
    { value: '2026-12-09T00:00:00+01:00', want: '2026-12-08T23:00:00Z' }, // Berlin midnight, CET
    { value: '2025-03-30T03:00:00+02:00', want: '2025-03-30T01:00:00Z' }, // just after Berlin's DST switch
  ])('reads $value as $want', ({ value, want }) => {
    expect(parseInstant(value)).toBe(want);
  });

  it.each(['2026-02-30T00:00:00Z', '2026-12-08T23:00:00', '2026-13-01T00:00:00Z', 'yesterday'])('refuses %s, naming the field', (value) => {
    expect(() => parseInstant(value, 'event.start')).toThrow(TimeParseError);
    expect(() => parseInstant(value, 'event.start')).toThrow(/event\.start/);
  });
});
