import { Avatar, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DraftResult, MeetingPanel } from '@upfront/contracts';
import { MEETING_TEXT } from '@upfront/core';
import type { MeetingsClient } from '../../api/meetings-client.js';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { useText } from '../../text/use-text.js';
import { StateBadge } from '../risks/StateBadge.js';
import { HeadsUpAction } from './HeadsUpAction.js';

type Attendee = MeetingPanel['attendees'][number];

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
  name: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  title: { overflowWrap: 'anywhere' },
  pointsHeading: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightSemibold },
  points: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

/** One attendee: their clock now, what the user owes them with each item's state, talking points, and the heads-up. */
export function AttendeeCard(props: {
  attendee: Attendee;
  format: TabFormatter;
  nowMs: number;
  client: MeetingsClient;
  getToken: () => Promise<string>;
  onDrafted(suggestionId: string, result: DraftResult): void;
}) {
  const styles = useStyles();
  const text = useText(MEETING_TEXT);
  const { attendee, format, nowMs } = props;
  const headingId = `attendee-${attendee.id}`;
  const points = [...attendee.owed.map((o) => o.text), ...attendee.day.map((d) => d.text)];
  return (
    <li className={styles.card} aria-labelledby={headingId} data-testid="meeting-attendee" data-attendee={attendee.id} data-day-part={attendee.dayPart}>
      <div className={styles.who}>
        <Avatar name={attendee.name} color="colorful" size={32} aria-hidden="true" />
        <div className={styles.whoText}>
          <h2 id={headingId} className={styles.name}>
            {attendee.name}
          </h2>
          <Caption1 className={styles.muted}>{text.say('localNow', { time: format.time(nowMs, attendee.timeZone), name: attendee.name, city: attendee.city })}</Caption1>
        </div>
      </div>
      {attendee.owed.length === 0 ? (
        <Caption1 className={styles.muted}>{text.say('owedNone', { name: attendee.name })}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={text.say('owedLabel', { name: attendee.name })}>
          {attendee.owed.map((item) => (
            <li key={item.itemId} className={styles.item} data-testid="meeting-owed" data-state={item.state}>
              <StateBadge state={item.state} size="medium" />
              <Text size={200} weight="semibold" className={styles.title}>
                {item.title}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {points.length === 0 ? null : (
        <div>
          <h3 className={styles.pointsHeading}>{text.say('talkingPoints')}</h3>
          <ul className={styles.points} data-testid="talking-points">
            {points.map((point, i) => (
              <li key={i}>
                <Caption1>{point}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {attendee.headsUp === undefined ? null : (
        <HeadsUpAction headsUp={attendee.headsUp} client={props.client} getToken={props.getToken} onDrafted={props.onDrafted} />
      )}
    </li>
  );
}
