import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { MailEditRegular } from '@fluentui/react-icons';
import type { PersonCard, Problem, StakeholderPreference } from '@upfront/contracts';
import { PEOPLE_TEXT } from '@upfront/core';
import { forwardRef, useId } from 'react';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { toClockText, toStyleKey } from '../../preferences/deadline-style.js';
import { firstName } from '../../preferences/stakeholder-preference.js';
import { useText } from '../../text/use-text.js';
import { OverlapStrip } from './OverlapStrip.js';
import { PersonPreferencesForm } from './PersonPreferencesForm.js';
import { StateBadge } from '../risks/StateBadge.js';
import { daysSince, toWeekdayNames } from './people-words.js';

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow2,
  },
  head: { gridColumn: '1 / -1', display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  name: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, outlineOffset: tokens.spacingHorizontalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  facts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  owed: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  owedItem: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  draft: { alignSelf: 'flex-start' },
  owedTitle: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

/** One person: their day and week, what the user owes them, and the user's settings for them. */
export const PersonSection = forwardRef<
  HTMLHeadingElement,
  {
    person: PersonCard;
    nowMs: number;
    user: { timeZone: string; city: string };
    holidayWindowDays: number;
    locale: string;
    format: TabFormatter;
    save(change: (current: StakeholderPreference) => StakeholderPreference): Promise<Problem | undefined>;
    onSaved(message: string): void;
    /** Opens the update for an item in the Updates view; absent outside the personal tab. */
    onDraft?: (itemId: string) => void;
  }
>(function PersonSection(props, headingRef) {
  const { person, nowMs, user, format } = props;
  const styles = useStyles();
  const text = useText(PEOPLE_TEXT);
  const headingId = useId();
  const owedId = useId();
  const name = firstName(person.displayName);
  const weekend = toWeekdayNames(person.weekend, format);
  const holiday = person.nextHoliday;
  const style = person.preference.deadlineStyle;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="person-card" data-person-id={person.id}>
      <div className={styles.head}>
        <h2 className={styles.name} id={headingId} ref={headingRef} tabIndex={-1}>
          {person.displayName}
        </h2>
        <Text className={styles.muted} data-testid="person-local-time">
          {text.say('localTime', { moment: format.moment(nowMs, person.timeZone), city: person.city })}
        </Text>
      </div>
      <div className={styles.column}>
        <OverlapStrip person={person} name={name} userZone={user.timeZone} userCity={user.city} format={format} />
        <ul className={styles.facts}>
          <li data-testid="person-weekend">{weekend.length === 0 ? text.say('noWeekend') : text.say('weekend', { days: text.list(weekend) })}</li>
          <li data-testid="person-holiday">
            {holiday !== undefined
              ? text.say(holiday.worked ? 'holidayWorked' : 'holiday', { day: format.date(holiday.on), name: holiday.name })
              : text.say('noHoliday', { days: props.holidayWindowDays })}
          </li>
          <li data-testid="person-last-contact">
            {person.lastContactAt === undefined
              ? text.say('noContact')
              : text.say('lastContact', { days: daysSince(person.lastContactAt, nowMs), moment: format.moment(person.lastContactAt, user.timeZone) })}
          </li>
          <li data-testid="person-style">
            {text.say('styleNow', { kind: toStyleKey(style), time: style?.kind === 'exact-time' ? toClockText(style.time, format) : '' })}
          </li>
        </ul>
        <h3 className={styles.subheading} id={owedId}>
          {text.say('owedHeading', { name })}
        </h3>
        {person.owed.length === 0 ? (
          <Text>{text.say('owedNone', { name })}</Text>
        ) : (
          <ul className={styles.owed} aria-labelledby={owedId}>
            {person.owed.map((item) => (
              <li key={item.itemId} className={styles.owedItem} data-testid="owed-item" data-item-id={item.itemId}>
                <span className={styles.owedTitle}>
                  <StateBadge state={item.state} size="medium" />
                  <Text weight="semibold">{item.title}</Text>
                </span>
                <Text size={200} className={styles.muted} data-testid="owed-deadline">
                  {item.inTheirZone === undefined ? text.say('owedNoDue') : text.say('owedDue', { theirs: item.inTheirZone, yours: item.inUserZone ?? item.inTheirZone })}
                </Text>
                {props.onDraft === undefined ? null : (
                  <Button
                    className={styles.draft}
                    size="small"
                    appearance="subtle"
                    icon={<MailEditRegular />}
                    aria-label={text.say('draftUpdateLabel', { name, title: item.title })}
                    onClick={() => props.onDraft?.(item.itemId)}
                  >
                    {text.say('draftUpdate')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.column}>
        <PersonPreferencesForm person={person} name={name} locale={props.locale} format={format} save={props.save} onSaved={props.onSaved} />
      </div>
    </section>
  );
});
