import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { createTabText, OUTLOOK_TEXT } from '@upfront/core';
import { StrictMode, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client.js';
import { DemoSignIn } from './auth/DemoSignIn.js';
import { useDemoSession } from './auth/use-demo-session.js';
import { config } from './config.js';
import { toTabLocale } from './host/host-locale.js';
import { createOfficeMail, isOfficeDark, OfficeCallError, watchItemChanged, type OfficeMail } from './office/office-adapter.js';
import { loadOffice } from './office/load-office.js';
import { SessionContext, type TabSession } from './session/tab-session.js';
import ComposePanel from './surfaces/ComposePanel.js';
import ReadPanel from './surfaces/ReadPanel.js';
import { AnnouncerProvider } from './ui/Announcer.js';
import { NoMessage } from './views/outlook/OutlookPane.js';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: { boxSizing: 'border-box', maxWidth: '480px', padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

type Boot = { phase: 'starting' } | { phase: 'ready'; mail: OfficeMail | undefined; dark?: boolean };

/**
 * The Outlook add-in task pane: waits for Office.js, finds the open message, signs the person in (Office's SSO
 * when Outlook offers it, else the demo sign-in) and shows the read or compose panel.
 */
function AddinApp() {
  const styles = useStyles();
  const [boot, setBoot] = useState<Boot>({ phase: 'starting' });
  const prefersDark = usePrefersDark();
  useEffect(() => {
    let live = true;
    void loadOffice(config.hostInitTimeoutMs).then((office) => {
      if (!live) return;
      const dark = office === undefined ? undefined : isOfficeDark(office);
      setBoot({ phase: 'ready', mail: office === undefined ? undefined : createOfficeMail(office), ...(dark === undefined ? {} : { dark }) });
      // A pinned pane stays open while the person selects another message: read that one instead.
      if (office !== undefined) {
        void watchItemChanged(office, () => {
          if (live) setBoot((was) => ({ ...was, phase: 'ready', mail: createOfficeMail(office) }));
        });
      }
    });
    return () => {
      live = false;
    };
  }, []);
  // Outlook's own theme when it says; the browser's preference otherwise (the demo outside Outlook).
  const dark = (boot.phase === 'ready' ? boot.dark : undefined) ?? prefersDark;
  const locale = toTabLocale(boot.phase === 'ready' ? boot.mail?.displayLanguage : undefined, navigator.language);
  const text = useMemo(() => createTabText(OUTLOOK_TEXT, locale), [locale]);
  useEffect(() => {
    // Screen readers pick their voice from the document's language, not only from the provider's element.
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider} lang={locale}>
      <AnnouncerProvider>
        <main className={styles.main} aria-label={text.say('paneLabel')}>
          {boot.phase === 'starting' ? <Spinner size="small" label={text.say('starting')} /> : null}
          {boot.phase === 'ready' && boot.mail === undefined ? <NoMessage locale={locale} /> : null}
          {boot.phase === 'ready' && boot.mail !== undefined ? (
            boot.mail.canUseSso ? <OfficeSignedIn mail={boot.mail} locale={locale} /> : <DemoSignedIn mail={boot.mail} locale={locale} />
          ) : null}
        </main>
      </AnnouncerProvider>
    </FluentProvider>
  );
}

function Panel(props: { session: TabSession; mail: OfficeMail; footer?: ReactNode; focusOnMount?: boolean }) {
  const Surface = props.mail.mode === 'compose' ? ComposePanel : ReadPanel;
  return (
    <SessionContext.Provider value={props.session}>
      <Surface mail={props.mail} focusOnMount={props.focusOnMount ?? false} {...(props.footer === undefined ? {} : { footer: props.footer })} />
    </SessionContext.Provider>
  );
}

type SsoState = { phase: 'signing-in' } | { phase: 'signed-in' } | { phase: 'failed'; reason: string };

/** Inside Outlook with IdentityAPI 1.3: Office's own SSO token (Office caches and renews it). */
function OfficeSignedIn(props: { mail: OfficeMail; locale: string }) {
  const { mail, locale } = props;
  const text = useMemo(() => createTabText(OUTLOOK_TEXT, locale), [locale]);
  const [state, setState] = useState<SsoState>({ phase: 'signing-in' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ phase: 'signing-in' });
    mail.getAccessToken().then(
      () => {
        if (live) setState({ phase: 'signed-in' });
      },
      (error: unknown) => {
        // Office's error codes (13001 not signed in, 13002 consent refused, …) say why; show Office's own words.
        const reason = error instanceof OfficeCallError ? `${error.officeName ?? ''} ${error.message}`.trim() : String(error);
        if (live) setState({ phase: 'failed', reason });
      },
    );
    return () => {
      live = false;
    };
  }, [mail, attempt]);
  const getToken = useCallback(() => mail.getAccessToken(), [mail]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const session = useMemo<TabSession>(
    () => ({ locale, host: 'outlook', frame: 'task-pane', getToken, onUnauthorized: retry }),
    [locale, getToken, retry],
  );
  if (state.phase === 'signing-in') return <Spinner size="small" label={text.say('starting')} />;
  if (state.phase === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.say('signInFailedTitle')}</MessageBarTitle>
          {text.say('signInFailedBody', { reason: state.reason })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>{text.say('tryAgain')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return <Panel session={session} mail={mail} />;
}

/** Without Office's SSO (the demo, tests): the shell's demo sign-in; "Switch person" goes back to it. */
function DemoSignedIn(props: { mail: OfficeMail; locale: string }) {
  const { mail, locale } = props;
  const api = useMemo(() => createApiClient({ baseUrl: config.apiBaseUrl }), []);
  const text = useMemo(() => createTabText(OUTLOOK_TEXT, locale), [locale]);
  const { session: demo, signIn, signOut } = useDemoSession();
  const [signedInHere, setSignedInHere] = useState(false);
  const token = demo?.token;
  const getToken = useCallback(() => (token === undefined ? Promise.reject(new Error('not signed in')) : Promise.resolve(token)), [token]);
  const session = useMemo<TabSession>(
    () => ({ locale, host: 'outlook', frame: 'task-pane', getToken, onUnauthorized: signOut, onSwitchPerson: signOut }),
    [locale, getToken, signOut],
  );
  if (demo === undefined) {
    return (
      <DemoSignIn
        api={api}
        locale={locale}
        onSignedIn={(next) => {
          setSignedInHere(true);
          signIn(next);
        }}
      />
    );
  }
  return (
    <Panel
      session={session}
      mail={mail}
      focusOnMount={signedInHere}
      footer={
        <Button appearance="subtle" onClick={signOut}>
          {text.say('switchPerson')}
        </Button>
      }
    />
  );
}

function usePrefersDark(): boolean {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (query === undefined) return;
    const update = (e: MediaQueryListEvent) => setDark(e.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  return dark;
}

const container = document.getElementById('root');
if (container === null) throw new Error('taskpane.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <AddinApp />
  </StrictMode>,
);
