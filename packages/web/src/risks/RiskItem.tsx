import { Badge, Button, Card, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  AirplaneTakeOffRegular,
  CalendarCancelRegular,
  CalendarLtrRegular,
  ChevronDownRegular,
  ChevronUpRegular,
  GlobeClockRegular,
  HourglassHalfRegular,
  PeopleRegular,
  TimerRegular,
} from '@fluentui/react-icons';
import type { ItemRisk, RiskFlag } from '@upfront/contracts';
import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { EffortAdjust } from '../preferences/EffortAdjust.js';
import { StakeholderSettings } from '../preferences/StakeholderSettings.js';
import { toWorkedHolidayCandidate } from '../preferences/stakeholder-preference.js';
import type { PreferenceEditing } from '../preferences/use-preferences.js';
import { MarkedHolidayBar, WorkedHolidayAction } from '../preferences/WorkedHolidayAction.js';
import { RiskExplanation } from './RiskExplanation.js';
import { StateBadge } from './StateBadge.js';
import { formatEffort, toDeadlineTexts } from './format.js';

const FLAG_ICON: Readonly<Record<RiskFlag['kind'], ReactElement>> = {
  'waiting-on-others': <HourglassHalfRegular />,
  'away-before-deadline': <AirplaneTakeOffRegular />,
  'non-working-day': <CalendarCancelRegular />,
  'time-zone-cliff': <GlobeClockRegular />,
};

const useStyles = makeStyles({
  item: { listStyleType: 'none' },
  card: { rowGap: tokens.spacingVerticalS },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: 'anywhere' },
  source: { color: tokens.colorNeutralForeground3 },
  summary: { color: tokens.colorNeutralForeground1 },
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
  secondary: { color: tokens.colorNeutralForeground3 },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  flagRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  effortLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  people: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  flag: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'start', paddingBlock: '2px' },
  toggle: { alignSelf: 'flex-start', marginInlineStart: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

/** One commitment: its state, what it is, when it is due (in their zone and yours), flags, effort and people. */
export function RiskItem(props: { item: ItemRisk; userTimeZone: string; locale: string; editing: PreferenceEditing }) {
  const { item } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const detailsId = useId();
  const deadline = item.deadline === undefined ? undefined : toDeadlineTexts(item.deadline, props.userTimeZone, props.locale);
  const source = [item.source === 'planner' ? 'Planner' : 'To Do', item.listName].filter(Boolean).join(' · ');

  return (
    <li className={styles.item} data-testid="risk-item" data-state={item.state} aria-labelledby={titleId}>
      <Card className={styles.card} appearance="filled-alternative">
        <div className={styles.top}>
          <StateBadge state={item.state} />
          <Text size={200} className={styles.source}>
            {source}
          </Text>
        </div>
        <h3 className={styles.title} id={titleId}>
          {item.webUrl === undefined ? (
            item.title
          ) : (
            <Link href={item.webUrl} target="_blank" rel="noreferrer" inline>
              {item.title}
            </Link>
          )}
        </h3>
        <Text className={styles.summary}>{item.summary}</Text>

        {item.flags.length === 0 ? null : (
          <ul className={styles.flags} aria-label="Flags">
            {item.flags.map((flag) => {
              const candidate = toWorkedHolidayCandidate(flag, item.deadline);
              return (
                <li key={`${flag.kind}-${flag.stakeholderId ?? ''}`} className={styles.flagRow}>
                  <Badge className={styles.flag} appearance="tint" color="warning" shape="rounded" icon={FLAG_ICON[flag.kind]}>
                    {flag.label}
                  </Badge>
                  {candidate === undefined ? null : (
                    <WorkedHolidayAction item={item} candidate={candidate} editing={props.editing} locale={props.locale} />
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <MarkedHolidayBar item={item} editing={props.editing} locale={props.locale} />

        <dl className={styles.facts}>
          {deadline === undefined ? null : (
            <Fact icon={<CalendarLtrRegular />} term="Due">
              <span>{deadline.theirs}</span>
              {deadline.yours === undefined ? null : <span className={styles.secondary}>{deadline.yours}</span>}
            </Fact>
          )}
          <Fact icon={<TimerRegular />} term="Effort">
            <span className={styles.effortLine}>
              <span title={item.effort.basis}>{formatEffort(item.effort)}</span>
              <EffortAdjust item={item} editing={props.editing} />
            </span>
          </Fact>
          {item.stakeholders.length === 0 ? null : (
            <Fact icon={<PeopleRegular />} term="For">
              <ul className={styles.people} aria-label="People who depend on it">
                {item.stakeholders.map((person) => (
                  <li key={person.id}>
                    <StakeholderSettings person={person} editing={props.editing} locale={props.locale} />
                  </li>
                ))}
              </ul>
            </Fact>
          )}
        </dl>

        {item.deadline === undefined ? null : (
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
              {open ? 'Hide the numbers' : 'Why? Show the numbers'}
            </Button>
            <div id={detailsId} hidden={!open}>
              {open ? <RiskExplanation item={item} locale={props.locale} /> : null}
            </div>
          </>
        )}
      </Card>
    </li>
  );
}

function Fact(props: { icon: ReactElement; term: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.factIcon}>
        {props.icon}
        <span className={styles.visuallyHidden}>{props.term}</span>
      </dt>
      <dd className={styles.factText}>
        {props.children}
      </dd>
    </div>
  );
}
