import {
  Avatar,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  SkeletonItem,
  Skeleton,
  Spinner,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import type { DemoUser, Problem } from '@upfront/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { toProblem, type ApiClient } from '../api/client.js';
import { cityOf, type TimeZoneId } from '@upfront/core';
import { createTabFormatter } from '../format/create-tab-formatter.js';
import { useShellText } from '../text/use-shell-text.js';
import { ProblemBar } from '../ui/ProblemBar.js';
import type { DemoSession } from './demo-session.js';
import { useNow } from './use-now.js';

type SignInState =
  | { phase: 'loading' }
  | { phase: 'no-demo' }
  | { phase: 'ready'; people: DemoUser[]; tokenUrl: string }
  | { phase: 'failed'; problem: Problem };

const useStyles = makeStyles({
  card: { maxWidth: '880px', rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  },
  intro: { color: tokens.colorNeutralForeground2 },
  people: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 250px), 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  person: {
    width: '100%',
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    cursor: 'pointer',
    fontFamily: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    ':disabled': { cursor: 'wait', color: tokens.colorNeutralForegroundDisabled },
  },
  personText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  muted: { color: tokens.colorNeutralForeground3 },
  skeleton: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 250px), 1fr))', gap: tokens.spacingHorizontalS },
});

/**
 * The demo sign-in outside Teams: pick a person of the demo organisation, get an SSO-shaped token for them
 * from the server's demo token URL. Without that URL (production) the tab must be opened in Teams or Outlook.
 */
export function DemoSignIn(props: { api: ApiClient; locale: string; onSignedIn: (session: DemoSession) => void }) {
  const styles = useStyles();
  const text = useShellText();
  const { api, onSignedIn } = props;
  const [state, setState] = useState<SignInState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState<string | undefined>();
  const [signInProblem, setSignInProblem] = useState<Problem | undefined>();
  const now = useNow(30_000);
  const format = useMemo(() => createTabFormatter(props.locale, new Date(now).toISOString()), [props.locale, now]);

  useEffect(() => {
    let live = true;
    setState({ phase: 'loading' });
    (async (): Promise<SignInState> => {
      const authConfig = await api.loadAuthConfig();
      if (authConfig.demoTokenUrl === undefined || authConfig.demoUsersUrl === undefined) return { phase: 'no-demo' };
      const people = await api.loadDemoUsers(authConfig.demoUsersUrl);
      return { phase: 'ready', people, tokenUrl: authConfig.demoTokenUrl };
    })().then(
      (next) => {
        if (live) setState(next);
      },
      (error: unknown) => {
        if (live) setState({ phase: 'failed', problem: toProblem(error, text.say('reloadToRetry')) });
      },
    );
    return () => {
      live = false;
    };
  }, [api, attempt, text]);

  const signIn = useCallback(
    async (person: DemoUser, tokenUrl: string) => {
      setPending(person.userPrincipalName);
      setSignInProblem(undefined);
      try {
        const token = await api.createDemoToken(tokenUrl, person.userPrincipalName);
        onSignedIn({ person, token });
      } catch (error) {
        setSignInProblem(toProblem(error, text.say('reloadToRetry')));
      } finally {
        setPending(undefined);
      }
    },
    [api, onSignedIn, text],
  );

  if (state.phase === 'no-demo') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.say('openInHostTitle')}</MessageBarTitle>
          {text.say('openInHostDetail')}
        </MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <Card className={styles.card}>
      <CardHeader
        header={
          <Title2 as="h1" className={styles.heading}>
            {text.say('signInHeading')}
          </Title2>
        }
        description={
          <Body1 className={styles.intro}>
            {text.say('signInIntro')}
          </Body1>
        }
      />
      {signInProblem === undefined ? null : <ProblemBar problem={signInProblem} />}
      {state.phase === 'failed' ? (
        <ProblemBar problem={state.problem} actions={<Button onClick={() => setAttempt((n) => n + 1)}>{text.say('tryAgain')}</Button>} />
      ) : null}
      {state.phase === 'loading' ? (
        <div aria-busy="true">
          <Spinner size="small" labelPosition="after" label={text.say('signInLoading')} />
          <Skeleton className={styles.skeleton} aria-hidden="true">
            {[0, 1, 2, 3].map((n) => (
              <SkeletonItem key={n} shape="rectangle" size={56} />
            ))}
          </Skeleton>
        </div>
      ) : null}
      {state.phase === 'ready' ? (
        <ul className={styles.people} aria-label={text.say('signInPeople')}>
          {state.people.map((person) => {
            // The profile's city; without one, core's rule names the zone's city (the tab never derives it itself).
            const where = person.city ?? cityOf(person.timeZone as TimeZoneId);
            return (
              <li key={person.userPrincipalName}>
                <button
                  type="button"
                  className={styles.person}
                  disabled={pending !== undefined}
                  onClick={() => void signIn(person, state.tokenUrl)}
                >
                  <Avatar name={person.displayName} color="colorful" size={40} aria-hidden="true" />
                  <span className={styles.personText}>
                    <span className={styles.name}>{person.displayName}</span>
                    <span className={styles.personText}>
                      {person.jobTitle === undefined ? null : <Caption1 className={styles.muted}>{person.jobTitle}</Caption1>}
                      <Caption1 className={styles.muted}>
                        {text.say('signInWhereNow', { place: where, time: format.moment(now, person.timeZone) })}
                      </Caption1>
                    </span>
                  </span>
                  {pending === person.userPrincipalName ? <Spinner size="tiny" aria-label={text.say('signingIn')} /> : null}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {state.phase === 'ready' && state.people.length === 0 ? <Text>{text.say('signInNoPeople')}</Text> : null}
    </Card>
  );
}

