import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, useEffect } from 'react';
import { ConsentGate } from '../auth/ConsentGate.js';
import { SessionContext, type TabSession } from '../session/tab-session.js';
import { useShellText } from '../text/use-shell-text.js';
import { ViewBoundary } from '../ui/ViewBoundary.js';

// The meeting helper's panel, a chunk of its own: a personal tab never loads it.
const MeetingPanel = lazy(() => import('./MeetingPanel.js'));

/** A meeting's side panel (frame context `sidePanel`, ~320 px): the session with the meeting's chat, then the panel. */
export function SidePanel(props: { session: TabSession; onShown?: () => void }) {
  const text = useShellText();
  const { onShown } = props;
  useEffect(() => {
    onShown?.();
  }, [onShown]);
  return (
    <SessionContext.Provider value={props.session}>
      <ConsentGate>
        <div data-view="meeting">
          <ViewBoundary resetKey="meeting">
            <Suspense fallback={<Spinner label={text.say('loadingView')} />}>
              <MeetingPanel />
            </Suspense>
          </ViewBoundary>
        </div>
      </ConsentGate>
    </SessionContext.Provider>
  );
}
