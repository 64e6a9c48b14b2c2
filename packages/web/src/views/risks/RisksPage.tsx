import { useMemo } from 'react';
import { createApiClient } from '../../api/client.js';
import { config } from '../../config.js';
import { useSession } from '../../session/tab-session.js';
import { RisksView } from './RisksView.js';

/** The Risks view as the personal tab loads it (on demand): everything it needs comes from the session. */
export default function RisksPage() {
  const session = useSession();
  const api = useMemo(() => createApiClient({ baseUrl: config.apiBaseUrl }), []);
  return (
    <RisksView
      api={api}
      getToken={session.getToken}
      locale={session.locale}
      onUnauthorized={session.onUnauthorized}
      {...(session.onSwitchPerson ? { onSwitchPerson: session.onSwitchPerson } : {})}
      {...(session.onConsent ? { onConsent: session.onConsent } : {})}
    />
  );
}
