import type { ComposedText, ComposeRequest, DraftRequest, DraftResult, Problem, Suggestion, SuggestionList } from '@upfront/contracts';
import type { Messages, UpdatesTextId } from '@upfront/core';
import { useCallback, useEffect, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { UpdatesClient } from '../../api/updates-client.js';

export type SuggestionsState =
  | { phase: 'loading' }
  | { phase: 'loaded'; list: SuggestionList; refreshing: boolean }
  | { phase: 'failed'; problem: Problem; list?: SuggestionList };

/** A suggestion the user just snoozed or dismissed, kept so that Undo can bring it back where it was. */
export interface Removed {
  readonly suggestion: Suggestion;
  readonly how: 'snoozed' | 'dismissed';
  readonly until?: string;
}

export interface SuggestionActions {
  reload(): void;
  /** Saves a draft in Outlook; resolves with the result, or rejects with a `Problem`. */
  draft(suggestion: Suggestion, edits: DraftRequest): Promise<DraftResult>;
  snooze(suggestion: Suggestion, until: Date): Promise<void>;
  dismiss(suggestion: Suggestion): Promise<void>;
  /** Takes back the last snooze or dismissal. */
  undo(): Promise<Suggestion | undefined>;
  compose(id: string, choice: ComposeRequest): Promise<ComposedText>;
}

const withDraft = (s: Suggestion, result: DraftResult): Suggestion => ({
  ...s,
  draft: { messageId: result.messageId, webLink: result.webLink, createdAt: new Date().toISOString() },
});

/**
 * The suggested updates of the signed-in person; snoozed and dismissed ones leave the list at once (Undo brings
 * the last one back). `extra` holds an update the user asked for about one item, outside the list.
 */
export function useSuggestions(
  client: UpdatesClient,
  getToken: () => Promise<string>,
  horizonDays: number,
  text: Messages<UpdatesTextId>,
): { state: SuggestionsState; removed?: Removed; actions: SuggestionActions; patch(id: string, change: (s: Suggestion) => Suggestion): void } {
  const [state, setState] = useState<SuggestionsState>({ phase: 'loading' });
  const [removed, setRemoved] = useState<Removed | undefined>(undefined);
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
          const problem = toProblem(error, text.say('loadFailed'));
          setState((previous) => ({ phase: 'failed', problem, list: previous.phase === 'loading' ? undefined : previous.list }));
        },
      );
    return () => {
      live = false;
    };
  }, [client, getToken, horizonDays, attempt, text]);

  const patch = useCallback((id: string, change: (s: Suggestion) => Suggestion) => {
    setState((previous) =>
      previous.phase === 'loaded' ? { ...previous, list: { ...previous.list, value: previous.list.value.map((s) => (s.id === id ? change(s) : s)) } } : previous,
    );
  }, []);

  const without = useCallback((id: string) => {
    setState((previous) =>
      previous.phase === 'loaded' ? { ...previous, list: { ...previous.list, value: previous.list.value.filter((s) => s.id !== id) } } : previous,
    );
  }, []);

  const draft = useCallback(
    async (suggestion: Suggestion, edits: DraftRequest) => {
      const token = await getToken();
      const result = await client.draftSuggestion(token, suggestion.id, edits).catch((error: unknown) => {
        throw toProblem(error, text.say('draftFailed'));
      });
      patch(suggestion.id, (s) => withDraft(s, result));
      return result;
    },
    [client, getToken, patch, text],
  );

  const snooze = useCallback(
    async (suggestion: Suggestion, until: Date) => {
      const token = await getToken();
      await client.snoozeSuggestion(token, suggestion.id, until.toISOString()).catch((error: unknown) => {
        throw toProblem(error, text.say('snoozeFailed'));
      });
      setRemoved({ suggestion, how: 'snoozed', until: until.toISOString() });
      without(suggestion.id);
    },
    [client, getToken, without, text],
  );

  const dismiss = useCallback(
    async (suggestion: Suggestion) => {
      const token = await getToken();
      await client.dismissSuggestion(token, suggestion.id).catch((error: unknown) => {
        throw toProblem(error, text.say('dismissFailed'));
      });
      setRemoved({ suggestion, how: 'dismissed' });
      without(suggestion.id);
    },
    [client, getToken, without, text],
  );

  const undo = useCallback(async () => {
    if (removed === undefined) return undefined;
    const token = await getToken();
    await client.restoreSuggestion(token, removed.suggestion.id).catch((error: unknown) => {
      throw toProblem(error, text.say('undoFailed'));
    });
    setRemoved(undefined);
    setState((previous) =>
      previous.phase === 'loaded' && !previous.list.value.some((s) => s.id === removed.suggestion.id)
        ? { ...previous, list: { ...previous.list, value: [...previous.list.value, removed.suggestion] } }
        : previous,
    );
    return removed.suggestion;
  }, [client, getToken, removed, text]);

  const compose = useCallback(
    async (id: string, choice: ComposeRequest) => {
      const token = await getToken();
      return client.composeSuggestion(token, id, choice).catch((error: unknown) => {
        throw toProblem(error, text.say('composeFailed'));
      });
    },
    [client, getToken, text],
  );

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, ...(removed === undefined ? {} : { removed }), actions: { reload, draft, snooze, dismiss, undo, compose }, patch };
}
