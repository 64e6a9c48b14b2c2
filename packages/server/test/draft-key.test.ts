import { describe, expect, it } from 'vitest';
import { toDraftKey } from '../src/services/to-draft-key.js';

const user = { tenantId: 'T1', userId: 'U1' };
const subject = { kind: 'heads-up', itemIds: ['b', 'a'], recipientIds: ['Jonas@Example.com'], period: '2026-12-01' };

describe('the draft key', () => {
  it('is SHA-256 in lower-case hex over the canonical JSON of the suggestion', () => {
    // printf '%s' '["upfront-draft","t1","u1","heads-up",["a","b"],["jonas@example.com"],"2026-12-01","3"]' | sha256sum
    // (tenant, user and recipients lower-cased, items and recipients sorted)
    expect(toDraftKey(user, subject, '3')).toBe('5920ac72c5a341816ef73979450fc4cc119f452e87af99e47c3b1c1d4cefe611');
  });

  it('does not depend on the order of items or recipients', () => {
    const reordered = { ...subject, itemIds: ['a', 'b'], recipientIds: ['jonas@example.com'] };
    expect(toDraftKey(user, reordered, '3')).toBe(toDraftKey(user, subject, '3'));
  });

  it.each([
    { what: 'the next day', change: { period: '2026-12-02' }, version: '3' },
    { what: 'another reader', change: { recipientIds: ['priya@example.com'] }, version: '3' },
    { what: 'another kind', change: { kind: 'on-track' }, version: '3' },
    { what: 'a new template version', change: {}, version: '4' },
  ])('changes for $what', ({ change, version }) => {
    expect(toDraftKey(user, { ...subject, ...change }, version)).not.toBe(toDraftKey(user, subject, '3'));
  });

  it('keeps users apart: the same suggestion of another user is another draft', () => {
    expect(toDraftKey({ tenantId: 'T1', userId: 'U2' }, subject, '3')).not.toBe(toDraftKey(user, subject, '3'));
  });
});
