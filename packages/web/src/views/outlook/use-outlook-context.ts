import type { OutlookContext, Problem } from '@upfront/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, toProblem } from '../../api/client.js';
import { createOutlookClient } from '../../api/outlook-client.js';
import { config } from '../../config.js';
import type { OfficeMail } from '../../office/office-adapter.js';
import { useSession } from '../../session/tab-session.js';

/** The pane's data: reading Office and the server, the context for the message's people, or why there is none. */
export type OutlookContextState =
  | { phase: 'loading' }
  | { phase: 'no-recipients' }
  | { phase: 'ready'; context: OutlookContext }
  | { phase: 'failed'; problem: Problem };

/**
 * Reads the open message's addresses from Office (the sender, or To and Cc) and asks the server what the user
 * owes those people. Loads again when the recipients change (compose) and on `reload()`; a load that an
 * earlier one overtakes is dropped.
 */
export function useOutlookContext(mail: OfficeMail): { state: OutlookContextState; reload(): Promise<OutlookContextState> } {
  const session = useSession();
  const client = useMemo(() => createOutlookClient({ baseUrl: config.apiBaseUrl }), []);
  const [state, setState] = useState<OutlookContextState>({ phase: 'loading' });
  const latest = useRef(0);
  const { getToken, locale, onUnauthorized } = session;

  const reload = useCallback(async (): Promise<OutlookContextState> => {
    const run = (latest.current += 1);
    const settle = (next: OutlookContextState) => {
      if (latest.current === run) setState(next);
      return next;
    };
    try {
      const addresses = await mail.loadAddresses();
      if (addresses.length === 0) return settle({ phase: 'no-recipients' });
      const token = await getToken();
      const context = await client.loadContext(token, { mode: mail.mode, addresses: addresses.slice(0, 50), locale });
      return settle({ phase: 'ready', context });
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 401) onUnauthorized();
      return settle({ phase: 'failed', problem: toProblem(error, 'Refresh to try again.') });
    }
  }, [client, getToken, locale, mail, onUnauthorized]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // One Office handler per message: it calls whichever load is current.
  const current = useRef(reload);
  current.current = reload;
  // No cleanup: Office cannot drop one handler of several, and a late call only loads again.
  useEffect(() => {
    void mail.onRecipientsChanged(() => void current.current());
  }, [mail]);

  return { state, reload };
}
