import { useMemo } from 'react';
import { createPeopleClient } from '../../api/people-client.js';
import { config } from '../../config.js';
import { useNavigation } from '../../session/navigation.js';
import { useSession } from '../../session/tab-session.js';
import { PeopleView } from './PeopleView.js';

/** The People view as the personal tab loads it (on demand): everything it needs comes from the session. */
export default function PeoplePage() {
  const session = useSession();
  const navigation = useNavigation();
  const client = useMemo(() => createPeopleClient({ baseUrl: config.apiBaseUrl }), []);
  return (
    <PeopleView
      client={client}
      getToken={session.getToken}
      horizonDays={config.horizonDays}
      locale={session.locale}
      onUnauthorized={session.onUnauthorized}
      {...(session.onConsent ? { onConsent: session.onConsent } : {})}
      {...(navigation ? { navigation } : {})}
    />
  );
}
