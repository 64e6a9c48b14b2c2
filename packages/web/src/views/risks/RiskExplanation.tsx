import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ItemRisk } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import { useFormatter } from '../../format/use-formatter.js';
import { useText } from '../../text/use-text.js';
import { CapacityChart } from './CapacityChart.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  stats: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', maxWidth: '600px', gap: tokens.spacingHorizontalS, margin: 0 },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  statValue: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  statPart: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  short: { color: tokens.colorPaletteRedForeground1 },
  spare: { color: tokens.colorPaletteGreenForeground1 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * Why an item has its state, from the report's figures only (whole minutes, computed once in core): the work
 * needed by the deadline (this item and the other work due by then), the free time before it, and what is left
 * (the sign of `spareMinutes`; the gap written as the shown figures subtract). Every hour goes through the core formatter.
 */
export function RiskExplanation(props: { item: ItemRisk }) {
  const { item } = props;
  const { figures } = item;
  const format = useFormatter();
  const styles = useStyles();
  const text = useText(RISKS_TEXT);
  const short = figures.spareMinutes < 0;
  const belowMargin = !short && figures.marginMinutes > 0 && figures.spareMinutes < figures.marginMinutes;

  return (
    <div className={styles.root}>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt className={styles.statLabel}>{text.say('workNeeded')}</dt>
          <dd className={styles.statValue}>{format.hours(figures.neededMinutes)}</dd>
          <dd className={styles.statPart}>
            {text.say('workParts', { own: format.hours(figures.ownMinutes), competing: format.hours(figures.competingMinutes) })}
          </dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.statLabel}>{text.say('freeBefore')}</dt>
          <dd className={styles.statValue}>{format.hours(figures.freeMinutes)}</dd>
          <dd className={styles.statPart}>{text.say('freeHint')}</dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.statLabel}>{text.say(short ? 'shortBy' : 'toSpare')}</dt>
          <dd className={mergeClasses(styles.statValue, short ? styles.short : styles.spare)}>{format.hoursBetween(figures.freeMinutes, figures.neededMinutes)}</dd>
          {belowMargin ? <dd className={styles.statPart}>{text.say('belowMargin', { margin: format.hours(figures.marginMinutes) })}</dd> : null}
        </div>
      </dl>

      {item.competing.length === 0 ? null : (
        <section className={styles.section}>
          <h4 className={styles.heading}>{text.say('competingHeading')}</h4>
          <ul className={styles.list}>
            {item.competing.map((c) => (
              <li key={c.id}>
                <Text>{text.say('competingLine', { title: c.title, hours: format.hours(c.minutes) })}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      {item.busiestDays.length === 0 ? null : (
        <section className={styles.section}>
          <h4 className={styles.heading}>{text.say('busiestHeading')}</h4>
          <ul className={styles.list}>
            {item.busiestDays.map((d) => (
              <li key={d.on}>
                <Text>{text.say('busiestLine', { day: format.dateLong(d.on), hours: format.hours(d.busyMinutes) })}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      <CapacityChart days={item.capacity} />
    </div>
  );
}
