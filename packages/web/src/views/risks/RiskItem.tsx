import { Badge, Button, Card, Link, makeStyles, mergeClasses, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import {
  AirplaneTakeOffRegular,
  BranchForkRegular,
  CalendarCancelRegular,
  CalendarErrorRegular,
  CalendarLtrRegular,
  ErrorCircleFilled,
  ChevronDownRegular,
  ChevronUpRegular,
  GlobeClockRegular,
  HandshakeRegular,
  HourglassHalfRegular,
  MailClockRegular,
  PeopleRegular,
  TimerRegular,
} from '@fluentui/react-icons';
import type { ItemRisk, RiskFlag, RiskState } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useNow } from '../../auth/use-now.js';
import { useFormatter } from '../../format/use-formatter.js';
import { useWords } from '../../format/use-words.js';
import { useText } from '../../text/use-text.js';
import { EffortAdjust } from '../../preferences/EffortAdjust.js';
import { StakeholderSettings } from '../../preferences/StakeholderSettings.js';
import { toWorkedHolidayCandidate } from '../../preferences/stakeholder-preference.js';
import type { PreferenceEditing } from '../../preferences/use-preferences.js';
import { MarkedHolidayBar, WorkedHolidayAction } from '../../preferences/WorkedHolidayAction.js';
import { dayOffFlagOf, DeadlineList } from './DeadlineList.js';
import { isInTrouble } from './group-risks.js';
import { ItemActions, type ItemActionHandlers } from './ItemActions.js';
import { RiskExplanation } from './RiskExplanation.js';
import { StateBadge } from './StateBadge.js';

// Every kind of the contract has an icon; the index signature keeps a kind the server stopped sending harmless.
const FLAG_ICON: Readonly<Record<RiskFlag['kind'], ReactElement> & Record<string, ReactElement>> = {
  'waiting-on-others': <HourglassHalfRegular />,
  'away-before-deadline': <AirplaneTakeOffRegular />,
  'auto-replies-on': <MailClockRegular />,
  'non-working-day': <CalendarCancelRegular />,
  'time-zone-cliff': <GlobeClockRegular />,
  'due-date-mismatch': <CalendarErrorRegular />,
};

/** How grave a flag is: the time-zone cliff (the deadline already passed for someone) is the gravest. */
export type FlagSeverity = 'grave' | 'serious' | 'mild';

export const FLAG_SEVERITY: Readonly<Record<RiskFlag['kind'], FlagSeverity> & Record<string, FlagSeverity>> = {
  'time-zone-cliff': 'grave',
  'away-before-deadline': 'serious',
  'non-working-day': 'serious',
  'due-date-mismatch': 'serious',
  'waiting-on-others': 'mild',
  'auto-replies-on': 'mild',
};

/** Grave flags are solid red with an error icon, serious ones orange, mild ones yellow: a word says which, too. */
const FLAG_LOOK: Readonly<Record<FlagSeverity, { color: BadgeProps['color']; appearance: BadgeProps['appearance'] }>> = {
  grave: { color: 'danger', appearance: 'filled' },
  serious: { color: 'severe', appearance: 'tint' },
  mild: { color: 'warning', appearance: 'tint' },
};

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS, borderInlineStartWidth: '4px', borderInlineStartStyle: 'solid', borderInlineStartColor: 'transparent' },
  overdue: { borderInlineStartColor: tokens.colorPaletteRedBorderActive },
  'off-track': { borderInlineStartColor: tokens.colorPaletteDarkOrangeBorderActive },
  'at-risk': { borderInlineStartColor: tokens.colorPaletteYellowBorderActive },
  'on-track': { borderInlineStartColor: tokens.colorPaletteGreenBorder2 },
  later: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  'no-due-date': { borderInlineStartColor: tokens.colorNeutralStroke2 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: 'anywhere' },
  source: { color: tokens.colorNeutralForeground3 },
  summary: { color: tokens.colorNeutralForeground1 },
  promise: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  promiseLine: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  promiseIcon: { color: tokens.colorBrandForeground2, fontSize: '20px', flexShrink: 0 },
  promiseText: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  promiseOthers: { margin: 0, paddingInlineStart: '28px', listStyleType: 'none', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  cause: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  facts: { display: 'grid', rowGap: tokens.spacingVerticalXS, margin: 0 },
  fact: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'flex-start', minWidth: 0 },
  factIcon: { color: tokens.colorNeutralForeground3, fontSize: '16px', marginTop: '2px', flexShrink: 0 },
  factText: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere', margin: 0 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  flagRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  effortLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  people: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  flag: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'start', paddingBlock: '2px' },
  toggle: { alignSelf: 'flex-start', marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})` },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  severity: { fontWeight: tokens.fontWeightBold, marginInlineEnd: tokens.spacingHorizontalXS },
  person: { display: 'flex', flexDirection: 'column' },
  personNow: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px', borderRadius: tokens.borderRadiusSmall } },
});

export interface RiskItemProps {
  item: ItemRisk;
  editing: PreferenceEditing;
  /** Title of another item of the report, to name the items at the root of this one's cause. */
  titleOf: (id: string) => string | undefined;
  /** A consequence listed under its root: a quieter card, its effort, people and flags behind "Details". */
  nested?: boolean;
  /** How many items this one pushes off track, when it is the root of a group. */
  pushesCount?: number;
  /** Snooze, done for now (the view marks the item and moves focus). */
  actions: ItemActionHandlers;
}

/**
 * One commitment, one story: its state, the server's one-line summary, the date to promise (when it is not on
 * track), why (on its own, or earlier work), every stakeholder's deadline, flags, effort and people, and the same
 * figures behind "Show the numbers".
 */
export function RiskItem(props: RiskItemProps) {
  const { item } = props;
  const styles = useStyles();
  const words = useWords();
  const text = useText(RISKS_TEXT);
  const format = useFormatter();
  const nowMs = useNow(60_000);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const detailsId = useId();
  const source = [text.say(item.source === 'planner' ? 'sourcePlanner' : 'sourceTodo'), item.listName].filter(Boolean).join(' · ');
  const judged = item.state !== 'later' && item.state !== 'no-due-date';
  const promise = isInTrouble(item.state) && item.promise !== undefined ? words.promise(item.promise, item.stakeholders) : undefined;
  const cause = isInTrouble(item.state) ? words.cause(item, props.titleOf) : undefined;
  // A day-off flag whose deadline moved is told, with the new time and the person's style, in the deadline list.
  const explained = new Set(item.deadlines.filter((d) => d.moved !== undefined).map((d) => dayOffFlagOf(item, d)));
  const flags = item.flags.filter((f) => !explained.has(f));
  const nested = props.nested === true;
  const pushes = props.pushesCount ?? 0;
  const explains = judged && item.deadline !== undefined;
  // A consequence sits under its group's "Pushes these…" heading (h3), so its title is one level lower.
  const Heading = nested ? 'h4' : 'h3';

  const details = (
    <>
      {flags.length === 0 ? null : (
        <ul className={styles.flags} aria-label={text.say('flagsLabel')}>
          {flags.map((flag) => {
            const candidate = toWorkedHolidayCandidate(flag, item);
            const severity = FLAG_SEVERITY[flag.kind] ?? 'mild';
            const look = FLAG_LOOK[severity];
            return (
              <li key={flagKey(flag)} className={styles.flagRow}>
                <Badge
                  className={styles.flag}
                  appearance={look.appearance}
                  color={look.color}
                  shape="rounded"
                  icon={severity === 'grave' ? <ErrorCircleFilled /> : FLAG_ICON[flag.kind]}
                  data-testid="flag"
                  data-severity={severity}
                >
                  <span className={styles.severity}>{text.say('flagSeverity', { severity })}:</span>
                  {words.flag(flag, item.stakeholders)}
                </Badge>
                {candidate === undefined ? null : <WorkedHolidayAction item={item} candidate={candidate} editing={props.editing} />}
              </li>
            );
          })}
        </ul>
      )}
      <dl className={styles.facts}>
        <Fact icon={<TimerRegular />} term={text.say('factEffort')}>
          <span className={styles.effortLine}>
            <span title={words.effortBasis(item.effort.basis)}>{words.effort(item.effort)}</span>
            <EffortAdjust item={item} editing={props.editing} />
          </span>
        </Fact>
        {item.stakeholders.length === 0 ? null : (
          <Fact icon={<PeopleRegular />} term={text.say('factFor')}>
            <ul className={styles.people} aria-label={text.say('peopleLabel')}>
              {item.stakeholders.map((person) => (
                <li key={person.id} className={styles.person}>
                  <StakeholderSettings person={person} editing={props.editing} />
                  <span className={styles.personNow} data-testid="person-now">
                    {text.say('personNow', { time: format.time(nowMs, person.timeZone), city: person.city })}
                  </span>
                </li>
              ))}
            </ul>
          </Fact>
        )}
        {item.contributors.length === 0 ? null : (
          <Fact icon={<HandshakeRegular />} term={text.say('factWith')}>
            <span>
              {text.say('withPeople', { people: text.list(item.contributors.map((p) => text.say('personInCity', { name: p.displayName, city: p.city }))) })}
            </span>
          </Fact>
        )}
      </dl>
    </>
  );

  return (
    <article data-testid="risk-item" data-state={item.state} data-item-id={item.id} aria-labelledby={titleId}>
      <Card
        className={mergeClasses(styles.card, styles[item.state satisfies RiskState])}
        appearance={nested ? 'outline' : 'filled-alternative'}
        size={nested ? 'small' : 'medium'}
      >
        <div className={styles.top}>
          <StateBadge state={item.state} size={nested ? 'medium' : 'large'} />
          {pushes === 0 ? null : (
            <Badge size="large" shape="rounded" appearance="outline" color="important" icon={<BranchForkRegular />} data-testid="root-cause">
              {text.say('rootCause', { count: pushes })}
            </Badge>
          )}
          <Text size={200} className={styles.source}>
            {source}
          </Text>
        </div>
        <Heading className={mergeClasses(styles.title, styles.heading)} id={titleId} tabIndex={-1} data-item-heading={item.id}>
          {item.webUrl === undefined ? (
            item.title
          ) : (
            <Link href={item.webUrl} target="_blank" rel="noreferrer" inline>
              {item.title}
            </Link>
          )}
        </Heading>
        <Text className={styles.summary}>{item.summary}</Text>

        {promise === undefined ? null : (
          <div className={styles.promise} data-testid="promise">
            <span className={styles.promiseLine}>
              <HandshakeRegular className={styles.promiseIcon} aria-hidden="true" />
              <Text className={styles.promiseText}>{promise.headline}</Text>
            </span>
            {promise.others.length === 0 ? null : (
              <ul className={styles.promiseOthers} aria-label={text.say('promiseOthersLabel')}>
                {promise.others.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {cause === undefined ? null : (
          <Text className={styles.cause} data-testid="cause">
            {cause}
          </Text>
        )}

        {item.deadline === undefined && item.deadlines.length === 0 ? null : (
          <dl className={styles.facts}>
            <Fact icon={<CalendarLtrRegular />} term={text.say('factDue')}>
              <DeadlineList item={item} editing={props.editing} />
            </Fact>
          </dl>
        )}
        <MarkedHolidayBar item={item} editing={props.editing} />
        {nested ? null : details}
        {nested || explains ? (
          <>
            <Button
              className={styles.toggle}
              appearance="transparent"
              size="small"
              icon={open ? <ChevronUpRegular /> : <ChevronDownRegular />}
              aria-expanded={open}
              aria-controls={detailsId}
              onClick={() => setOpen((o) => !o)}
            >
              {text.say(nested ? (open ? 'hideDetails' : 'showDetails') : open ? 'hideNumbers' : 'showNumbers')}
            </Button>
            <div id={detailsId} hidden={!open} className={styles.details}>
              {open && nested ? details : null}
              {open && explains ? <RiskExplanation item={item} /> : null}
            </div>
          </>
        ) : null}
        <ItemActions item={item} handlers={props.actions} />
      </Card>
    </article>
  );
}

/** One key per flag of an item: its kind, and whom and which day it is about. */
function flagKey(flag: RiskFlag): string {
  switch (flag.kind) {
    case 'non-working-day':
      return `${flag.kind}-${flag.stakeholderId}-${flag.on}`;
    case 'time-zone-cliff':
    case 'due-date-mismatch':
      return `${flag.kind}-${flag.stakeholderId}`;
    case 'away-before-deadline':
      return `${flag.kind}-${flag.awayFrom}`;
    case 'waiting-on-others':
      return flag.kind;
  }
}

function Fact(props: { icon: ReactElement; term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.factIcon}>
        {props.icon}
        <span className={styles.visuallyHidden}>{props.term}</span>
      </dt>
      <dd className={styles.factText}>{props.children}</dd>
    </div>
  );
}
