import { createContext, useContext } from 'react';

/** The personal tab's views. */
export type ViewName = 'risks' | 'updates' | 'people' | 'settings';

/**
 * Where to go, and what to open there: `{ view: 'updates', itemId }` opens the update for one item,
 * `{ view: 'people', stakeholderId }` one person. The address keeps it (`#updates/item/<id>`), so a reload stays.
 */
export interface ViewTarget {
  readonly view: ViewName;
  readonly itemId?: string;
  readonly stakeholderId?: string;
  readonly suggestionId?: string;
}

export interface Navigation {
  readonly target: ViewTarget;
  go(target: ViewTarget): void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

/** The tab's navigation; outside the personal tab (a side panel) there is none, so callers must check. */
export function useNavigation(): Navigation | undefined {
  return useContext(NavigationContext);
}
