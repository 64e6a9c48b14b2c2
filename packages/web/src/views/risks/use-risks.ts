import type { ItemRisk, Problem, RiskReport } from '@upfront/contracts';
import type { Messages, RisksTextId } from '@upfront/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, toProblem, type ApiClient } from '../../api/client.js';

/** The risks view's data: loading, loaded (maybe refreshing), or failed (keeping the last report, if any). */
export type RisksState =
  | { phase: 'loading' }
  | { phase: 'loaded'; report: RiskReport; refreshing: boolean }
  | { phase: 'failed'; problem: Problem; report?: RiskReport };

export interface Risks {
  state: RisksState;
  /** Reads the report again; `fresh` asks the server to read Graph afresh (a Refresh). */
  reload(fresh?: boolean): void;
  /** Changes one item of the report in place (its mark, after a PUT or DELETE), without reading it again. */
  patchItem(itemId: string, change: (item: ItemRisk) => ItemRisk): void;
  /** How many loads have finished (the view announces each one it asked for). */
  loads: number;
}

/** Loads the signed-in person's risk report in `locale`; `reload` fetches it again (after consent, or on request). */
export function useRisks(api: ApiClient, getToken: () => Promise<string>, horizonDays: number | undefined, locale: string, text: Messages<RisksTextId>): Risks {
  const [state, setState] = useState<RisksState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState({ n: 0, fresh: false });
  const [loads, setLoads] = useState(0);
  const textRef = useRef(text);
  textRef.current = text;

  useEffect(() => {
    let live = true;
    setState((previous) => {
      const report = previous.phase === 'loading' ? undefined : previous.report;
      return report === undefined ? { phase: 'loading' } : { phase: 'loaded', report, refreshing: true };
    });
    (async () => {
      const token = await getToken().catch((cause: unknown) => {
        throw new ApiError(hostTokenProblem(cause, textRef.current));
      });
      return api.loadRisks(token, horizonDays, locale, { fresh: attempt.fresh });
    })().then(
      (report) => {
        if (!live) return;
        setState({ phase: 'loaded', report, refreshing: false });
        setLoads((n) => n + 1);
      },
      (error: unknown) => {
        if (!live) return;
        const problem = toProblem(error, textRef.current.say('unexpected'));
        setState((previous) => ({ phase: 'failed', problem, report: previous.phase === 'loading' ? undefined : previous.report }));
        setLoads((n) => n + 1);
      },
    );
    return () => {
      live = false;
    };
  }, [api, getToken, horizonDays, locale, attempt]);

  const reload = useCallback((fresh?: boolean) => setAttempt((a) => ({ n: a.n + 1, fresh: fresh === true })), []);
  const patchItem = useCallback((itemId: string, change: (item: ItemRisk) => ItemRisk) => {
    setState((previous) => {
      if (previous.phase === 'loading' || previous.report === undefined) return previous;
      const report = { ...previous.report, items: previous.report.items.map((i) => (i.id === itemId ? change(i) : i)) };
      return { ...previous, report };
    });
  }, []);
  return { state, reload, patchItem, loads };
}

function hostTokenProblem(cause: unknown, text: Messages<RisksTextId>): Problem {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return {
    type: 'about:blank',
    title: text.say('signInFailedTitle'),
    status: 0,
    detail: text.say('signInFailedDetail', { reason }),
    code: 'AUTH_HOST_TOKEN_FAILED',
  };
}
