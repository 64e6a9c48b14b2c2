import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, tokens, Tooltip } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { DraftResult } from '@upfront/contracts';
import { MEETING_TEXT } from '@upfront/core';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { MeetingsClient } from '../../api/meetings-client.js';
import { useNow } from '../../auth/use-now.js';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { AttendeeCard } from './AttendeeCard.js';
import { toMeetingProblemText } from './meeting-problem.js';
import { useMeetingPanel, type MeetingPanelState } from './use-meeting-panel.js';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS, maxWidth: '480px' },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  top: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  people: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
});

/** Their clock is shown to the minute: a tick every 30 s keeps it right without re-rendering often. */
const CLOCK_TICK_MS = 30_000;

/**
 * The meeting side panel (~320 px): the meeting of the host's chat — its subject and time on the user's clock;
 * per attendee their clock now, what the user owes them and how it stands (colour, icon and word), talking points,
 * and a one-click heads-up. Loading says what it does; each failure says what to do and offers to try again;
 * focus goes to the heading after a refresh, to the draft's link after a heads-up is saved; results are announced.
 */
export function MeetingPanelView(props: {
  client: MeetingsClient;
  getToken: () => Promise<string>;
  onUnauthorized: () => void;
  chatId: string;
  locale: string;
}) {
  const styles = useStyles();
  const text = useText(MEETING_TEXT);
  const announce = useAnnounce();
  const { client, getToken, onUnauthorized, chatId, locale } = props;
  const { state, reload, patch } = useMeetingPanel(client, getToken, onUnauthorized, chatId, locale, text.say('loadFailed'));
  const heading = useRef<HTMLHeadingElement>(null);
  const nowMs = useNow(CLOCK_TICK_MS);
  const format = useMemo(() => createTabFormatter(locale, new Date(nowMs).toISOString()), [locale, nowMs]);

  const say = useCallback(
    (next: MeetingPanelState) => {
      if (next.phase === 'ready') announce(text.say('ready', { subject: next.panel.subject, count: next.panel.attendees.length }));
      else if (next.phase === 'failed') {
        const own = toMeetingProblemText(next.problem.code);
        announce(own ? text.say(own.title) : next.problem.detail, 'assertive');
      }
    },
    [announce, text],
  );
  const firstLoad = useRef(true);
  useEffect(() => {
    if (state.phase === 'loading' || !firstLoad.current) return;
    firstLoad.current = false;
    say(state);
  }, [state, say]);

  const refresh = async () => {
    const next = await reload();
    heading.current?.focus();
    say(next);
  };
  const onDrafted = useCallback(
    (suggestionId: string, result: DraftResult) =>
      patch((panel) => ({
        ...panel,
        attendees: panel.attendees.map((a) =>
          a.headsUp?.suggestionId === suggestionId ? { ...a, headsUp: { ...a.headsUp, draft: { messageId: result.messageId, webLink: result.webLink, createdAt: new Date().toISOString() } } } : a,
        ),
      })),
    [patch],
  );

  const panel = state.phase === 'ready' ? state.panel : state.phase === 'loading' ? state.panel : undefined;
  const nothingOwed = panel !== undefined && panel.attendees.every((a) => a.owed.length === 0 && a.headsUp === undefined);
  const problemText = state.phase === 'failed' ? toMeetingProblemText(state.problem.code) : undefined;
  return (
    <section className={styles.panel} aria-label={text.say('panelLabel')} data-testid="meeting-panel" data-phase={state.phase}>
      <div className={styles.header}>
        <div className={styles.top}>
          <Text as="h1" ref={heading} tabIndex={-1} className={styles.heading}>
            {panel?.subject ?? text.say('panelLabel')}
          </Text>
          {/* Icon only: at 320 px the subject needs the width; the tooltip is its name. */}
          <Tooltip content={text.say('refresh')} relationship="label">
            <Button appearance="subtle" icon={<ArrowClockwiseRegular />} disabled={state.phase === 'loading'} onClick={() => void refresh()} data-testid="meeting-refresh" />
          </Tooltip>
        </div>
        {panel === undefined ? null : (
          <>
            <Caption1 data-testid="meeting-when">
              {text.say('when', { start: format.moment(panel.startAt, panel.timeZone), end: format.time(panel.endAt, panel.timeZone) })}
            </Caption1>
            <Caption1 className={styles.muted}>{text.say('attendeesCount', { count: panel.attendees.length })}</Caption1>
          </>
        )}
      </div>
      {state.phase === 'loading' ? <Spinner size="small" labelPosition="after" label={text.say('loading')} /> : null}
      {state.phase === 'failed' && problemText !== undefined ? (
        <MessageBar intent={state.problem.status === 403 ? 'warning' : 'info'} layout="multiline" data-problem-code={state.problem.code}>
          <MessageBarBody>
            <MessageBarTitle>{text.say(problemText.title)}</MessageBarTitle>
            {text.say(problemText.body)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void refresh()}>
              {text.say('tryAgain')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.phase === 'failed' && problemText === undefined ? (
        <ProblemBar
          problem={state.problem}
          actions={
            <Button size="small" onClick={() => void refresh()}>
              {text.say('tryAgain')}
            </Button>
          }
        />
      ) : null}
      {panel === undefined ? null : (
        <>
          {nothingOwed ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{text.say('nothingOwed')}</MessageBarBody>
            </MessageBar>
          ) : null}
          <ul className={styles.people} aria-label={text.say('attendeesLabel')}>
            {panel.attendees.map((attendee) => (
              <AttendeeCard key={attendee.id} attendee={attendee} format={format} nowMs={nowMs} client={client} getToken={getToken} onDrafted={onDrafted} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Shown outside a meeting (no chat in the host's context): where the panel belongs. */
export function NoMeetingChat() {
  const text = useText(MEETING_TEXT);
  return (
    <section aria-label={text.say('panelLabel')} data-testid="meeting-panel" data-phase="no-chat">
      <Text as="h1" tabIndex={-1} size={400} weight="semibold">
        {text.say('panelLabel')}
      </Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.say('noChatTitle')}</MessageBarTitle>
          {text.say('noChatBody')}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
