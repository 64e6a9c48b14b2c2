import type { Problem } from '@upfront/contracts';
import { useCallback, useState } from 'react';
import { toProblem } from '../api/client.js';
import { UNEXPECTED_DETAIL } from './use-preferences.js';

/** A control's save in flight: `saving` for the spinner, `problem` for the MessageBar, `run` to start one. */
export function useSaving(): {
  saving: boolean;
  problem: Problem | undefined;
  run(action: () => Promise<void>): Promise<boolean>;
  dismiss(): void;
} {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const run = useCallback(async (action: () => Promise<void>) => {
    setSaving(true);
    setProblem(undefined);
    try {
      await action();
      return true;
    } catch (error) {
      setProblem(toProblem(error, UNEXPECTED_DETAIL));
      return false;
    } finally {
      setSaving(false);
    }
  }, []);
  const dismiss = useCallback(() => setProblem(undefined), []);
  return { saving, problem, run, dismiss };
}
