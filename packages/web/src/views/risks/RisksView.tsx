import {
  Avatar,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Skeleton,
  SkeletonItem,
  Spinner,
  Text,
  Title1,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowTurnDownRightRegular,
  ArrowUndoRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  DismissRegular,
  PersonSwapRegular,
  ShieldCheckmarkRegular,
} from '@fluentui/react-icons';
import type { ItemMarkRequest, ItemRisk, Problem, RiskReport, RiskState } from '@upfront/contracts';
import { RISKS_TEXT, type Messages, type RisksTextId } from '@upfront/core';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { toProblem, type ApiClient } from '../../api/client.js';
import { useNow } from '../../auth/use-now.js';
import { createTabFormatter, type TabFormatter } from '../../format/create-tab-formatter.js';
import { createTabWords } from '../../format/create-tab-words.js';
import { FormatterContext, useFormatter } from '../../format/use-formatter.js';
import { useWords, WordsContext } from '../../format/use-words.js';
import { usePreferences, type PreferenceEditing } from '../../preferences/use-preferences.js';
import { useText } from '../../text/use-text.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { countByState, filterSections, hasTrouble, isInTrouble, splitMarked, STATE_KEY, STATE_ORDER, toListOrder, toRiskSections } from './group-risks.js';
import type { ItemActionHandlers } from './ItemActions.js';
import { RiskItem } from './RiskItem.js';
import { STATE_LOOK } from './StateBadge.js';
import { useRisks } from './use-risks.js';

/** Remembered once the person dismissed the explanation of the four states (this browser only). */
export const INTRO_SEEN_KEY = 'upfront.risks.introSeen';
/** The horizon a report covers, in whole days (the words say "the next 14 days"). */
function horizonDaysOf(report: RiskReport): number {
  return Math.round((Date.parse(report.horizon.end) - Date.parse(report.horizon.start)) / 86_400_000);
}

/** What the words say before the first report arrives (the server's default). */
const DEFAULT_HORIZON_DAYS = 14;

/** A report older than this says so: the calendar may have changed since it was read. */
const STALE_AFTER_MS = 15 * 60_000;

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
  introList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  'icon-overdue': { color: tokens.colorPaletteRedForeground1 },
  'icon-off-track': { color: tokens.colorPaletteDarkOrangeForeground1 },
  'icon-at-risk': { color: tokens.colorPaletteMarigoldForeground1 },
  'icon-on-track': { color: tokens.colorPaletteGreenForeground1 },
  'icon-later': { color: tokens.colorNeutralForeground3 },
  'icon-no-due-date': { color: tokens.colorNeutralForeground3 },
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
  markedRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  markedText: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  markedToggle: { alignSelf: 'flex-start', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  skeletonCard: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

export interface RisksViewProps {
  api: ApiClient;
  getToken: () => Promise<string>;
  /** Days ahead; undefined asks the server for the user's stored horizon (Settings). */
  horizonDays?: number;
  locale: string;
  /** Present in the demo outside Teams: forget the person and go back to the sign-in. */
  onSwitchPerson?: () => void;
  /** Called when the server rejects the token (401). */
  onUnauthorized: () => void;
  /** Present in Teams/Outlook: opens the host's consent pop-up. */
  onConsent?: () => Promise<void>;
}

/** Where focus goes once the list has re-rendered: an item's heading, the marked section's toggle, or the view's heading. */
type FocusTarget = { kind: 'item'; itemId: string } | { kind: 'marked' } | { kind: 'heading' };

function focusTarget(target: FocusTarget): boolean {
  const selector =
    target.kind === 'item' ? `[data-item-heading="${CSS.escape(target.itemId)}"]` : target.kind === 'marked' ? '[data-testid="marked-toggle"]' : '[data-testid="risks-heading"]';
  const element = document.querySelector<HTMLElement>(selector);
  element?.focus();
  return element !== null;
}

/** Whether the person already dismissed the explanation of the states (storage may be off in a host frame: then not). */
function readIntroSeen(): boolean {
  try {
    return window.localStorage.getItem(INTRO_SEEN_KEY) === '1';
  } catch {
    // Storage blocked (third-party frame, private mode): the explanation shows again, which is harmless.
    return false;
  }
}

function writeIntroSeen(): void {
  try {
    window.localStorage.setItem(INTRO_SEEN_KEY, '1');
  } catch {
    // Storage blocked: dismissed for this visit only (the view's state still hides it).
  }
}

/** The home view: the person's commitments, grouped by what needs doing, each with its reasons and actions. */
export function RisksView(props: RisksViewProps) {
  const styles = useStyles();
  const text = useText(RISKS_TEXT);
  const announce = useAnnounce();
  const { state, reload, patchItem, loads } = useRisks(props.api, props.getToken, props.horizonDays, props.locale, text);
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

  // Every finished load the person asked for (the first, Refresh, Try again) is announced.
  const announceLoad = useRef(true);
  const seenLoads = useRef(0);
  useEffect(() => {
    if (loads === seenLoads.current) return;
    seenLoads.current = loads;
    if (!announceLoad.current) return;
    announceLoad.current = false;
    if (state.phase === 'loaded') {
      const open = splitMarked(state.report.items).open;
      announce(text.say('announceLoaded', { count: open.filter((i) => isInTrouble(i.state)).length }));
    } else if (state.phase === 'failed') {
      announce(text.say('announceFailed', { detail: state.problem.detail }), 'assertive');
    }
  }, [loads, state, announce, text]);
  const refresh = useCallback(() => {
    announceLoad.current = true;
    reload(true);
  }, [reload]);

  const [introSeen, setIntroSeen] = useState(readIntroSeen);
  const dismissIntro = () => {
    writeIntroSeen();
    setIntroSeen(true);
    focusTarget({ kind: 'heading' });
  };
  const nowMs = useNow(60_000);
  const days = report === undefined ? (props.horizonDays ?? DEFAULT_HORIZON_DAYS) : horizonDaysOf(report);
  const stale = report !== undefined && (state.phase === 'failed' || nowMs - Date.parse(report.generatedAt) > STALE_AFTER_MS);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.headingRow}>
          <Title1 as="h1" className={styles.heading} tabIndex={-1} data-testid="risks-heading">
            {text.say('heading')}
          </Title1>
          <div className={styles.actions}>
            <Button
              icon={refreshing ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
              // Focusable while it works, so focus stays where the person pressed it.
              disabledFocusable={state.phase === 'loading' || refreshing}
              onClick={refresh}
            >
              {text.say('refresh')}
            </Button>
            {props.onSwitchPerson === undefined ? null : (
              <Button icon={<PersonSwapRegular />} onClick={props.onSwitchPerson}>
                {text.say('switchPerson')}
              </Button>
            )}
          </div>
        </div>
        {report === undefined || format === undefined ? null : (
          <FormatterContext.Provider value={format}>
            <PersonLine report={report} text={text} />
          </FormatterContext.Provider>
        )}
        <div className={styles.habit}>
          <ShieldCheckmarkRegular className={styles.habitIcon} aria-hidden="true" />
          <Text size={300}>
            <strong>{text.say('habitLead')}</strong> {text.say('habitBody', { days })}
          </Text>
        </div>
        {introSeen ? null : (
          <MessageBar intent="info" layout="multiline" data-testid="states-intro">
            <MessageBarBody>
              <MessageBarTitle>{text.say('introTitle')}</MessageBarTitle>
              <ul className={styles.introList}>
                <li>{text.say('introOverdue')}</li>
                <li>{text.say('introOffTrack')}</li>
                <li>{text.say('introAtRisk')}</li>
                <li>{text.say('introOnTrack')}</li>
              </ul>
            </MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label={text.say('dismiss')} onClick={dismissIntro} />}
            >
              <Button size="small" onClick={dismissIntro}>
                {text.say('introDismiss')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </header>

      {state.phase === 'failed' ? <FailureBar {...props} problem={state.problem} reload={refresh} text={text} /> : null}
      {stale && format !== undefined && report !== undefined ? (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody>
            <MessageBarTitle>{text.say('staleTitle')}</MessageBarTitle>
            {text.say('staleBody', { moment: format.moment(report.generatedAt, report.user.timeZone) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={refresh} disabledFocusable={refreshing}>
              {text.say('refresh')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.phase === 'loading' ? <LoadingList label={text.say('loading')} /> : null}
      {report === undefined || format === undefined || words === undefined ? null : (
        <FormatterContext.Provider value={format}>
          <WordsContext.Provider value={words}>
            <RiskSectionsView report={report} horizonDays={days} editing={editing} api={props.api} getToken={props.getToken} patchItem={patchItem} format={format} />
          </WordsContext.Provider>
        </FormatterContext.Provider>
      )}
    </div>
  );
}

function PersonLine(props: { report: RiskReport; text: Messages<RisksTextId> }) {
  const styles = useStyles();
  const format = useFormatter();
  const { user, generatedAt } = props.report;
  return (
    <div className={styles.person}>
      <Avatar name={user.displayName} color="colorful" size={36} aria-hidden="true" />
      <div className={styles.personText}>
        <Text weight="semibold">{user.displayName}</Text>
        <Caption1 className={styles.muted}>{props.text.say('personLine', { city: user.city, moment: format.moment(generatedAt, user.timeZone) })}</Caption1>
      </div>
    </div>
  );
}

interface SectionsProps {
  report: RiskReport;
  horizonDays: number;
  editing: PreferenceEditing;
  api: ApiClient;
  getToken: () => Promise<string>;
  patchItem: (itemId: string, change: (item: ItemRisk) => ItemRisk) => void;
  format: TabFormatter;
}

function RiskSectionsView(props: SectionsProps) {
  const words = useWords();
  const text = useText(RISKS_TEXT);
  const announce = useAnnounce();
  const styles = useStyles();
  const { report, format, patchItem, api, getToken, horizonDays } = props;
  const { items } = report;
  const { open, marked } = useMemo(() => splitMarked(items), [items]);
  const all = useMemo(() => toRiskSections(open), [open]);
  const [filter, setFilter] = useState<ReadonlySet<RiskState>>(new Set());
  const sections = useMemo(() => filterSections(all, filter), [all, filter]);
  const titles = useMemo(() => new Map(items.map((i) => [i.id, i.title])), [items]);
  const titleOf = useCallback((id: string) => titles.get(id), [titles]);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [markedOpen, setMarkedOpen] = useState(false);
  const pendingFocus = useRef<FocusTarget | undefined>(undefined);
  const nowMs = useNow(60_000);

  // After an item leaves or comes back, focus moves once the list shows the change.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === undefined) return;
    pendingFocus.current = undefined;
    if (!focusTarget(target)) focusTarget({ kind: 'heading' });
  });

  const failed = useCallback(
    (error: unknown) => {
      const found = toProblem(error, text.say('unexpected'));
      setProblem(found);
      announce(text.say('announceFailed', { detail: found.detail }), 'assertive');
    },
    [announce, text],
  );

  const handlers = useMemo<ItemActionHandlers>(
    () => ({
      timeZone: report.user.timeZone,
      nowMs,
      async mark(item: ItemRisk, request: ItemMarkRequest) {
        setProblem(undefined);
        try {
          const saved = await api.saveItemMark(await getToken(), item.id, request, horizonDays);
          // The item leaves the list: focus goes to the next one shown (or the one before), else to the marked section.
          const order = toListOrder(sections);
          const at = order.findIndex((i) => i.id === item.id);
          const next = order[at + 1] ?? order[at - 1];
          pendingFocus.current = next === undefined ? { kind: 'marked' } : { kind: 'item', itemId: next.id };
          patchItem(item.id, (i) => ({ ...i, mark: saved }));
          announce(
            saved.kind === 'snoozed'
              ? text.say('announceSnoozed', { title: item.title, moment: format.moment(saved.until, report.user.timeZone) })
              : text.say('announceDone', { title: item.title }),
          );
        } catch (error) {
          failed(error);
        }
      },
    }),
    [api, getToken, horizonDays, sections, patchItem, announce, text, format, report.user.timeZone, nowMs, failed],
  );

  const undo = async (item: ItemRisk) => {
    setProblem(undefined);
    try {
      await api.deleteItemMark(await getToken(), item.id);
      // Back in the list: a filter that would hide it is lifted, and focus goes to its heading.
      if (filter.size > 0 && !filter.has(item.state)) setFilter(new Set());
      pendingFocus.current = { kind: 'item', itemId: item.id };
      patchItem(item.id, ({ mark: _mark, ...rest }) => rest);
      announce(text.say('announceUndone', { title: item.title }));
    } catch (error) {
      failed(error);
    }
  };

  const toggle = (state: RiskState) => {
    const next = new Set(filter);
    if (next.has(state)) next.delete(state);
    else next.add(state);
    setFilter(next);
    const shown = toListOrder(filterSections(all, next)).length;
    announce(next.size === 0 ? text.say('announceShowAll') : text.say('announceFilter', { count: shown }));
  };
  const showAll = () => {
    setFilter(new Set());
    announce(text.say('announceShowAll'));
  };

  if (items.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="empty">
        <MessageBarBody>
          <MessageBarTitle>{text.say('emptyTitle', { days: horizonDays })}</MessageBarTitle>
          {text.say('emptyBody')}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const counts = countByState(open);
  const card = (item: ItemRisk, nested = false, pushes = 0) => (
    <RiskItem item={item} editing={props.editing} titleOf={titleOf} nested={nested} pushesCount={pushes} actions={handlers} />
  );
  const shownCount = toListOrder(sections).length;
  return (
    <>
      {report.autoRepliesOn ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.say('autoRepliesTitle')}</MessageBarTitle>
            {text.say('autoRepliesBody')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {hasTrouble(open) ? null : (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text.say('allFitTitle')}</MessageBarTitle>
            {text.say('allFitBody', { days: horizonDays })}
          </MessageBarBody>
        </MessageBar>
      )}
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      {open.length === 0 ? null : (
        <div className={styles.filters} role="toolbar" aria-label={text.say('countsLabel')} data-testid="state-filters">
          {STATE_ORDER.filter((s) => counts[s] > 0).map((s) => {
            const Icon = STATE_LOOK[s].icon;
            return (
              <ToggleButton
                key={s}
                size="small"
                shape="circular"
                checked={filter.has(s)}
                icon={<span className={styles[`icon-${s}`]}>{Icon}</span>}
                onClick={() => toggle(s)}
                data-state={s}
              >
                {text.say('stateCount', { state: STATE_KEY[s], count: counts[s] })}
              </ToggleButton>
            );
          })}
          <ToggleButton size="small" shape="circular" appearance="subtle" checked={filter.size === 0} onClick={showAll} data-testid="show-all">
            {text.say('showAll')}
          </ToggleButton>
        </div>
      )}
      {filter.size > 0 && shownCount === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{text.say('filterEmpty')}</MessageBarBody>
        </MessageBar>
      ) : null}

      {sections.groups.length === 0 ? null : (
        <section className={styles.group} aria-labelledby="section-attention" data-testid="section-attention">
          <h2 id="section-attention" className={styles.groupHeading}>
            {text.say('attentionHeading', { count: sections.groups.length })}
          </h2>
          <Caption1 className={styles.muted}>{text.say('attentionHint')}</Caption1>
          <ul className={styles.list}>
            {sections.groups.map((group) => (
              <li key={group.root.id} className={styles.rootGroup} data-testid={group.consequences.length > 0 ? 'root-group' : 'single-problem'}>
                {card(group.root, false, group.consequences.length)}
                {group.consequences.length === 0 ? null : (
                  <section
                    className={styles.consequences}
                    aria-label={text.say('consequencesLabel', { pushes: words.pushes(group.consequences), title: group.root.title })}
                  >
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
      <PlainSection id="on-track" heading={text.say('onTrackHeading', { count: sections.onTrack.length })} items={sections.onTrack} card={card} />
      <PlainSection
        id="later"
        heading={text.say('laterHeading', { days: horizonDays, count: sections.later.length })}
        hint={text.say('laterHint')}
        items={sections.later}
        card={card}
      />
      <PlainSection id="no-due-date" heading={text.say('noDueDateHeading', { count: sections.noDueDate.length })} items={sections.noDueDate} card={card} />

      {marked.length === 0 ? null : (
        <section className={styles.group} aria-labelledby="section-marked" data-testid="section-marked">
          <h2 id="section-marked" className={styles.groupHeading}>
            <Button
              appearance="transparent"
              className={styles.markedToggle}
              icon={markedOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
              aria-expanded={markedOpen}
              aria-controls="marked-list"
              onClick={() => setMarkedOpen((o) => !o)}
              data-testid="marked-toggle"
            >
              {text.say('markedHeading', { count: marked.length })}
            </Button>
          </h2>
          <ul className={styles.list} id="marked-list" hidden={!markedOpen}>
            {marked.map((item) => (
              <li key={item.id} className={mergeClasses(styles.plain, styles.markedRow)} data-testid="marked-item" data-item-id={item.id}>
                <span className={styles.markedText}>
                  <Text weight="semibold">{item.title}</Text>
                  <Caption1 className={styles.muted}>
                    {item.mark?.kind === 'snoozed'
                      ? text.say('markedSnoozed', { moment: format.moment(item.mark.until, report.user.timeZone) })
                      : text.say('markedDone')}
                  </Caption1>
                </span>
                <Button size="small" icon={<ArrowUndoRegular />} aria-label={text.say('undoLabel', { title: item.title })} onClick={() => void undo(item)}>
                  {text.say('undo')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function PlainSection(props: { id: string; heading: string; hint?: string; items: ItemRisk[]; card: (item: ItemRisk) => ReactElement }) {
  const styles = useStyles();
  if (props.items.length === 0) return null;
  return (
    <section className={styles.group} aria-labelledby={`section-${props.id}`} data-testid={`section-${props.id}`}>
      <h2 id={`section-${props.id}`} className={styles.groupHeading}>
        {props.heading}
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

function FailureBar(props: RisksViewProps & { problem: Problem; reload: () => void; text: Messages<RisksTextId> }) {
  const [consenting, setConsenting] = useState(false);
  const [consentProblem, setConsentProblem] = useState<Problem | undefined>();
  const { problem, reload, onConsent, text } = props;
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
          title: text.say('consentFailedTitle'),
          status: 0,
          detail: text.say('consentFailedDetail', { reason: error instanceof Error ? error.message : String(error) }),
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
              <Button onClick={reload}>{text.say('tryAgain')}</Button>
            ) : (
              <Button appearance="primary" disabled={consenting} onClick={() => void grant()}>
                {text.say('grantPermissions')}
              </Button>
            )
          }
        />
        {consentProblem === undefined ? null : <ProblemBar problem={consentProblem} />}
      </>
    );
  }
  if (problem.status === 401 && props.onSwitchPerson !== undefined) return null; // back to sign-in
  return <ProblemBar problem={problem} actions={<Button onClick={reload}>{text.say('tryAgain')}</Button>} />;
}

function LoadingList(props: { label: string }) {
  const styles = useStyles();
  return (
    <div aria-busy="true">
      <Spinner size="small" labelPosition="after" label={props.label} />
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
