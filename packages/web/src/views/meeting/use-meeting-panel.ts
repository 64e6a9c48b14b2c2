import type { MeetingPanel, Problem } from '@upfront/contracts';
import { useCallback, useEffect, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { MeetingsClient } from '../../api/meetings-client.js';

export type MeetingPanelState =
  | { phase: 'loading'; panel?: MeetingPanel }
  | { phase: 'ready'; panel: MeetingPanel }
  | { phase: 'failed'; problem: Problem };

/**
 * The panel of the meeting behind `chatId`, loaded again by `reload()` (which resolves with the new state). A 401
 * goes to `onUnauthorized` (a host gives a fresh token) as well as becoming the failure shown.
 */
export function useMeetingPanel(
  client: MeetingsClient,
  getToken: () => Promise<string>,
  onUnauthorized: () => void,
  chatId: string,
  locale: string,
  fallbackDetail: string,
): { state: MeetingPanelState; reload(): Promise<MeetingPanelState>; patch(change: (panel: MeetingPanel) => MeetingPanel): void } {
  const [state, setState] = useState<MeetingPanelState>({ phase: 'loading' });

  const load = useCallback(async (): Promise<MeetingPanelState> => {
    try {
      const panel = await client.loadPanel(await getToken(), chatId, locale);
      return { phase: 'ready', panel };
    } catch (error) {
      const problem = toProblem(error, fallbackDetail);
      if (problem.status === 401) onUnauthorized();
      return { phase: 'failed', problem };
    }
  }, [client, getToken, onUnauthorized, chatId, locale, fallbackDetail]);

  useEffect(() => {
    let live = true;
    setState({ phase: 'loading' });
    void load().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [load]);

  const reload = useCallback(async () => {
    setState((previous) => (previous.phase === 'ready' ? { phase: 'loading', panel: previous.panel } : { phase: 'loading' }));
    const next = await load();
    setState(next);
    return next;
  }, [load]);

  const patch = useCallback((change: (panel: MeetingPanel) => MeetingPanel) => {
    setState((previous) => (previous.phase === 'ready' ? { phase: 'ready', panel: change(previous.panel) } : previous));
  }, []);

  return { state, reload, patch };
}
