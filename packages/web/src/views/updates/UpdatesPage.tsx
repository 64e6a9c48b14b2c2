import { useMemo } from 'react';
import { createUpdatesClient } from '../../api/updates-client.js';
import { config } from '../../config.js';
import { useNavigation } from '../../session/navigation.js';
import { useSession } from '../../session/tab-session.js';
import { UpdatesView } from './UpdatesView.js';

/**
 * The Updates view as the personal tab loads it (on demand): everything it needs comes from the session, and the
 * item to write about from the navigation (`#updates/item/<id>`, from Risks' "Draft an update").
 */
export default function UpdatesPage() {
  const session = useSession();
  const navigation = useNavigation();
  const client = useMemo(() => createUpdatesClient({ baseUrl: config.apiBaseUrl }), []);
  const itemId = navigation?.target.view === 'updates' ? navigation.target.itemId : undefined;
  const suggestionId = navigation?.target.view === 'updates' ? navigation.target.suggestionId : undefined;
  return (
    <UpdatesView
      client={client}
      getToken={session.getToken}
      horizonDays={config.horizonDays}
      locale={session.locale}
      {...(itemId === undefined ? {} : { itemId })}
      {...(suggestionId === undefined ? {} : { suggestionId })}
      {...(navigation === undefined ? {} : { onBackToRisks: () => navigation.go({ view: 'risks' }) })}
    />
  );
}
