import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { Problem, StakeholderPreference } from '@upfront/contracts';
import { PEOPLE_TEXT } from '@upfront/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toProblem } from '../../api/client.js';
import type { PeopleClient } from '../../api/people-client.js';
import { useNow } from '../../auth/use-now.js';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import type { Navigation } from '../../session/navigation.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { PersonSection } from './PersonSection.js';
import { usePeople } from './use-people.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, outlineOffset: tokens.spacingHorizontalXXS },
  intro: { color: tokens.colorNeutralForeground2 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  back: { alignSelf: 'flex-start' },
  freshness: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

/**
 * The People view: the user's stakeholders, one section each. `navigation.target.stakeholderId` (the address
 * `#people/<id>`) shows that one person, with a way back to everyone; its name takes the focus.
 */
export function PeopleView(props: {
  client: PeopleClient;
  getToken: () => Promise<string>;
  horizonDays: number;
  locale: string;
  onUnauthorized(): void;
  onConsent?: () => Promise<void>;
  navigation?: Navigation;
}) {
  const { client, getToken, horizonDays, locale, onUnauthorized, onConsent, navigation } = props;
  const styles = useStyles();
  const text = useText(PEOPLE_TEXT);
  const announce = useAnnounce();
  const nowMs = useNow(30_000);
  const { state, reload } = usePeople(client, getToken, horizonDays, locale, text.say('unexpected'));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const personRef = useRef<HTMLHeadingElement>(null);
  const wanted = navigation?.target.view === 'people' ? navigation.target.stakeholderId?.toLowerCase() : undefined;
  const format = useMemo(() => createTabFormatter(locale, state.phase === 'ready' ? state.list.generatedAt : new Date(nowMs).toISOString()), [locale, state, nowMs]);

  const unauthorized = state.phase === 'failed' && state.problem.status === 401;
  useEffect(() => {
    if (unauthorized) onUnauthorized();
  }, [unauthorized, onUnauthorized]);

  // Opening one person (a link, a reload of `#people/<id>`) puts the focus on their name once they are shown.
  const ready = state.phase === 'ready';
  useEffect(() => {
    if (ready && wanted !== undefined) personRef.current?.focus();
  }, [ready, wanted]);

  const save = useCallback(
    async (stakeholderId: string, change: (current: StakeholderPreference) => StakeholderPreference): Promise<Problem | undefined> => {
      try {
        await client.changePreference(await getToken(), stakeholderId, change);
      } catch (error) {
        const problem = toProblem(error, text.say('unexpected'));
        announce(problem.detail ?? problem.title, 'assertive');
        return problem;
      }
      await reload({ quiet: true });
      return undefined;
    },
    [client, getToken, reload, announce, text],
  );

  const [refreshing, setRefreshing] = useState(false);
  const refresh = async () => {
    setRefreshing(true);
    // The list stays on screen and the focus on the button (it stays enabled; a second click waits for the first).
    const shown = await reload({ quiet: true, fresh: true });
    setRefreshing(false);
    if (shown) announce(text.say('refreshed'));
  };

  const retry = async () => {
    if (state.phase === 'failed' && state.problem.code === 'AUTH_CONSENT_REQUIRED' && onConsent !== undefined) await onConsent();
    await reload();
    headingRef.current?.focus();
  };

  const showEveryone = () => {
    navigation?.go({ view: 'people' });
    headingRef.current?.focus();
  };

  return (
    <div className={styles.root} data-testid="people-view">
      <h1 className={styles.heading} ref={headingRef} tabIndex={-1}>
        {text.say('heading')}
      </h1>
      <Text className={styles.intro}>{text.say('intro')}</Text>
      {state.phase === 'loading' ? <Spinner label={text.say('loading')} /> : null}
      {state.phase === 'failed' && !unauthorized ? (
        <ProblemBar
          problem={state.problem}
          actions={
            <Button icon={<ArrowClockwiseRegular />} onClick={() => void retry()}>
              {text.say('retry')}
            </Button>
          }
        />
      ) : null}
      {state.phase === 'ready' ? (
        (() => {
          const { list } = state;
          const shown = wanted === undefined ? list.people : list.people.filter((p) => p.id === wanted);
          return (
            <>
              <div className={styles.freshness}>
                <Text size={200} data-testid="people-read-at">
                  {text.say('readAt', { time: format.moment(list.generatedAt, list.user.timeZone) })}
                </Text>
                <Button
                  size="small"
                  icon={refreshing ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
                  onClick={() => void (refreshing ? undefined : refresh())}
                  aria-busy={refreshing}
                >
                  {text.say('refresh')}
                </Button>
              </div>
              {wanted === undefined ? null : (
                <Button className={styles.back} appearance="subtle" icon={<ArrowLeftRegular />} onClick={showEveryone}>
                  {text.say('showEveryone')}
                </Button>
              )}
              {list.people.length === 0 ? <Text>{text.say('empty')}</Text> : null}
              {list.people.length > 0 && shown.length === 0 ? <Text>{text.say('personNotFound')}</Text> : null}
              <div className={styles.list}>
                {shown.map((person) => (
                  <PersonSection
                    key={person.id}
                    ref={wanted === person.id ? personRef : undefined}
                    person={person}
                    nowMs={nowMs}
                    user={list.user}
                    holidayWindowDays={list.holidayWindowDays}
                    locale={locale}
                    format={format}
                    save={(change) => save(person.id, change)}
                    onSaved={(message) => announce(message)}
                    {...(navigation ? { onDraft: (itemId: string) => navigation.go({ view: 'updates', itemId }) } : {})}
                  />
                ))}
              </div>
            </>
          );
        })()
      ) : null}
    </div>
  );
}
