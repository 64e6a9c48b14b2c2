import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Skeleton, SkeletonItem, Spinner, Text, Title3, tokens, typographyStyles } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import type { Suggestion } from '@upfront/contracts';
import { UPDATES_TEXT } from '@upfront/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { UpdatesClient } from '../../api/updates-client.js';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { orderSuggestions } from './order-suggestions.js';
import { SuggestionCard } from './SuggestionCard.js';
import { useItemUpdate } from './use-item-update.js';
import { useSuggestions } from './use-suggestions.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  headingRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { ...typographyStyles.title2, margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  asked: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/**
 * The updates Upfront suggests, ready to read, edit and save to Outlook's Drafts. Coming from Risks with an item
 * (`itemId`), that item's update is opened first: the list's one, or one the server writes on request.
 */
export function UpdatesView(props: { client: UpdatesClient; getToken: () => Promise<string>; horizonDays: number; locale: string; itemId?: string; suggestionId?: string; onBackToRisks?: () => void }) {
  const styles = useStyles();
  const text = useText(UPDATES_TEXT);
  const announce = useAnnounce();
  const { state, removed, actions } = useSuggestions(props.client, props.getToken, props.horizonDays, text);
  const [itemAttempt, setItemAttempt] = useState(0);
  const [restoredId, setRestoredId] = useState<string | undefined>(undefined);
  const list = state.phase === 'loading' ? undefined : state.list;
  const ordered = useMemo(() => (list === undefined ? [] : orderSuggestions(list.value)), [list]);
  const format = useMemo(() => createTabFormatter(props.locale, list?.generatedAt ?? new Date().toISOString()), [props.locale, list]);
  const userZone = list?.timeZone ?? 'UTC';
  const asked = useItemUpdate(props.client, props.getToken, props.itemId, list?.value, text, itemAttempt);
  const listedForItem =
    props.suggestionId !== undefined ? ordered.find((s) => s.id === props.suggestionId) : props.itemId === undefined ? undefined : ordered.find((s) => s.itemIds.includes(props.itemId ?? ''));
  const forItem: Suggestion | undefined = listedForItem ?? (asked.phase === 'ready' ? asked.suggestion : undefined);
  const rest = forItem === undefined ? ordered : ordered.filter((s) => s.id !== forItem.id);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const announcedLoad = useRef(false);

  // The first list read is announced once; a refresh announces again.
  useEffect(() => {
    if (state.phase === 'loaded' && !state.refreshing && !announcedLoad.current) {
      announcedLoad.current = true;
      announce(text.say('loaded', { count: state.list.value.length }));
    }
  }, [state, announce, text]);
  useEffect(() => {
    if (asked.phase === 'ready') announce(text.say('itemReady', { subject: asked.suggestion.subject }));
    if (asked.phase === 'failed') announce(asked.problem.detail ?? text.say('itemFailed'), 'assertive');
  }, [asked, announce, text]);
  useEffect(() => {
    if (removed !== undefined) undoRef.current?.focus();
  }, [removed]);

  const refresh = () => {
    announcedLoad.current = false;
    actions.reload();
    headingRef.current?.focus();
  };

  const cardFor = (suggestion: Suggestion, open: boolean) => (
    <SuggestionCard
      suggestion={suggestion}
      text={text}
      format={format}
      userZone={userZone}
      startOpen={open}
      takeFocus={suggestion.id === restoredId}
      onDraft={(edits) => actions.draft(suggestion, edits)}
      onSnooze={(until) => actions.snooze(suggestion, until)}
      onDismiss={() => actions.dismiss(suggestion)}
      onCompose={(choice) => actions.compose(suggestion.id, choice)}
    />
  );

  const undo = () => {
    actions.undo().then(
      (back) => {
        if (back === undefined) return;
        setRestoredId(back.id);
        announce(text.say('restored', { subject: back.subject }));
      },
      (failure: unknown) => announce((failure as { detail?: string }).detail ?? text.say('undoFailed'), 'assertive'),
    );
  };

  return (
    <div className={styles.root}>
      <header>
        <div className={styles.headingRow}>
          <h1 className={styles.heading} ref={headingRef} tabIndex={-1}>
            {text.say('heading')}
          </h1>
          <Button icon={<ArrowClockwiseRegular />} onClick={refresh} disabled={state.phase === 'loading' || (state.phase === 'loaded' && state.refreshing)}>
            {text.say('refresh')}
          </Button>
        </div>
        <Text className={styles.muted}>{text.say('intro')}</Text>
      </header>
      {state.phase === 'failed' ? (
        <ProblemBar
          problem={state.list === undefined ? state.problem : { ...state.problem, detail: `${state.problem.detail ?? ''} ${text.say('stale', { time: format.moment(state.list.generatedAt, userZone) })}` }}
          intent={state.list === undefined ? 'error' : 'warning'}
          actions={<Button onClick={refresh}>{text.say('tryAgain')}</Button>}
        />
      ) : null}
      {removed === undefined ? null : (
        <MessageBar intent="info" data-testid="undo-bar">
          <MessageBarBody>
            {removed.how === 'dismissed'
              ? text.say('dismissed', { subject: removed.suggestion.subject })
              : text.say('snoozed', { subject: removed.suggestion.subject, when: format.moment(removed.until ?? removed.suggestion.sendAt, userZone) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={undoRef} onClick={undo}>
              {text.say('undo')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.phase === 'loading' ? (
        <Skeleton aria-label={text.say('loading')}>
          <SkeletonItem size={96} />
        </Skeleton>
      ) : null}
      {props.itemId === undefined && listedForItem === undefined ? null : (
        <section className={styles.asked} aria-label={text.say('itemHeading')} data-testid="item-update">
          <Title3 as="h2">{text.say('itemHeading')}</Title3>
          {asked.phase === 'loading' ? <Spinner size="small" label={text.say('itemLoading')} /> : null}
          {asked.phase === 'failed' ? (
            <ProblemBar
              problem={asked.problem}
              actions={
                <>
                  <Button onClick={() => setItemAttempt((n) => n + 1)}>{text.say('tryAgain')}</Button>
                  {props.onBackToRisks === undefined ? null : <Button onClick={props.onBackToRisks}>{text.say('backToRisks')}</Button>}
                </>
              }
            />
          ) : null}
          {forItem === undefined ? null : <div key={forItem.id}>{cardFor(forItem, forItem.draft === undefined)}</div>}
        </section>
      )}
      {list !== undefined && ordered.length === 0 && forItem === undefined ? <Text data-testid="no-suggestions">{text.say('empty')}</Text> : null}
      {rest.length === 0 ? null : (
        <ul className={styles.list} aria-label={text.say('listLabel')}>
          {rest.map((suggestion) => (
            <li key={suggestion.id}>{cardFor(suggestion, false)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
