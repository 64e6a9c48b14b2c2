import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { createTabText, OUTLOOK_TEXT } from '@upfront/core';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import type { OfficeMail } from '../../office/office-adapter.js';
import { useSession } from '../../session/tab-session.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { ComposeActions } from './ComposeActions.js';
import { PersonCard } from './PersonCard.js';
import { RecipientWarnings, useWarnings } from './RecipientWarnings.js';
import { useOutlookContext } from './use-outlook-context.js';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  people: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  footer: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

/**
 * The Outlook add-in pane (~320–350 px): the people of the open message and what the user owes each of them;
 * while writing, warnings about their day and time away, "Insert update" and "Deliver in their morning".
 */
export function OutlookPane(props: { mail: OfficeMail; footer?: ReactNode; focusOnMount?: boolean }) {
  const styles = useStyles();
  const text = useText(OUTLOOK_TEXT);
  const announce = useAnnounce();
  const { locale } = useSession();
  const { mail } = props;
  const { state, reload } = useOutlookContext(mail);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusOnMount = props.focusOnMount ?? false;
  useEffect(() => {
    // After a sign-in the button that had focus is gone: the pane's heading takes it.
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const now = state.phase === 'ready' ? state.context.now : undefined;
  const format = useMemo(() => createTabFormatter(locale, now ?? new Date(0).toISOString()), [locale, now]);
  const warnings = useWarnings(state.phase === 'ready' && mail.mode === 'compose' ? state.context.people : [], format, now ?? new Date(0).toISOString());

  const refresh = async () => {
    const next = await reload();
    heading.current?.focus();
    if (next.phase === 'ready') announce(text.say('refreshed', { count: next.context.people.length }));
  };

  return (
    <section className={styles.pane} aria-labelledby="outlook-heading" data-testid="outlook-pane" data-mode={mail.mode}>
      <div className={styles.header}>
        <Text as="h1" id="outlook-heading" ref={heading} tabIndex={-1} className={styles.heading}>
          {text.say(mail.mode === 'compose' ? 'composeHeading' : 'readHeading')}
        </Text>
        <Button appearance="subtle" icon={<ArrowClockwiseRegular />} disabled={state.phase === 'loading'} onClick={() => void refresh()}>
          {text.say('refresh')}
        </Button>
      </div>
      {state.phase === 'loading' ? <Spinner size="small" labelPosition="after" label={text.say('loading')} /> : null}
      {state.phase === 'failed' ? (
        <ProblemBar problem={state.problem} actions={<Button onClick={() => void refresh()}>{text.say('tryAgain')}</Button>} />
      ) : null}
      {state.phase === 'no-recipients' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.say('noRecipients')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === 'ready' ? (
        <>
          {mail.mode === 'compose' ? (
            <>
              <RecipientWarnings warnings={warnings} />
              <ComposeActions mail={mail} context={state.context} format={format} />
            </>
          ) : null}
          <ul className={styles.people} aria-label={text.say('peopleLabel')}>
            {state.context.people.map((person) => (
              <PersonCard key={person.address} person={person} format={format} now={state.context.now} />
            ))}
          </ul>
        </>
      ) : null}
      {props.footer === undefined ? null : <div className={styles.footer}>{props.footer}</div>}
    </section>
  );
}

/** Shown when Office has no message open (or the page runs outside Outlook). */
export function NoMessage(props: { locale: string }) {
  const text = useMemo(() => createTabText(OUTLOOK_TEXT, props.locale), [props.locale]);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="outlook-no-message">
      <MessageBarBody>
        <MessageBarTitle>{text.say('noMessageTitle')}</MessageBarTitle>
        {text.say('noMessageBody')}
      </MessageBarBody>
    </MessageBar>
  );
}
