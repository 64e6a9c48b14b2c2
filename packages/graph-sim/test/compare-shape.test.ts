import { describe, expect, it } from 'vitest';
import { compareShape } from './compare-shape.js';

describe('compareShape', () => {
  it('accepts a superset with the same types and rejects missing keys and wrong types', () => {
    expect(compareShape({ a: 1, b: { c: 'x' } }, { a: 2, b: { c: 'y', d: true }, e: [] })).toEqual([]);
    expect(compareShape({ a: 1, b: { c: 'x' } }, { a: '1', b: {} })).toEqual(['$.a: documented number, got string', '$.b.c: missing']);
  });

  it('matches each documented array element against some actual element', () => {
    expect(compareShape([{ a: 1 }, { b: 'x' }], [{ b: 'y' }, { a: 3 }])).toEqual([]);
    expect(compareShape([{ a: 1 }], [])).toHaveLength(1);
    expect(compareShape([{ a: 1 }], [{ b: 1 }])).toHaveLength(1);
  });

  it('treats documented null as nullable and compares id-keyed maps by value', () => {
    expect(compareShape({ a: null }, { a: 'x' })).toEqual([]);
    expect(compareShape({ a: null }, {})).toEqual(['$.a: missing']);
    expect(compareShape({ m: { k1: { t: 'x' } } }, { m: { other: { t: 'y' } } }, { mapKeys: ['m'] })).toEqual([]);
    expect(compareShape({ m: { k1: { t: 'x' } } }, { m: { other: { u: 'y' } } }, { mapKeys: ['m'] })).toHaveLength(1);
  });
});
