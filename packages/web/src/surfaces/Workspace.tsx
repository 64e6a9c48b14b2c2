import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { createUpdatesClient } from '../api/updates-client.js';
import { config } from '../config.js';
import { RisksView } from '../views/risks/RisksView.js';
import { UpdatesView } from '../views/updates/UpdatesView.js';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalL, marginInline: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

type View = 'risks' | 'updates';
const fromHash = (hash: string): View => (hash === '#updates' ? 'updates' : 'risks');

/** The personal tab: the risks, and the updates to send about them (the address keeps the view: `#updates`). */
export function Workspace(props: {
  api: ApiClient;
  getToken: () => Promise<string>;
  locale: string;
  onUnauthorized(): void;
  onSwitchPerson?: () => void;
  onConsent?: () => Promise<void>;
}) {
  const styles = useStyles();
  const [view, setView] = useState<View>(() => fromHash(window.location.hash));
  const updates = useMemo(() => createUpdatesClient({ baseUrl: config.apiBaseUrl }), []);
  const choose = (next: View) => {
    setView(next);
    window.history.replaceState(null, '', next === 'risks' ? window.location.pathname + window.location.search : '#updates');
  };
  return (
    <>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => choose(data.value as View)} aria-label="Upfront">
        <Tab value="risks">Risks</Tab>
        <Tab value="updates">Updates</Tab>
      </TabList>
      {view === 'risks' ? (
        <RisksView
          api={props.api}
          getToken={props.getToken}
          horizonDays={config.horizonDays}
          locale={props.locale}
          onUnauthorized={props.onUnauthorized}
          {...(props.onSwitchPerson ? { onSwitchPerson: props.onSwitchPerson } : {})}
          {...(props.onConsent ? { onConsent: props.onConsent } : {})}
        />
      ) : (
        <UpdatesView client={updates} getToken={props.getToken} horizonDays={config.horizonDays} locale={props.locale} />
      )}
    </>
  );
}
