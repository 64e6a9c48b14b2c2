import type { DraftRequest, DraftResult, Problem, SuggestionList } from '@upfront/contracts';
import { useCallback, useEffect, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { UpdatesClient } from '../../api/updates-client.js';

export type SuggestionsState =
  | { phase: 'loading' }
  | { phase: 'loaded'; list: SuggestionList; refreshing: boolean }
  | { phase: 'failed'; problem: Problem; list?: SuggestionList };

export interface SuggestionActions {
  reload(): void;
  /** Saves a draft in Outlook; resolves with the result, or rejects with a `Problem`. */
  draft(id: string, edits: DraftRequest): Promise<DraftResult>;
  snooze(id: string, until: Date): Promise<void>;
  dismiss(id: string): Promise<void>;
}

/** The suggested updates of the signed-in person; snoozed and dismissed ones leave the list at once. */
export function useSuggestions(
  client: UpdatesClient,
  getToken: () => Promise<string>,
  horizonDays: number,
): { state: SuggestionsState; actions: SuggestionActions } {
  const [state, setState] = useState<SuggestionsState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState((previous) => {
      const list = previous.phase === 'loading' ? undefined : previous.list;
      return list === undefined ? { phase: 'loading' } : { phase: 'loaded', list, refreshing: true };
    });
    getToken()
      .then((token) => client.loadSuggestions(token, horizonDays))
      .then(
        (list) => {
          if (live) setState({ phase: 'loaded', list, refreshing: false });
        },
        (error: unknown) => {
          if (!live) return;
          const problem = toProblem(error, 'The suggested updates could not be loaded. Try again.');
          setState((previous) => ({ phase: 'failed', problem, list: previous.phase === 'loading' ? undefined : previous.list }));
        },
      );
    return () => {
      live = false;
    };
  }, [client, getToken, horizonDays, attempt]);

  const withoutSuggestion = useCallback((id: string) => {
    setState((previous) =>
      previous.phase === 'loaded' ? { ...previous, list: { ...previous.list, value: previous.list.value.filter((s) => s.id !== id) } } : previous,
    );
  }, []);

  const draft = useCallback(
    async (id: string, edits: DraftRequest) => {
      const token = await getToken();
      const result = await client.draftSuggestion(token, id, edits).catch((error: unknown) => {
        throw toProblem(error, 'The draft could not be saved in Outlook. Try again: it will not be saved twice.');
      });
      setState((previous) =>
        previous.phase === 'loaded'
          ? {
              ...previous,
              list: {
                ...previous.list,
                value: previous.list.value.map((s) =>
                  s.id === id ? { ...s, draft: { messageId: result.messageId, webLink: result.webLink, createdAt: new Date().toISOString() } } : s,
                ),
              },
            }
          : previous,
      );
      return result;
    },
    [client, getToken],
  );

  const snooze = useCallback(
    async (id: string, until: Date) => {
      const token = await getToken();
      await client.snoozeSuggestion(token, id, until.toISOString()).catch((error: unknown) => {
        throw toProblem(error, 'The suggestion could not be snoozed. Try again.');
      });
      withoutSuggestion(id);
    },
    [client, getToken, withoutSuggestion],
  );

  const dismiss = useCallback(
    async (id: string) => {
      const token = await getToken();
      await client.dismissSuggestion(token, id).catch((error: unknown) => {
        throw toProblem(error, 'The suggestion could not be dismissed. Try again.');
      });
      withoutSuggestion(id);
    },
    [client, getToken, withoutSuggestion],
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, actions: { reload, draft, snooze, dismiss } };
}
