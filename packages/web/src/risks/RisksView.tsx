import {
  Avatar,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Spinner,
  Text,
  Title1,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, PersonSwapRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { Problem, RiskReport } from '@upfront/contracts';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client.js';
import { ProblemBar } from '../ui/ProblemBar.js';
import { countByState, hasTrouble, STATE_ORDER, toRiskGroups } from './group-risks.js';
import { formatInZone } from './format.js';
import { RiskItem } from './RiskItem.js';
import { useRisks } from './use-risks.js';
import { usePreferences, type PreferenceEditing } from '../preferences/use-preferences.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  headingRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: {
    margin: 0,
    '@media (max-width: 480px)': { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600 },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  person: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  personText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  habit: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  habitIcon: { color: tokens.colorBrandForeground2, fontSize: '20px', flexShrink: 0, marginTop: '1px' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  count: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  skeletonCard: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

export interface RisksViewProps {
  api: ApiClient;
  getToken: () => Promise<string>;
  horizonDays: number;
  locale: string;
  /** Present in the demo outside Teams: forget the person and go back to the sign-in. */
  onSwitchPerson?: () => void;
  /** Called when the server rejects the token (401). */
  onUnauthorized: () => void;
  /** Present in Teams/Outlook: opens the host's consent pop-up. */
  onConsent?: () => Promise<void>;
}

/** The home view: the person's commitments, grouped by how likely they are to slip, each with its reasons. */
export function RisksView(props: RisksViewProps) {
  const styles = useStyles();
  const { state, reload } = useRisks(props.api, props.getToken, props.horizonDays);
  const editing = usePreferences(props.api, props.getToken, reload);
  const { onUnauthorized } = props;
  const unauthorized = state.phase === 'failed' && state.problem.status === 401;
  useEffect(() => {
    if (unauthorized) onUnauthorized();
  }, [unauthorized, onUnauthorized]);

  const report = state.phase === 'loading' ? undefined : state.report;
  const refreshing = state.phase === 'loaded' && state.refreshing;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.headingRow}>
          <Title1 as="h1" className={styles.heading}>
            Your commitments
          </Title1>
          <div className={styles.actions}>
            <Button
              icon={refreshing ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
              disabled={state.phase === 'loading' || refreshing}
              onClick={reload}
            >
              Refresh
            </Button>
            {props.onSwitchPerson === undefined ? null : (
              <Button icon={<PersonSwapRegular />} onClick={props.onSwitchPerson}>
                Switch person
              </Button>
            )}
          </div>
        </div>
        {report === undefined ? null : <PersonLine report={report} locale={props.locale} />}
        <div className={styles.habit}>
          <ShieldCheckmarkRegular className={styles.habitIcon} aria-hidden="true" />
          <Text size={300}>
            <strong>Promise only what you can deliver.</strong> Upfront checks each commitment due in the next {props.horizonDays}{' '}
            days against the free hours in your calendar, so you can warn people before a deadline slips, not after.
          </Text>
        </div>
      </header>

      {state.phase === 'failed' ? <FailureBar {...props} problem={state.problem} reload={reload} /> : null}
      {state.phase === 'loading' ? <LoadingList /> : null}
      {report === undefined ? null : <RiskGroups report={report} locale={props.locale} horizonDays={props.horizonDays} editing={editing} />}
    </div>
  );
}

function PersonLine(props: { report: RiskReport; locale: string }) {
  const styles = useStyles();
  const { user, generatedAt } = props.report;
  return (
    <div className={styles.person}>
      <Avatar name={user.displayName} color="colorful" size={36} aria-hidden="true" />
      <div className={styles.personText}>
        <Text weight="semibold">{user.displayName}</Text>
        <Caption1 className={styles.muted}>
          {user.city} time ({user.timeZone}) · checked {formatInZone(generatedAt, user.timeZone, props.locale)}
        </Caption1>
      </div>
    </div>
  );
}

function RiskGroups(props: { report: RiskReport; locale: string; horizonDays: number; editing: PreferenceEditing }) {
  const styles = useStyles();
  const { items, user } = props.report;
  if (items.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Nothing due in the next {props.horizonDays} days</MessageBarTitle>
          When a task in To Do or Planner has a due date, Upfront checks it against your calendar here.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const counts = countByState(items);
  const groups = toRiskGroups(items);
  return (
    <>
      {hasTrouble(items) ? null : (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Everything fits</MessageBarTitle>
            Your free hours cover all of these. You can promise them with confidence.
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.counts} aria-label="Commitments by state">
        {STATE_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <li key={s} className={styles.count}>
            {counts[s]} {groups.find((g) => g.state === s)?.label.toLowerCase()}
          </li>
        ))}
      </ul>
      {groups.map((group) => (
        <section key={group.state} className={styles.group} aria-labelledby={`group-${group.state}`}>
          <h2 id={`group-${group.state}`} className={styles.groupHeading}>
            {group.label} ({group.items.length})
          </h2>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <RiskItem key={item.id} item={item} userTimeZone={user.timeZone} locale={props.locale} editing={props.editing} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function FailureBar(props: RisksViewProps & { problem: Problem; reload: () => void }) {
  const [consenting, setConsenting] = useState(false);
  const [consentProblem, setConsentProblem] = useState<Problem | undefined>();
  const { problem, reload, onConsent } = props;
  if (problem.code === 'AUTH_CONSENT_REQUIRED') {
    const grant = async () => {
      if (onConsent === undefined) return;
      setConsenting(true);
      setConsentProblem(undefined);
      try {
        await onConsent();
        reload();
      } catch (error) {
        // Closed pop-up, declined consent, or a host that cannot open it: say so, and keep the button.
        setConsentProblem({
          type: 'about:blank',
          title: 'Permissions not granted',
          status: 0,
          detail: `The permission window did not finish (${error instanceof Error ? error.message : String(error)}).`,
          code: 'AUTH_CONSENT_INCOMPLETE',
        });
      } finally {
        setConsenting(false);
      }
    };
    return (
      <>
        <ProblemBar
          problem={problem}
          intent="warning"
          actions={
            onConsent === undefined ? (
              <Button onClick={reload}>Try again</Button>
            ) : (
              <Button appearance="primary" disabled={consenting} onClick={() => void grant()}>
                Grant permissions
              </Button>
            )
          }
        />
        {consentProblem === undefined ? null : <ProblemBar problem={consentProblem} />}
      </>
    );
  }
  if (problem.status === 401 && props.onSwitchPerson !== undefined) return null; // back to sign-in
  return <ProblemBar problem={problem} actions={<Button onClick={reload}>Try again</Button>} />;
}

function LoadingList() {
  const styles = useStyles();
  return (
    <div aria-busy="true">
      <Spinner size="small" labelPosition="after" label="Reading your calendar and tasks…" />
      {[0, 1, 2].map((n) => (
        <Skeleton key={n} aria-hidden="true" className={styles.skeletonCard}>
          <SkeletonItem shape="rectangle" size={16} style={{ width: '30%' }} />
          <SkeletonItem shape="rectangle" size={20} />
          <SkeletonItem shape="rectangle" size={12} style={{ width: '70%' }} />
        </Skeleton>
      ))}
    </div>
  );
}
