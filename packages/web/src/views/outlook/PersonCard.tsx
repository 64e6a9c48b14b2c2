import { Avatar, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { OutlookPerson, RiskState } from '@upfront/contracts';
import { OUTLOOK_TEXT } from '@upfront/core';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { useText } from '../../text/use-text.js';
import { StateBadge } from '../risks/StateBadge.js';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  who: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  whoText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  owed: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  title: { overflowWrap: 'anywhere' },
  badge: { alignSelf: 'flex-start' },
});

const isRiskState = (state: string): state is RiskState => ['on-track', 'at-risk', 'off-track', 'overdue', 'later', 'no-due-date'].includes(state);

/** One person of the message: their clock and city, and what the user owes them, each with its state and date to promise. */
export function PersonCard(props: { person: OutlookPerson; format: TabFormatter; now: string }) {
  const styles = useStyles();
  const text = useText(OUTLOOK_TEXT);
  const { person, format, now } = props;
  const headingId = `person-${person.address}`;
  return (
    <li className={styles.card} aria-labelledby={headingId} data-testid="outlook-person" data-address={person.address}>
      <div className={styles.who}>
        <Avatar name={person.name} color="colorful" size={32} aria-hidden="true" />
        <div className={styles.whoText}>
          <Text as="h3" id={headingId} className={styles.name} size={300}>
            {person.name}
          </Text>
          {person.timeZone === undefined ? null : (
            <Caption1 className={styles.muted}>
              {text.say('localNow', { time: format.time(now, person.timeZone), name: person.shortName, city: person.city ?? person.timeZone })}
            </Caption1>
          )}
        </div>
      </div>
      {!person.known ? (
        <Caption1 className={styles.muted}>{text.say('unknownPerson', { address: person.address })}</Caption1>
      ) : person.owed.length === 0 ? (
        <Caption1 className={styles.muted}>{text.say('owedNone', { name: person.shortName })}</Caption1>
      ) : (
        <ul className={styles.owed} aria-label={text.say('owedLabel', { name: person.shortName })}>
          {person.owed.map((item) => (
            <li key={item.itemId} className={styles.item} data-testid="owed-item">
              <span className={styles.badge}>{isRiskState(item.state) ? <StateBadge state={item.state} size="medium" /> : null}</span>
              <Text className={styles.title} weight="semibold" size={200}>
                {item.title}
              </Text>
              {item.deadlineAt === undefined || person.timeZone === undefined ? null : (
                <Caption1>{text.say('dueTheirTime', { moment: format.moment(item.deadlineAt, person.timeZone) })}</Caption1>
              )}
              {item.state === 'on-track' || item.state === 'later' || item.state === 'no-due-date' ? null : item.promiseOn === undefined ? (
                <Caption1 className={styles.muted}>{text.say('promiseNone')}</Caption1>
              ) : (
                <Caption1 data-testid="promise">{text.say('promiseOn', { date: format.date(item.promiseOn) })}</Caption1>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
