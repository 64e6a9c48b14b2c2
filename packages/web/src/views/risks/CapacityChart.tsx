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
import type { DayCapacity } from '@upfront/contracts';
import { useEffect, useId, useRef } from 'react';
import { RISKS_TEXT } from '@upfront/core';
import { useFormatter } from '../../format/use-formatter.js';
import { useText } from '../../text/use-text.js';
import { CAPACITY_PARTS, toCapacityScale, type CapacityPart } from './capacity-scale.js';

const CHART_HEIGHT = '120px';
/** Up to this many days the bars share the width; beyond it they keep a readable width and the plot scrolls. */
const FIT_DAYS = 21;
const BAR_MAX = '44px';
const BAR_SCROLL = 20;
const BAR_GAP = 4;


const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  legendItem: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: { width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  free: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  claimed: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  reserve: {
    backgroundColor: tokens.colorNeutralBackground5,
    backgroundImage: `repeating-linear-gradient(45deg, transparent 0 3px, ${tokens.colorNeutralStroke1} 3px 4px)`,
  },
  busy: { backgroundColor: tokens.colorNeutralForeground3 },
  chart: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalXS },
  axis: {
    position: 'relative',
    height: CHART_HEIGHT,
    minWidth: '32px',
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase100,
  },
  tick: { position: 'absolute', right: 0, transform: 'translateY(50%)', lineHeight: 1, whiteSpace: 'nowrap' },
  scroller: { overflowX: 'auto', overflowY: 'hidden', paddingBottom: tokens.spacingVerticalXS },
  plot: {
    position: 'relative',
    height: CHART_HEIGHT,
    display: 'flex',
    alignItems: 'flex-end',
    columnGap: `${BAR_GAP}px`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  gridLine: {
    position: 'absolute',
    left: 0,
    right: 0,
    borderTop: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke2}`,
    pointerEvents: 'none',
  },
  column: { position: 'relative', flex: '1 1 0', minWidth: 0, maxWidth: BAR_MAX, height: '100%', display: 'flex', flexDirection: 'column-reverse' },
  fixed: { flex: `0 0 ${BAR_SCROLL}px`, maxWidth: `${BAR_SCROLL}px` },
  deadlineColumn: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '1px' },
  labels: { display: 'flex', columnGap: `${BAR_GAP}px`, marginTop: tokens.spacingVerticalXXS },
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
  deadlineLabel: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  labelPart: { display: 'block', whiteSpace: 'nowrap' },
  hint: { color: tokens.colorNeutralForeground3 },
  details: { marginTop: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink, fontSize: tokens.fontSizeBase200 },
  tableWrap: { overflowX: 'auto' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The user's working time per day until the deadline, as stacked bars of parts that do not overlap (meetings and
 * away, reserve, claimed by earlier deadlines, free for this item), each the server's figure. The deadline day
 * ends the series and is marked. Beyond three weeks the bars keep a readable width and the plot scrolls, opened
 * at the deadline. Screen readers get a one-line description and the same numbers in a table.
 */
export function CapacityChart(props: { days: readonly DayCapacity[] }) {
  const styles = useStyles();
  const format = useFormatter();
  const text = useText(RISKS_TEXT);
  const captionId = useId();
  const descriptionId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const scale = toCapacityScale(props.days);
  const scrolls = scale.bars.length > FIT_DAYS;
  useEffect(() => {
    const element = scroller.current;
    if (scrolls && element !== null) element.scrollLeft = element.scrollWidth;
  }, [scrolls]);
  if (scale.bars.length === 0) return null;

  const deadlineDay = scale.bars.find((b) => b.isDeadlineDay);
  const partName = (part: CapacityPart) => text.say('part', { part });
  const partsText = (minutes: Readonly<Record<CapacityPart, number>>) =>
    text.list(CAPACITY_PARTS.map((part) => text.say('partHours', { part, hours: format.hours(minutes[part]) })));
  const description = text.say('chartDescription', {
    days: scale.bars.length,
    deadline: deadlineDay === undefined ? 'none' : format.dateLong(deadlineDay.on),
    parts: partsText(scale.totals),
  });
  const plotWidth = scrolls ? `${scale.bars.length * (BAR_SCROLL + BAR_GAP)}px` : undefined;

  return (
    <figure className={styles.figure} aria-labelledby={captionId} aria-describedby={descriptionId}>
      <Text as="span" weight="semibold" id={captionId}>
        {text.say('chartCaption')}
      </Text>
      <span id={descriptionId} hidden>
        {description}
      </span>
      <ul className={styles.legend} aria-label={text.say('legendLabel')}>
        {[...CAPACITY_PARTS].reverse().map((part) => (
          <li key={part} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, styles[part])} aria-hidden="true" />
            <Text size={200}>{partName(part)}</Text>
          </li>
        ))}
      </ul>
      <div className={styles.chart} aria-hidden="true">
        <div className={styles.axis}>
          {scale.ticks.map((t) => (
            <span key={t} className={styles.tick} style={{ bottom: `${(t / scale.maxMinutes) * 100}%` }}>
              {format.hours(t)}
            </span>
          ))}
        </div>
        <div className={styles.scroller} ref={scroller}>
          <div style={{ width: plotWidth }}>
            <div className={styles.plot}>
              {scale.ticks.slice(1).map((t) => (
                <span key={t} className={styles.gridLine} style={{ bottom: `${(t / scale.maxMinutes) * 100}%` }} />
              ))}
              {scale.bars.map((bar) => (
                <div
                  key={bar.on}
                  data-testid={bar.isDeadlineDay ? 'deadline-bar' : undefined}
                  className={mergeClasses(styles.column, scrolls && styles.fixed, bar.isDeadlineDay && styles.deadlineColumn)}
                  title={text.say('barTitle', { day: format.dateLong(bar.on), isDeadline: bar.isDeadlineDay ? 'yes' : 'no', parts: partsText(bar.minutes) })}
                >
                  {CAPACITY_PARTS.map((part) =>
                    bar.percent[part] > 0 ? <div key={part} className={styles[part]} style={{ height: `${bar.percent[part]}%` }} /> : null,
                  )}
                </div>
              ))}
            </div>
            <div className={styles.labels}>
              {scale.bars.map((bar) => {
                const { weekday, day } = format.dayLabel(bar.on);
                return (
                  <span key={bar.on} className={mergeClasses(styles.label, scrolls && styles.fixed, bar.isDeadlineDay && styles.deadlineLabel)}>
                    <span className={styles.labelPart}>{bar.isDeadlineDay ? text.say('dueLabel') : scrolls ? weekday.slice(0, 1) : weekday}</span>
                    <span className={styles.labelPart}>{day}</span>
                  </span>
                );
              })}
            </div>
          </div>
        </div>
      </div>
      {scrolls ? (
        <Text size={200} className={styles.hint}>
          {text.say('scrollHint', { days: scale.bars.length })}
        </Text>
      ) : null}
      <details className={styles.details}>
        <summary className={styles.summary}>{text.say('tableSummary')}</summary>
        <div className={styles.tableWrap}>
          <Table size="extra-small" aria-label={text.say('tableLabel')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{text.say('tableDay')}</TableHeaderCell>
                {[...CAPACITY_PARTS].reverse().map((part) => (
                  <TableHeaderCell key={part}>{partName(part)}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {scale.bars.map((bar) => (
                <TableRow key={bar.on}>
                  <TableCell>{bar.isDeadlineDay ? text.say('tableDeadlineDay', { day: format.dateLong(bar.on) }) : format.dateLong(bar.on)}</TableCell>
                  {[...CAPACITY_PARTS].reverse().map((part) => (
                    <TableCell key={part}>{format.hours(bar.minutes[part])}</TableCell>
                  ))}
                </TableRow>
              ))}
              <TableRow className={styles.total}>
                <TableCell>{text.say('tableTotal')}</TableCell>
                {[...CAPACITY_PARTS].reverse().map((part) => (
                  <TableCell key={part}>{format.hours(scale.totals[part])}</TableCell>
                ))}
              </TableRow>
            </TableBody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
