import { useMemo } from 'react';
import { createUpdatesClient } from '../../api/updates-client.js';
import { config } from '../../config.js';
import { useSession } from '../../session/tab-session.js';
import { UpdatesView } from './UpdatesView.js';

/** The Updates view as the personal tab loads it (on demand): everything it needs comes from the session. */
export default function UpdatesPage() {
  const session = useSession();
  const client = useMemo(() => createUpdatesClient({ baseUrl: config.apiBaseUrl }), []);
  return <UpdatesView client={client} getToken={session.getToken} horizonDays={config.horizonDays} locale={session.locale} />;
}
