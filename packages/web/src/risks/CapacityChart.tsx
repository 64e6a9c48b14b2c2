import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ItemRisk } from '@upfront/contracts';
import { useId } from 'react';
import { toCapacityScale } from './capacity-scale.js';
import { formatDayLong, formatHours, toDayLabel } from './format.js';

const CHART_HEIGHT = '120px';
const BAR_MAX = '44px';
const BAR_GAP = '4px';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  legendItem: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: { width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  chart: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalXS },
  axis: {
    position: 'relative',
    height: CHART_HEIGHT,
    minWidth: '24px',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
  tick: { position: 'absolute', right: 0, transform: 'translateY(50%)', lineHeight: 1 },
  plot: {
    position: 'relative',
    height: CHART_HEIGHT,
    display: 'flex',
    alignItems: 'flex-end',
    columnGap: BAR_GAP,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  gridLine: {
    position: 'absolute',
    left: 0,
    right: 0,
    borderTop: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    pointerEvents: 'none',
  },
  column: { position: 'relative', flex: '1 1 0', minWidth: 0, maxWidth: BAR_MAX, height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'flex-end' },
  free: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    borderTopLeftRadius: tokens.borderRadiusSmall,
    borderTopRightRadius: tokens.borderRadiusSmall,
  },
  claimed: { backgroundColor: tokens.colorNeutralForeground3 },
  labels: { gridColumnStart: 2, display: 'flex', columnGap: BAR_GAP },
  label: {
    flex: '1 1 0',
    minWidth: 0,
    maxWidth: BAR_MAX,
    textAlign: 'center',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  labelPart: { display: 'block', whiteSpace: 'nowrap' },
  details: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, fontSize: tokens.fontSizeBase200 },
});

/**
 * Free versus claimed working hours per day, as stacked bars. The bars are a picture for sighted readers
 * (role="img" with a one-line description); the same numbers are in a table behind "Show the numbers".
 */
export function CapacityChart(props: { days: ItemRisk['capacity']; locale: string }) {
  const styles = useStyles();
  const captionId = useId();
  const scale = toCapacityScale(props.days);
  if (scale.bars.length === 0) return null;
  const totalFree = scale.bars.reduce((sum, d) => sum + d.freeHours, 0);
  const totalClaimed = scale.bars.reduce((sum, d) => sum + d.claimedHours, 0);
  const description =
    `Bar chart of ${scale.bars.length} working days: ${formatHours(totalFree)} free and ` +
    `${formatHours(totalClaimed)} claimed by meetings and other work in total.`;

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <Text as="span" weight="semibold" id={captionId}>
        Your hours per day until the deadline
      </Text>
      <div className={styles.legend} aria-hidden="true">
        <span className={styles.legendItem}>
          <span className={mergeClasses(styles.swatch, styles.free)} />
          <Text size={200}>Free for this work</Text>
        </span>
        <span className={styles.legendItem}>
          <span className={mergeClasses(styles.swatch, styles.claimed)} />
          <Text size={200}>Claimed (meetings, other items)</Text>
        </span>
      </div>
      <div className={styles.chart} role="img" aria-label={description}>
        <div className={styles.axis} aria-hidden="true">
          {scale.ticks.map((t) => (
            <span key={t} className={styles.tick} style={{ bottom: `${(t / scale.maxHours) * 100}%` }}>
              {t} h
            </span>
          ))}
        </div>
        <div className={styles.plot} aria-hidden="true">
          {scale.ticks.slice(1).map((t) => (
            <span key={t} className={styles.gridLine} style={{ bottom: `${(t / scale.maxHours) * 100}%` }} />
          ))}
          {scale.bars.map((bar) => (
            <div
              key={bar.on}
              className={styles.column}
              title={`${formatDayLong(bar.on, props.locale)}: ${formatHours(bar.freeHours)} free, ${formatHours(bar.claimedHours)} claimed`}
            >
              <div className={styles.free} style={{ height: `${bar.freePercent}%` }} />
              <div className={styles.claimed} style={{ height: `${bar.claimedPercent}%` }} />
            </div>
          ))}
        </div>
        <div className={styles.labels} aria-hidden="true">
          {scale.bars.map((bar) => {
            const { weekday, day } = toDayLabel(bar.on, props.locale);
            return (
              <span key={bar.on} className={styles.label}>
                <span className={styles.labelPart}>{weekday}</span>
                <span className={styles.labelPart}>{day}</span>
              </span>
            );
          })}
        </div>
      </div>
      <details className={styles.details}>
        <summary className={styles.summary}>Show the numbers</summary>
        <Table size="extra-small" aria-label="Free and claimed hours per day">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Day</TableHeaderCell>
              <TableHeaderCell>Free</TableHeaderCell>
              <TableHeaderCell>Claimed</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {scale.bars.map((bar) => (
              <TableRow key={bar.on}>
                <TableCell>{formatDayLong(bar.on, props.locale)}</TableCell>
                <TableCell>{formatHours(bar.freeHours)}</TableCell>
                <TableCell>{formatHours(bar.claimedHours)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </figure>
  );
}
