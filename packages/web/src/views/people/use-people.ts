import type { PeopleList, Problem } from '@upfront/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { PeopleClient } from '../../api/people-client.js';

export type PeopleState =
  | { phase: 'loading' }
  | { phase: 'ready'; list: PeopleList }
  | { phase: 'failed'; problem: Problem };

/**
 * Loads the People view; `reload({ quiet: true })` keeps the list on screen while it reads again (after a save),
 * `fresh` reads Microsoft 365 again (Refresh). It resolves `true` when the new list is shown.
 */
export function usePeople(
  client: PeopleClient,
  getToken: () => Promise<string>,
  horizonDays: number,
  locale: string,
  unexpected: string,
): { state: PeopleState; reload(options?: { quiet?: boolean; fresh?: boolean }): Promise<boolean> } {
  const [state, setState] = useState<PeopleState>({ phase: 'loading' });
  const latest = useRef(0);
  const reload = useCallback(
    async (options: { quiet?: boolean; fresh?: boolean } = {}) => {
      const seq = (latest.current += 1);
      if (!options.quiet) setState({ phase: 'loading' });
      try {
        const list = await client.loadPeople(await getToken(), horizonDays, locale, { fresh: options.fresh === true });
        if (seq !== latest.current) return false;
        setState({ phase: 'ready', list });
        return true;
      } catch (error) {
        if (seq === latest.current) setState({ phase: 'failed', problem: toProblem(error, unexpected) });
        return false;
      }
    },
    [client, getToken, horizonDays, locale, unexpected],
  );
  useEffect(() => {
    void reload();
    return () => {
      latest.current += 1; // a load that finishes after the view left is not shown
    };
  }, [reload]);
  return { state, reload };
}
