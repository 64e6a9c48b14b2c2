import type { ViewName, ViewTarget } from './navigation.js';

const VIEWS: readonly ViewName[] = ['risks', 'updates', 'people', 'settings'];

function decoded(part: string | undefined): string | undefined {
  if (part === undefined || part === '') return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    // A malformed escape (`%E0%A4%A`): not an id we made; read the view alone.
    return undefined;
  }
}

/**
 * Reads the personal tab's address: `#risks`, `#updates`, `#updates/item/<id>`, `#updates/suggestion/<id>`,
 * `#people`, `#people/<stakeholderId>`, `#settings`. Anything else (no hash, an unknown view) is the home view, Risks.
 */
export function parseViewRoute(hash: string): ViewTarget {
  const [view, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const name = VIEWS.find((v) => v === view);
  if (name === undefined) return { view: 'risks' };
  if (name === 'updates' && rest.length === 2) {
    const id = decoded(rest[1]);
    if (id !== undefined && rest[0] === 'item') return { view: 'updates', itemId: id };
    if (id !== undefined && rest[0] === 'suggestion') return { view: 'updates', suggestionId: id };
    return { view: 'updates' };
  }
  if (name === 'people' && rest.length === 1) {
    const id = decoded(rest[0]);
    return id === undefined ? { view: 'people' } : { view: 'people', stakeholderId: id };
  }
  return { view: name };
}

/** The address of a target, for `parseViewRoute` to read back. */
export function toViewHash(target: ViewTarget): string {
  if (target.view === 'updates' && target.itemId !== undefined) return `#updates/item/${encodeURIComponent(target.itemId)}`;
  if (target.view === 'updates' && target.suggestionId !== undefined) return `#updates/suggestion/${encodeURIComponent(target.suggestionId)}`;
  if (target.view === 'people' && target.stakeholderId !== undefined) return `#people/${encodeURIComponent(target.stakeholderId)}`;
  return `#${target.view}`;
}
