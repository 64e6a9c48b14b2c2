import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { OverlapStripDto, PersonCard } from '@upfront/contracts';
import { PEOPLE_TEXT } from '@upfront/core';
import { useId } from 'react';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { useText } from '../../text/use-text.js';
import { describeStrip } from './people-words.js';

const useStyles = makeStyles({
  strip: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: 'center' },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  track: {
    position: 'relative',
    height: '12px',
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
  },
  user: { position: 'absolute', top: 0, bottom: 0, backgroundColor: tokens.colorBrandBackground },
  theirs: { position: 'absolute', top: 0, bottom: 0, backgroundColor: tokens.colorPaletteBerryBackground3 },
  both: { position: 'absolute', top: 0, bottom: 0, backgroundColor: tokens.colorPaletteGreenBackground3 },
  ticks: { position: 'relative', height: tokens.lineHeightBase200, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  tick: { position: 'absolute', top: 0, transform: 'translateX(-50%)', whiteSpace: 'nowrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  summary: { display: 'block', marginTop: tokens.spacingVerticalXS },
});

/**
 * One day of the user's clock as a bar per person: the user's working hours, the other person's and where both
 * work. The bars are drawn for the eye only; the sentence under them says the same for everyone.
 */
export function OverlapStrip(props: { person: PersonCard; name: string; userZone: string; userCity: string; format: TabFormatter }) {
  const { person, name, userZone, userCity, format } = props;
  const styles = useStyles();
  const text = useText(PEOPLE_TEXT);
  const headingId = useId();
  const strip: OverlapStripDto = person.strip;
  const from = Date.parse(strip.start);
  const length = Date.parse(strip.end) - from;
  const place = (span: { start: string; end: string }) => ({
    left: `${((Date.parse(span.start) - from) / length) * 100}%`,
    width: `${((Date.parse(span.end) - Date.parse(span.start)) / length) * 100}%`,
  });
  // Ticks every six hours of real time from the user's midnight (on a DST day the labels say the shifted hour).
  const ticks = [0, 6, 12, 18].map((h) => ({ at: from + h * 3_600_000, left: `${((h * 3_600_000) / length) * 100}%` }));
  const summary = describeStrip(strip, name, userZone, text, format);
  return (
    <div role="group" aria-labelledby={headingId} data-testid="overlap-strip">
      <h4 className={styles.heading} id={headingId}>
        {text.say('stripHeading', { day: format.date(strip.on), city: userCity })}
      </h4>
      <div className={styles.strip} aria-hidden="true">
        <span className={styles.label}>{text.say('stripYou')}</span>
        <div className={styles.track}>
          {strip.userHours.map((s) => (
            <div key={s.start} className={styles.user} style={place(s)} />
          ))}
        </div>
        <span className={styles.label}>{name}</span>
        <div className={styles.track}>
          {strip.theirHours.map((s) => (
            <div key={s.start} className={styles.theirs} style={place(s)} />
          ))}
        </div>
        <span className={styles.label}>{text.say('stripBoth')}</span>
        <div className={styles.track}>
          {strip.overlap.map((s) => (
            <div key={s.start} className={styles.both} style={place(s)} />
          ))}
        </div>
        <span />
        <div className={styles.ticks}>
          {ticks.map((t) => (
            <span key={t.at} className={styles.tick} style={{ left: t.left }}>
              {format.time(t.at, userZone)}
            </span>
          ))}
        </div>
      </div>
      <Text className={styles.summary} data-testid="overlap-summary">
        {summary}
      </Text>
    </div>
  );
}
