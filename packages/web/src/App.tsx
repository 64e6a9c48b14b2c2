import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { createTabText, SHELL_TEXT } from '@upfront/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createApiClient, type ApiClient } from './api/client.js';
import { createHostConsent, toConsentStartUrl } from './auth/consent-client.js';
import { DemoSignIn } from './auth/DemoSignIn.js';
import type { DemoSession } from './auth/demo-session.js';
import { useDemoSession } from './auth/use-demo-session.js';
import { config } from './config.js';
import { toTabLocale } from './host/host-locale.js';
import type { HostLink } from './host/teams-host.js';
import { useHost } from './host/use-host.js';
import { useTheme } from './host/use-theme.js';
import type { TabSession } from './session/tab-session.js';
import { PersonalTab } from './surfaces/PersonalTab.js';
import { SidePanel } from './surfaces/SidePanel.js';
import { LocaleContext } from './text/locale-context.js';
import { useShellText } from './text/use-shell-text.js';
import { AnnouncerProvider, useAnnounce } from './ui/Announcer.js';
import { focusHeading } from './ui/focus-heading.js';

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

/**
 * The tab: connects to the host (teams-js only when framed), picks the locale and theme, signs the person in
 * (the host's SSO, or the demo sign-in in a plain browser) and shows the surface the host asked for.
 */
export function App() {
  const host = useHost();
  const link = host.phase === 'hosted' ? host.link : undefined;
  const theme = useTheme(link);
  const styles = useStyles();
  const locale = toTabLocale(link?.locale, navigator.language);
  const writingLocale = useMemo(() => createTabText(SHELL_TEXT, locale).locale, [locale]);
  useEffect(() => {
    // The words' language, not the raw tag: a he-IL reader gets English words, so the page says lang="en-US".
    document.documentElement.lang = writingLocale;
  }, [writingLocale]);
  const api = useMemo(() => createApiClient({ baseUrl: config.apiBaseUrl }), []);
  // Nothing is drawn until the shown theme's chunk has come (it loads beside the host connection, at start only).
  if (theme === undefined) return null;
  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={theme} className={styles.provider}>
        <AnnouncerProvider>
          {host.phase === 'browser' ? <Banner /> : null}
          <main className={styles.main}>
            {host.phase === 'starting' ? <Starting /> : null}
            {host.phase === 'failed' ? <StartFailed /> : null}
            {host.phase === 'browser' ? <BrowserTab api={api} locale={locale} /> : null}
            {host.phase === 'hosted' ? <HostedTab link={host.link} locale={locale} /> : null}
          </main>
        </AnnouncerProvider>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}

function Banner() {
  const styles = useStyles();
  const text = useShellText();
  return (
    <header className={styles.banner}>
      <div className={styles.bannerInner}>
        <Text weight="semibold" size={400}>
          {text.say('productName')}
        </Text>
        <Caption1 className={styles.tagline}>{text.say('tagline')}</Caption1>
      </div>
    </header>
  );
}

function Starting() {
  const styles = useStyles();
  const text = useShellText();
  return (
    <div className={styles.centre}>
      <Spinner label={text.say('starting')} />
    </div>
  );
}

function StartFailed() {
  const text = useShellText();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.say('startFailedTitle')}</MessageBarTitle>
        {text.say('startFailedDetail')}
      </MessageBarBody>
    </MessageBar>
  );
}

type TokenState = { phase: 'getting' } | { phase: 'ready' } | { phase: 'failed'; reason: string };

/** Errors of `getAuthToken` are strings from the host (`resourceRequiresConsent`, `CancelledByUser`, …). */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Inside Teams/Outlook: the host's SSO token, checked once before the surface shows (a host that cannot give one
 * makes the tab fail to start: `notifyFailure`, and a Try again). A 401 from the API gets a fresh token once;
 * a second one is a failed sign-in, never a loop.
 */
function HostedTab(props: { link: HostLink; locale: string }) {
  const { link, locale } = props;
  const text = useShellText();
  const [token, setToken] = useState<TokenState>({ phase: 'getting' });
  const [epoch, setEpoch] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const refreshed = useRef(false);
  const retryButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    setToken({ phase: 'getting' });
    // One quiet second try: a host that is still warming up its token cache can fail the very first call.
    link
      .getToken()
      .catch(() => new Promise<string>((resolve) => setTimeout(resolve, 300)).then(() => link.getToken()))
      .then(
        () => {
          if (live) setToken({ phase: 'ready' });
        },
        (error: unknown) => {
          if (!live) return;
          const reason = reasonOf(error);
          link.notifyFailure('AuthFailed', reason);
          setToken({ phase: 'failed', reason });
        },
      );
    return () => {
      live = false;
    };
  }, [link, attempt]);

  useEffect(() => {
    if (token.phase === 'failed') retryButton.current?.focus();
  }, [token.phase]);

  // A new function after a refresh, so views that load with it load again.
  const getToken = useMemo(() => {
    void epoch;
    return () => link.getToken();
  }, [link, epoch]);
  const onUnauthorized = useCallback(() => {
    if (refreshed.current) {
      setToken({ phase: 'failed', reason: 'the server refused the sign-in twice' });
      return;
    }
    refreshed.current = true;
    setEpoch((n) => n + 1);
  }, []);
  const onConsent = useMemo(
    () => createHostConsent({ authenticate: link.authenticate, getToken, consentUrl: toConsentStartUrl(window.location.origin, locale, link.loginHint) }),
    [link, getToken, locale],
  );
  const session = useMemo<TabSession>(
    () => ({
      locale,
      host: link.kind,
      frame: link.frame,
      getToken,
      onUnauthorized,
      onConsent,
      ...(link.chatId === undefined ? {} : { chatId: link.chatId }),
      ...(link.meetingId === undefined ? {} : { meetingId: link.meetingId }),
      ...(link.userPrincipalName === undefined ? {} : { userPrincipalName: link.userPrincipalName }),
    }),
    [locale, link, getToken, onUnauthorized, onConsent],
  );
  const onShown = useCallback(() => link.notifySuccess(), [link]);

  if (token.phase === 'getting') return <Starting />;
  if (token.phase === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="sign-in-failed">
        <MessageBarBody>
          <MessageBarTitle>{text.say('tokenFailedTitle')}</MessageBarTitle>
          {text.say('tokenFailedDetail', { hostName: link.kind, reason: token.reason })}
        </MessageBarBody>
        <MessageBarActions>
          <Button
            ref={retryButton}
            onClick={() => {
              refreshed.current = false;
              setAttempt((n) => n + 1);
            }}
          >
            {text.say('tryAgain')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return link.frame === 'side-panel' ? <SidePanel session={session} onShown={onShown} /> : <PersonalTab session={session} onShown={onShown} />;
}

/** In a plain browser: the demo sign-in; a rejected token (401) sends the person back to it. */
function BrowserTab(props: { api: ApiClient; locale: string }) {
  const { session, signIn, signOut } = useDemoSession();
  const text = useShellText();
  const announce = useAnnounce();
  const [justSignedIn, setJustSignedIn] = useState(false);
  const [switched, setSwitched] = useState(false);
  const signInPage = useRef<HTMLDivElement>(null);
  const switchPerson = useCallback(() => {
    signOut();
    setSwitched(true);
  }, [signOut]);
  useEffect(() => (switched && session === undefined ? focusHeading(() => signInPage.current) : undefined), [switched, session]);
  const token = session?.token;
  const getToken = useCallback(
    () => (token === undefined ? Promise.reject(new Error('not signed in')) : Promise.resolve(token)),
    [token],
  );
  const onSignedIn = useCallback(
    (next: DemoSession) => {
      signIn(next);
      setJustSignedIn(true);
      announce(text.say('signedInAs', { name: next.person.displayName }));
    },
    [signIn, announce, text],
  );
  const tabSession = useMemo<TabSession>(
    () => ({
      locale: props.locale,
      host: 'browser',
      frame: 'content',
      getToken,
      onUnauthorized: signOut,
      onSwitchPerson: switchPerson,
      ...(session === undefined ? {} : { userPrincipalName: session.person.userPrincipalName }),
    }),
    [props.locale, getToken, signOut, switchPerson, session],
  );
  if (session === undefined) {
    return (
      <div ref={signInPage}>
        <DemoSignIn api={props.api} locale={props.locale} onSignedIn={onSignedIn} />
      </div>
    );
  }
  return <PersonalTab session={tabSession} focusOnStart={justSignedIn} />;
}
