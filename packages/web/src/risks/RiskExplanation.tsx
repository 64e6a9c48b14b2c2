import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ItemRisk } from '@upfront/contracts';
import { CapacityChart } from './CapacityChart.js';
import { formatDayLong, formatHours } from './format.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  stats: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(84px, 1fr))', maxWidth: '520px', gap: tokens.spacingHorizontalS, margin: 0 },
  stat: {
    display: 'flex',
    flexDirection: 'column-reverse',
    justifyContent: 'flex-end',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  statValue: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  statLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  short: { color: tokens.colorPaletteRedForeground1 },
  spare: { color: tokens.colorPaletteGreenForeground1 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Why an item has its state: hours needed against hours available, what competes for them, the busiest days. */
export function RiskExplanation(props: { item: ItemRisk; locale: string }) {
  const { item } = props;
  const styles = useStyles();
  const balance = item.availableHours - item.neededHours;

  return (
    <div className={styles.root}>
      <dl className={styles.stats}>
        <div className={styles.stat}>
          <dt className={styles.statLabel}>Work left</dt>
          <dd className={styles.statValue}>{formatHours(item.neededHours)}</dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.statLabel}>Free before the deadline</dt>
          <dd className={styles.statValue}>{formatHours(item.availableHours)}</dd>
        </div>
        {item.deadline === undefined ? null : (
          <div className={styles.stat}>
            <dt className={styles.statLabel}>{balance < 0 ? 'Short by' : 'To spare'}</dt>
            <dd className={mergeClasses(styles.statValue, balance < 0 ? styles.short : styles.spare)}>{formatHours(Math.abs(balance))}</dd>
          </div>
        )}
      </dl>

      {item.competing.length === 0 ? null : (
        <section className={styles.section}>
          <h4 className={styles.heading}>Competing for the same hours</h4>
          <ul className={styles.list}>
            {item.competing.map((c) => (
              <li key={c.id}>
                <Text>
                  {c.title} — {formatHours(c.hours)}
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      {item.busiestDays.length === 0 ? null : (
        <section className={styles.section}>
          <h4 className={styles.heading}>Busiest days</h4>
          <ul className={styles.list}>
            {item.busiestDays.map((d) => (
              <li key={d.on}>
                <Text>
                  {formatDayLong(d.on, props.locale)}: {formatHours(d.busyHours)} busy
                </Text>
              </li>
            ))}
          </ul>
        </section>
      )}

      <CapacityChart days={item.capacity} locale={props.locale} />
    </div>
  );
}
