import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { OutlookPerson } from '@upfront/contracts';
import { localDateOf, OUTLOOK_TEXT, type TimeZoneId } from '@upfront/core';
import type { TabFormatter } from '../../format/create-tab-formatter.js';
import { useText } from '../../text/use-text.js';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The sentences of warning one person needs before a mail goes out: time away, their clock outside their working day. */
export function useWarnings(people: readonly OutlookPerson[], format: TabFormatter, now: string): string[] {
  const text = useText(OUTLOOK_TEXT);
  const nowMs = Date.parse(now);
  const out: string[] = [];
  for (const p of people) {
    if (p.timeZone === undefined) continue;
    const zone = p.timeZone as TimeZoneId;
    const dayOf = (at: string) => format.date(localDateOf(Date.parse(at), zone));
    if (p.away !== undefined) {
      out.push(
        Date.parse(p.away.start) <= nowMs
          ? text.say('awayNow', { name: p.shortName, end: dayOf(p.away.end) })
          : text.say('awayLater', { name: p.shortName, start: dayOf(p.away.start), end: dayOf(p.away.end) }),
      );
    }
    const time = format.time(now, p.timeZone);
    if (p.holidayName !== undefined) out.push(text.say('holidayToday', { time, name: p.shortName, holiday: p.holidayName }));
    else if (p.dayPart === 'before-hours') out.push(text.say('outsideHours', { part: 'beforeHours', time, name: p.shortName }));
    else if (p.dayPart === 'after-hours') out.push(text.say('outsideHours', { part: 'afterHours', time, name: p.shortName }));
    else if (p.dayPart === 'day-off') out.push(text.say('outsideHours', { part: 'dayOff', time, name: p.shortName }));
  }
  return out;
}

/** The warnings before sending, as one Fluent warning bar. */
export function RecipientWarnings(props: { warnings: readonly string[] }) {
  const styles = useStyles();
  const text = useText(OUTLOOK_TEXT);
  if (props.warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="recipient-warnings">
      <MessageBarBody>
        <MessageBarTitle>{text.say('warningsLabel')}</MessageBarTitle>
        <ul className={styles.list}>
          {props.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
