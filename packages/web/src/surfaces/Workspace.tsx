import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useMemo, useState } from 'react';
import { SessionContext, type TabSession } from '../session/tab-session.js';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalL, marginInline: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

// Each view is its own chunk, loaded when first shown.
const RisksPage = lazy(() => import('../views/risks/RisksPage.js'));
const UpdatesPage = lazy(() => import('../views/updates/UpdatesPage.js'));
const PeoplePage = lazy(() => import('../views/people/PeoplePage.js'));
const SettingsPage = lazy(() => import('../views/settings/SettingsPage.js'));

type View = 'risks' | 'updates' | 'people' | 'settings';
const VIEWS: readonly View[] = ['risks', 'updates', 'people', 'settings'];
const fromHash = (hash: string): View => VIEWS.find((v) => hash === `#${v}`) ?? 'risks';

/** The personal tab: risks, updates, people and settings (the address keeps the view: `#updates`). */
export function Workspace(props: {
  getToken: () => Promise<string>;
  locale: string;
  host: TabSession['host'];
  onUnauthorized(): void;
  onSwitchPerson?: () => void;
  onConsent?: () => Promise<void>;
}) {
  const styles = useStyles();
  const [view, setView] = useState<View>(() => fromHash(window.location.hash));
  const { getToken, locale, host, onUnauthorized, onSwitchPerson, onConsent } = props;
  const session = useMemo<TabSession>(
    () => ({
      locale,
      host,
      frame: 'content',
      getToken,
      onUnauthorized,
      ...(onSwitchPerson ? { onSwitchPerson } : {}),
      ...(onConsent ? { onConsent } : {}),
    }),
    [locale, host, getToken, onUnauthorized, onSwitchPerson, onConsent],
  );
  const choose = (next: View) => {
    setView(next);
    window.history.replaceState(null, '', next === 'risks' ? window.location.pathname + window.location.search : `#${next}`);
  };
  return (
    <SessionContext.Provider value={session}>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => choose(data.value as View)} aria-label="Upfront">
        <Tab value="risks">Risks</Tab>
        <Tab value="updates">Updates</Tab>
        <Tab value="people">People</Tab>
        <Tab value="settings">Settings</Tab>
      </TabList>
      <Suspense fallback={<Spinner />}>
        {view === 'risks' ? <RisksPage /> : view === 'updates' ? <UpdatesPage /> : view === 'people' ? <PeoplePage /> : <SettingsPage />}
      </Suspense>
    </SessionContext.Provider>
  );
}
