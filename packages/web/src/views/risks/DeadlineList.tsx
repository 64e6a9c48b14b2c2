import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Deadline, ItemRisk } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import { useWords } from '../../format/use-words.js';
import { useText } from '../../text/use-text.js';
import { isSameStakeholder, toWorkedHolidayCandidate } from '../../preferences/stakeholder-preference.js';
import type { PreferenceEditing } from '../../preferences/use-preferences.js';
import { WorkedHolidayAction } from '../../preferences/WorkedHolidayAction.js';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: 'none' },
  row: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalXS },
  counts: { fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground3 },
  moved: { color: tokens.colorPaletteDarkOrangeForeground1 },
  movedLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function isSame(a: Deadline, b: Deadline | undefined): boolean {
  return b !== undefined && a.at === b.at && a.stakeholderId === b.stakeholderId;
}

/**
 * Every stakeholder's reading of the due date, earliest first, with the one that counts marked: the moment in
 * their zone, who and where (the city from the API), their style in words, and why the date moved when it did.
 */
export function DeadlineList(props: { item: ItemRisk; editing: PreferenceEditing }) {
  const { item } = props;
  const styles = useStyles();
  const words = useWords();
  const text = useText(RISKS_TEXT);
  const deadlines = [...(item.deadlines.length > 0 ? item.deadlines : item.deadline === undefined ? [] : [item.deadline])].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at),
  );
  const counting = item.deadline ?? deadlines[0];
  const several = deadlines.length > 1;
  return (
    <ul className={styles.list} aria-label={text.say('deadlinesLabel')}>
      {deadlines.map((d) => {
        const counts = isSame(d, counting);
        const move = words.moved(d, item.stakeholders);
        const dayOff = move === undefined ? undefined : dayOffFlagOf(item, d);
        const candidate = dayOff === undefined ? undefined : toWorkedHolidayCandidate(dayOff, item);
        // The user's own moment, when their clock shows another time (decided on zone offsets, not on text).
        const yours = counts ? words.yourTime(d) : undefined;
        return (
          <li key={`${d.stakeholderId ?? 'you'}-${d.at}`} className={styles.row} data-testid="deadline" data-counts={counts}>
            <span className={styles.line}>
              <span className={counts ? styles.counts : undefined}>{d.inStakeholderZone}</span>
              <span className={styles.secondary}>
                {/* The reader's city is part of the deadline's words (core's `deadlineInZone`): not said twice. */}
                {text.say('whoAndStyle', { who: d.stakeholderName ?? text.say('you'), style: words.styleName(d) })}
              </span>
              {counts && several ? (
                <Badge size="small" appearance="tint" color="brand" shape="rounded">
                  {text.say('countsEarliest')}
                </Badge>
              ) : null}
            </span>
            {yours === undefined ? null : <span className={styles.secondary}>{yours}</span>}
            {move === undefined ? null : (
              <span className={styles.movedLine}>
                <span className={styles.moved} data-testid="moved-deadline">
                  {text.say('moved', { move })}
                </span>
                {candidate === undefined ? null : <WorkedHolidayAction item={item} candidate={candidate} editing={props.editing} />}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The day-off flag a moved deadline explains (the same stakeholder), which the list then shows in its place. */
export function dayOffFlagOf(item: Pick<ItemRisk, 'flags'>, deadline: Deadline) {
  const { stakeholderId } = deadline;
  return item.flags.find(
    (f) => f.kind === 'non-working-day' && (f.stakeholderId === stakeholderId || (f.stakeholderId !== undefined && stakeholderId !== undefined && isSameStakeholder(f.stakeholderId, stakeholderId))),
  );
}
