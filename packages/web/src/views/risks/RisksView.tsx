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
  mergeClasses,
  Title1,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, ArrowTurnDownRightRegular, PersonSwapRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { ItemRisk, Problem, RiskReport } from '@upfront/contracts';
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import type { ApiClient } from '../../api/client.js';
import { createTabFormatter } from '../../format/create-tab-formatter.js';
import { createTabWords } from '../../format/create-tab-words.js';
import { FormatterContext, useFormatter } from '../../format/use-formatter.js';
import { useWords, WordsContext } from '../../format/use-words.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { countByState, hasTrouble, STATE_LABEL, STATE_ORDER, toRiskSections } from './group-risks.js';
import { RiskItem } from './RiskItem.js';
import { useRisks } from './use-risks.js';
import { usePreferences, type PreferenceEditing } from '../../preferences/use-preferences.js';

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
  'count-overdue': { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightSemibold },
  'count-off-track': {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  'count-at-risk': { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  'count-on-track': { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorNeutralForeground1 },
  'count-later': {},
  'count-no-due-date': {},
  rootGroup: { listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  plain: { listStyleType: 'none' },
  consequences: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginInlineStart: tokens.spacingHorizontalL,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    '@media (max-width: 480px)': { marginInlineStart: tokens.spacingHorizontalS, paddingInlineStart: tokens.spacingHorizontalS },
  },
  consequencesHeading: {
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
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
  const { state, reload } = useRisks(props.api, props.getToken, props.horizonDays, props.locale);
  const editing = usePreferences(props.api, props.getToken, reload);
  const { onUnauthorized } = props;
  const unauthorized = state.phase === 'failed' && state.problem.status === 401;
  useEffect(() => {
    if (unauthorized) onUnauthorized();
  }, [unauthorized, onUnauthorized]);

  const report = state.phase === 'loading' ? undefined : state.report;
  const refreshing = state.phase === 'loaded' && state.refreshing;
  // One formatter per report: its locale (the one the server wrote the report's texts in) and its clock.
  const format = useMemo(() => (report === undefined ? undefined : createTabFormatter(report.locale, report.generatedAt)), [report]);
  // Its words: flags, effort bases and the date to promise in the same catalogue the server writes summaries with.
  const words = useMemo(() => (report === undefined ? undefined : createTabWords(report)), [report]);

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
        {report === undefined || format === undefined ? null : (
          <FormatterContext.Provider value={format}>
            <PersonLine report={report} />
          </FormatterContext.Provider>
        )}
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
      {report === undefined || format === undefined || words === undefined ? null : (
        <FormatterContext.Provider value={format}>
          <WordsContext.Provider value={words}>
            <RiskSectionsView report={report} horizonDays={props.horizonDays} editing={editing} />
          </WordsContext.Provider>
        </FormatterContext.Provider>
      )}
    </div>
  );
}

function PersonLine(props: { report: RiskReport }) {
  const styles = useStyles();
  const format = useFormatter();
  const { user, generatedAt } = props.report;
  return (
    <div className={styles.person}>
      <Avatar name={user.displayName} color="colorful" size={36} aria-hidden="true" />
      <div className={styles.personText}>
        <Text weight="semibold">{user.displayName}</Text>
        <Caption1 className={styles.muted}>
          {user.city} time · checked {format.moment(generatedAt, user.timeZone)}
        </Caption1>
      </div>
    </div>
  );
}

function RiskSectionsView(props: { report: RiskReport; horizonDays: number; editing: PreferenceEditing }) {
  const words = useWords();
  const styles = useStyles();
  const { items } = props.report;
  const sections = useMemo(() => toRiskSections(items), [items]);
  const titles = useMemo(() => new Map(items.map((i) => [i.id, i.title])), [items]);
  const titleOf = useCallback((id: string) => titles.get(id), [titles]);
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
  const card = (item: ItemRisk, nested = false, pushes = 0) => (
    <RiskItem item={item} editing={props.editing} titleOf={titleOf} nested={nested} pushesCount={pushes} />
  );
  return (
    <>
      {props.report.autoRepliesOn ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Your automatic replies are on</MessageBarTitle>
            They have no end date, so Upfront does not treat you as away: it counts only the time your calendar shows as
            away. Turn them off in Outlook when you are back.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {hasTrouble(items) ? null : (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Everything fits</MessageBarTitle>
            Your free hours cover everything due in the next {props.horizonDays} days. You can promise these with confidence.
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.counts} aria-label="Commitments by state">
        {STATE_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <li key={s} className={mergeClasses(styles.count, styles[`count-${s}`])}>
            {counts[s]} {STATE_LABEL[s].toLowerCase()}
          </li>
        ))}
      </ul>

      {sections.groups.length === 0 ? null : (
        <section className={styles.group} aria-labelledby="section-attention" data-testid="section-attention">
          <h2 id="section-attention" className={styles.groupHeading}>
            Needs your attention ({sections.groups.length === 1 ? '1 problem' : `${sections.groups.length} problems`})
          </h2>
          <Caption1 className={styles.muted}>Root causes first: fix the item at the top of a group and the items under it fit again.</Caption1>
          <ul className={styles.list}>
            {sections.groups.map((group) => (
              <li key={group.root.id} className={styles.rootGroup} data-testid={group.consequences.length > 0 ? 'root-group' : 'single-problem'}>
                {card(group.root, false, group.consequences.length)}
                {group.consequences.length === 0 ? null : (
                  <section className={styles.consequences} aria-label={`${words.pushes(group.consequences)}: consequences of ${group.root.title}`}>
                    <h3 className={styles.consequencesHeading}>
                      <ArrowTurnDownRightRegular aria-hidden="true" /> {words.pushes(group.consequences)}
                    </h3>
                    <ul className={styles.list}>
                      {group.consequences.map((item) => (
                        <li key={item.id} className={styles.plain}>
                          {card(item, true)}
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <PlainSection id="on-track" heading="On track" items={sections.onTrack} card={card} />
      <PlainSection
        id="later"
        heading={`Later: due after the next ${props.horizonDays} days`}
        hint="Not judged yet: Upfront checks them against your calendar once they come within reach."
        items={sections.later}
        card={card}
      />
      <PlainSection id="no-due-date" heading="No due date" items={sections.noDueDate} card={card} />
    </>
  );
}

function PlainSection(props: { id: string; heading: string; hint?: string; items: ItemRisk[]; card: (item: ItemRisk) => ReactElement }) {
  const styles = useStyles();
  if (props.items.length === 0) return null;
  return (
    <section className={styles.group} aria-labelledby={`section-${props.id}`} data-testid={`section-${props.id}`}>
      <h2 id={`section-${props.id}`} className={styles.groupHeading}>
        {props.heading} ({props.items.length})
      </h2>
      {props.hint === undefined ? null : <Caption1 className={styles.muted}>{props.hint}</Caption1>}
      <ul className={styles.list}>
        {props.items.map((item) => (
          <li key={item.id} className={styles.plain}>
            {props.card(item)}
          </li>
        ))}
      </ul>
    </section>
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
