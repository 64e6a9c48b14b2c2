import { Button, makeStyles, Skeleton, SkeletonItem, Text, Title2, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { UpdatesClient } from '../../api/updates-client.js';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { DigestPanel } from './DigestPanel.js';
import { orderSuggestions } from './order-suggestions.js';
import { SuggestionCard } from './SuggestionCard.js';
import { useSuggestions } from './use-suggestions.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  headingRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

/** The updates Upfront suggests, ready to draft in Outlook, and the weekly digest's settings. */
export function UpdatesView(props: { client: UpdatesClient; getToken: () => Promise<string>; horizonDays: number; locale: string }) {
  const styles = useStyles();
  const { state, actions } = useSuggestions(props.client, props.getToken, props.horizonDays);
  const list = state.phase === 'loading' ? undefined : state.list;
  const ordered = useMemo(() => (list === undefined ? [] : orderSuggestions(list.value)), [list]);
  const format = useMemo(() => createTabFormatter(props.locale, list?.generatedAt ?? new Date().toISOString()), [props.locale, list]);
  const userZone = list?.timeZone ?? 'UTC';

  return (
    <div className={styles.root}>
      <header>
        <div className={styles.headingRow}>
          <Title2 as="h1" className={styles.heading}>
            Updates to send
          </Title2>
          <Button icon={<ArrowClockwiseRegular />} onClick={actions.reload} disabled={state.phase === 'loading' || (state.phase === 'loaded' && state.refreshing)}>
            Refresh
          </Button>
        </div>
        <Text className={styles.muted}>
          Each one is written in its reader’s language and timed for their working hours. Upfront only drafts: you read,
          change and send.
        </Text>
      </header>
      {state.phase === 'failed' ? <ProblemBar problem={state.problem} actions={<Button onClick={actions.reload}>Try again</Button>} /> : null}
      {state.phase === 'loading' ? (
        <Skeleton aria-label="Loading the suggested updates">
          <SkeletonItem size={96} />
        </Skeleton>
      ) : null}
      {list !== undefined && ordered.length === 0 ? (
        <Text data-testid="no-suggestions">Nothing to send right now: everyone who depends on you knows where things stand.</Text>
      ) : null}
      {ordered.length === 0 ? null : (
        <ul className={styles.list} aria-label="Suggested updates">
          {ordered.map((suggestion) => (
            <li key={suggestion.id}>
              <SuggestionCard
                suggestion={suggestion}
                format={format}
                userZone={userZone}
                onDraft={(edits) => actions.draft(suggestion.id, edits)}
                onSnooze={(until) => actions.snooze(suggestion.id, until)}
                onDismiss={() => actions.dismiss(suggestion.id)}
              />
            </li>
          ))}
        </ul>
      )}
      <DigestPanel client={props.client} getToken={props.getToken} locale={props.locale} />
    </div>
  );
}
