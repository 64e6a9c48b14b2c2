import { describe, expect, it } from 'vitest';
import { parseViewRoute, toViewHash } from './view-route.js';

describe('parseViewRoute', () => {
  it.each([
    { hash: '', want: { view: 'risks' } },
    { hash: '#', want: { view: 'risks' } },
    { hash: '#risks', want: { view: 'risks' } },
    { hash: '#updates', want: { view: 'updates' } },
    { hash: '#updates/item/AAMk%2Bx%3D', want: { view: 'updates', itemId: 'AAMk+x=' } },
    { hash: '#updates/suggestion/heads-up%3Aa%3Ab', want: { view: 'updates', suggestionId: 'heads-up:a:b' } },
    { hash: '#updates/elsewhere/1', want: { view: 'updates' } },
    { hash: '#people', want: { view: 'people' } },
    { hash: '#people/priya%40contoso.com', want: { view: 'people', stakeholderId: 'priya@contoso.com' } },
    { hash: '#people/%E0%A4%A', want: { view: 'people' } },
    { hash: '#settings', want: { view: 'settings' } },
    { hash: '#/settings', want: { view: 'settings' } },
    { hash: '#nowhere', want: { view: 'risks' } },
  ])('reads "$hash"', ({ hash, want }) => {
    expect(parseViewRoute(hash)).toEqual(want);
  });
});

describe('toViewHash', () => {
  it.each([
    { view: 'risks' as const },
    { view: 'updates' as const, itemId: 'a/b c' },
    { view: 'updates' as const, suggestionId: 'heads-up:1:x@y.z:2025-03-24' },
    { view: 'people' as const, stakeholderId: 'jonas.weber@northwind.example' },
    { view: 'settings' as const },
  ])('writes an address that reads back as $view', (target) => {
    expect(parseViewRoute(toViewHash(target))).toEqual(target);
  });

  it('keeps ids out of the path structure', () => {
    expect(toViewHash({ view: 'updates', itemId: 'a/b' })).toBe('#updates/item/a%2Fb');
  });
});
