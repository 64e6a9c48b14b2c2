import { makeStyles, Spinner, Tab, TabList, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ConsentGate } from '../auth/ConsentGate.js';
import { NavigationContext, type Navigation, type ViewName, type ViewTarget } from '../session/navigation.js';
import { SessionContext, type TabSession } from '../session/tab-session.js';
import { parseViewRoute, toViewHash } from '../session/view-route.js';
import { useShellText } from '../text/use-shell-text.js';
import { focusHeading } from '../ui/focus-heading.js';
import { ViewBoundary } from '../ui/ViewBoundary.js';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalL, marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: 'wrap' },
});

// Each view is its own chunk, loaded when first shown.
const RisksPage = lazy(() => import('../views/risks/RisksPage.js'));
const UpdatesPage = lazy(() => import('../views/updates/UpdatesPage.js'));
const PeoplePage = lazy(() => import('../views/people/PeoplePage.js'));
const SettingsPage = lazy(() => import('../views/settings/SettingsPage.js'));

const PAGES = { risks: RisksPage, updates: UpdatesPage, people: PeoplePage, settings: SettingsPage } as const;
const VIEW_WORDS = { risks: 'viewRisks', updates: 'viewUpdates', people: 'viewPeople', settings: 'viewSettings' } as const;
const VIEWS: readonly ViewName[] = ['risks', 'updates', 'people', 'settings'];

/**
 * The personal tab: Risks, Updates, People and Settings under one tab strip, with the session and navigation every
 * view reads. The address keeps the view (`#updates/item/<id>`), so a reload stays; after a switch focus goes to
 * the new view's heading. `onShown` runs once the tab strip is on screen (the host's `notifySuccess`).
 */
export function PersonalTab(props: { session: TabSession; onShown?: () => void; focusOnStart?: boolean }) {
  const styles = useStyles();
  const text = useShellText();
  const [target, setTarget] = useState<ViewTarget>(() => parseViewRoute(window.location.hash));
  const content = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState(props.focusOnStart === true ? 1 : 0);

  const { onShown } = props;
  useEffect(() => {
    onShown?.();
  }, [onShown]);

  useEffect(() => {
    // Someone edits the address or follows a link to another view of this tab.
    const follow = () => setTarget(parseViewRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => (focusRequest > 0 ? focusHeading(() => content.current) : undefined), [focusRequest, target.view]);

  const go = useCallback((next: ViewTarget) => {
    setTarget((current) => {
      if (current.view !== next.view) setFocusRequest((n) => n + 1);
      return next;
    });
    // replaceState: inside Teams the frame's history is the host's; a reload still finds the view.
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${toViewHash(next)}`);
  }, []);
  const navigation = useMemo<Navigation>(() => ({ target, go }), [target, go]);
  const Page = PAGES[target.view];

  return (
    <SessionContext.Provider value={props.session}>
      <NavigationContext.Provider value={navigation}>
        <nav aria-label={text.say('navLabel')}>
          <TabList className={styles.tabs} selectedValue={target.view} onTabSelect={(_, data) => go({ view: data.value as ViewName })}>
            {VIEWS.map((view) => (
              <Tab key={view} value={view} data-testid={`view-tab-${view}`}>
                {text.say(VIEW_WORDS[view])}
              </Tab>
            ))}
          </TabList>
        </nav>
        <ConsentGate>
          <div ref={content} data-view={target.view}>
            <ViewBoundary resetKey={target.view}>
              <Suspense fallback={<Spinner label={text.say('loadingView')} />}>
                <Page />
              </Suspense>
            </ViewBoundary>
          </div>
        </ConsentGate>
      </NavigationContext.Provider>
    </SessionContext.Provider>
  );
}
