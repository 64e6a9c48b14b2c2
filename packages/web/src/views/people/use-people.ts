import type { PeopleList, Problem } from '@upfront/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { PeopleClient } from '../../api/people-client.js';

export type PeopleState =
  | { phase: 'loading' }
  | { phase: 'ready'; list: PeopleList }
  | { phase: 'failed'; problem: Problem };

/** Loads the People view; `reload({ quiet: true })` keeps the list on screen while it reads again (after a save). */
export function usePeople(
  client: PeopleClient,
  getToken: () => Promise<string>,
  horizonDays: number,
  locale: string,
  unexpected: string,
): { state: PeopleState; reload(options?: { quiet?: boolean }): Promise<void> } {
  const [state, setState] = useState<PeopleState>({ phase: 'loading' });
  const latest = useRef(0);
  const reload = useCallback(
    async (options: { quiet?: boolean } = {}) => {
      const seq = (latest.current += 1);
      if (!options.quiet) setState({ phase: 'loading' });
      try {
        const list = await client.loadPeople(await getToken(), horizonDays, locale);
        if (seq === latest.current) setState({ phase: 'ready', list });
      } catch (error) {
        if (seq === latest.current) setState({ phase: 'failed', problem: toProblem(error, unexpected) });
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
