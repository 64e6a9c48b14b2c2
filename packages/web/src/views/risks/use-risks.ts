import type { Problem, RiskReport } from '@upfront/contracts';
import { useCallback, useEffect, useState } from 'react';
import { ApiError, toProblem, type ApiClient } from '../../api/client.js';

/** The risks view's data: loading, loaded (maybe refreshing), or failed (keeping the last report, if any). */
export type RisksState =
  | { phase: 'loading' }
  | { phase: 'loaded'; report: RiskReport; refreshing: boolean }
  | { phase: 'failed'; problem: Problem; report?: RiskReport };

/** Loads the signed-in person's risk report in `locale`; `reload` fetches it again (after consent, or on request). */
export function useRisks(
  api: ApiClient,
  getToken: () => Promise<string>,
  horizonDays: number,
  locale: string,
): { state: RisksState; reload(): void } {
  const [state, setState] = useState<RisksState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState((previous) => {
      const report = previous.phase === 'loading' ? undefined : previous.report;
      return report === undefined ? { phase: 'loading' } : { phase: 'loaded', report, refreshing: true };
    });
    (async () => {
      const token = await getToken().catch((cause: unknown) => {
        throw new ApiError(hostTokenProblem(cause));
      });
      return api.loadRisks(token, horizonDays, locale);
    })().then(
      (report) => {
        if (live) setState({ phase: 'loaded', report, refreshing: false });
      },
      (error: unknown) => {
        if (!live) return;
        const problem = toProblem(error, 'The tab hit an unexpected error. Reload to try again.');
        setState((previous) => ({ phase: 'failed', problem, report: previous.phase === 'loading' ? undefined : previous.report }));
      },
    );
    return () => {
      live = false;
    };
  }, [api, getToken, horizonDays, locale, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}

function hostTokenProblem(cause: unknown): Problem {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return {
    type: 'about:blank',
    title: 'Sign-in failed',
    status: 0,
    detail: `Teams could not sign you in to Upfront (${reason}). Try again; if it persists, ask your administrator.`,
    code: 'AUTH_HOST_TOKEN_FAILED',
  };
}

