import {
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { createApiClient, type ApiClient } from './api/client.js';
import { DemoSignIn } from './auth/DemoSignIn.js';
import { useDemoSession } from './auth/use-demo-session.js';
import { config } from './config.js';
import { toTabLocale } from './host/host-locale.js';
import { askHostForConsent, loadHostToken } from './host/teams-host.js';
import { useHost, type HostState } from './host/use-host.js';
import { useTheme } from './host/use-theme.js';
import { Workspace } from './surfaces/Workspace.js';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    boxSizing: 'border-box',
    maxWidth: '960px',
    marginInline: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    '@media (max-width: 480px)': { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  banner: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  bannerInner: {
    boxSizing: 'border-box',
    maxWidth: '960px',
    marginInline: 'auto',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    '@media (max-width: 480px)': { paddingInline: tokens.spacingHorizontalM },
  },
  tagline: { color: tokens.colorNeutralForeground3 },
  centre: { display: 'flex', justifyContent: 'center', paddingBlock: tokens.spacingVerticalXXXL },
});

/** The tab: connects to the host, signs the person in (Teams SSO, or the demo sign-in in a browser), shows risks and updates. */
export function App() {
  const host = useHost();
  const theme = useTheme(host);
  const styles = useStyles();
  const api = useMemo(() => createApiClient({ baseUrl: config.apiBaseUrl }), []);
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      {host.phase === 'ready' && host.host === 'browser' ? (
        <header className={styles.banner}>
          <div className={styles.bannerInner}>
            <Text weight="semibold" size={400}>
              Upfront
            </Text>
            <Caption1 className={styles.tagline}>Deadline risks, found before they slip</Caption1>
          </div>
        </header>
      ) : null}
      <main className={styles.main}>
        <Content host={host} api={api} />
      </main>
    </FluentProvider>
  );
}

function Content(props: { host: HostState; api: ApiClient }) {
  const styles = useStyles();
  const { host, api } = props;
  if (host.phase === 'starting') {
    return (
      <div className={styles.centre}>
        <Spinner label="Starting Upfront…" />
      </div>
    );
  }
  if (host.phase === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Upfront could not start</MessageBarTitle>
          {host.error.message}. Reload the tab to try again.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const locale = toTabLocale(host.context?.app.locale, navigator.language);
  return host.host === 'browser' ? <BrowserTab api={api} locale={locale} /> : <HostedTab api={api} locale={locale} />;
}

/** Inside Teams/Outlook: the host gives the SSO token; consent goes through the host's pop-up. */
function HostedTab(props: { api: ApiClient; locale: string }) {
  const consent = useCallback(() => askHostForConsent(new URL(config.consentStartPath, window.location.origin).href), []);
  const ignore = useCallback(() => undefined, []);
  return (
    <Workspace host="teams" getToken={loadHostToken} locale={props.locale} onUnauthorized={ignore} onConsent={consent} />
  );
}

/** In a plain browser: the demo sign-in; a rejected token (401) sends the person back to it. */
function BrowserTab(props: { api: ApiClient; locale: string }) {
  const { session, signIn, signOut } = useDemoSession();
  const token = session?.token;
  const getToken = useCallback(
    () => (token === undefined ? Promise.reject(new Error('not signed in')) : Promise.resolve(token)),
    [token],
  );
  if (session === undefined) return <DemoSignIn api={props.api} locale={props.locale} onSignedIn={signIn} />;
  return (
    <Workspace host="browser" getToken={getToken} locale={props.locale} onSwitchPerson={signOut} onUnauthorized={signOut} />
  );
}
