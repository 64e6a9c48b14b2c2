import type { Problem, Suggestion } from '@upfront/contracts';
import type { Messages, UpdatesTextId } from '@upfront/core';
import { useEffect, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { UpdatesClient } from '../../api/updates-client.js';

export type ItemUpdateState =
  | { phase: 'none' }
  | { phase: 'loading'; itemId: string }
  | { phase: 'ready'; itemId: string; suggestion: Suggestion }
  | { phase: 'failed'; itemId: string; problem: Problem };

/**
 * The update for one item when the user came from Risks (`#updates/item/<id>`): the list's suggestion about that
 * item when it has one, else one the server writes on request. Nothing is asked before the list has loaded.
 */
export function useItemUpdate(
  client: UpdatesClient,
  getToken: () => Promise<string>,
  itemId: string | undefined,
  listed: readonly Suggestion[] | undefined,
  text: Messages<UpdatesTextId>,
  attempt: number,
): ItemUpdateState {
  const [state, setState] = useState<ItemUpdateState>({ phase: 'none' });
  const inList = itemId === undefined || listed === undefined ? false : listed.some((s) => s.itemIds.includes(itemId));
  const ready = listed !== undefined;

  useEffect(() => {
    if (itemId === undefined || !ready || inList) {
      setState({ phase: 'none' });
      return;
    }
    let live = true;
    setState({ phase: 'loading', itemId });
    getToken()
      .then((token) => client.updateForItem(token, itemId))
      .then(
        (suggestion) => {
          if (live) setState({ phase: 'ready', itemId, suggestion });
        },
        (error: unknown) => {
          if (live) setState({ phase: 'failed', itemId, problem: toProblem(error, text.say('itemFailed')) });
        },
      );
    return () => {
      live = false;
    };
  }, [client, getToken, itemId, ready, inList, text, attempt]);

  return state;
}
