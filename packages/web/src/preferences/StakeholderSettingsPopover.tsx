import {
  Button,
  Caption1,
  Divider,
  Field,
  Input,
  makeStyles,
  PopoverSurface,
  PopoverTrigger,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ItemRisk } from '@upfront/contracts';
import { PEOPLE_TEXT } from '@upfront/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useFormatter } from '../format/use-formatter.js';
import { useText } from '../text/use-text.js';
import { ProblemBar } from '../ui/ProblemBar.js';
import { toDeadlineStyleChoices, toDeadlineStyle, type DeadlineStyleKind } from './deadline-style.js';
import { usePopoverStyles } from './popover-styles.js';
import { StakeholderTrigger } from './StakeholderSettings.js';
import { findPreference, firstName, withDeadlineStyle } from './stakeholder-preference.js';
import type { PreferenceEditing } from './use-preferences.js';
import { SettingsPopover } from './SettingsPopover.js';
import { useSaving } from './use-saving.js';

type Person = ItemRisk['stakeholders'][number];

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  holidays: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  holiday: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
});

/**
 * A stakeholder's settings popover, loaded on first use and mounted open: how they read a due date (the user's own
 * knowledge of them, never inferred) and the public holidays the user knows they work.
 */
export default function StakeholderSettingsPopover(props: { person: Person; editing: PreferenceEditing }) {
  const { person, editing } = props;
  const format = useFormatter();
  const text = useText(PEOPLE_TEXT);
  const styles = useStyles();
  const popover = usePopoverStyles();
  const headingId = useId();
  const holidaysId = useId();
  const holidaysHeading = useRef<HTMLHeadingElement>(null);
  const name = firstName(person.displayName);
  const city = person.city;
  const preference = editing.preferences === undefined ? undefined : findPreference(editing.preferences, person.id);
  // Mounted open: the choices start from the saved style, as an opening would set them.
  const [open, setOpen] = useState(true);
  const trigger = useRef<HTMLButtonElement>(null);
  const [kind, setKind] = useState<DeadlineStyleKind>(() => preference?.deadlineStyle?.kind ?? 'close-of-business-day');
  const [time, setTime] = useState(() => (preference?.deadlineStyle?.kind === 'exact-time' ? preference.deadlineStyle.time : '17:00'));
  const [invalid, setInvalid] = useState<string | undefined>();
  const style = useSaving();
  const holidays = useSaving();
  const saving = style.saving || holidays.saving;

  const onOpenChange = (next: boolean) => {
    if (saving) return;
    if (next) {
      const current = preference?.deadlineStyle;
      setKind(current?.kind ?? 'close-of-business-day');
      setTime(current?.kind === 'exact-time' ? current.time : '17:00');
      setInvalid(undefined);
      style.dismiss();
      holidays.dismiss();
    }
    setOpen(next);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const input = toDeadlineStyle(kind, time);
    if (!input.ok) {
      setInvalid(text.say('exactTimeInvalid'));
      return;
    }
    setInvalid(undefined);
    if (await style.run(() => editing.changeStakeholder(person.id, (p) => withDeadlineStyle(p, input.style)))) setOpen(false);
  };

  const removeHoliday = async (on: string) => {
    // The removed row takes its button, and the focus, with it: keep the focus inside the popover (Escape still closes it).
    if (await holidays.run(() => editing.unmarkWorkedHoliday(person.id, on))) holidaysHeading.current?.focus();
  };


  return (
    <SettingsPopover open={open} onOpenChange={onOpenChange} trigger={trigger}>
      <PopoverTrigger disableButtonEnhancement>
        <StakeholderTrigger person={person} editing={editing} ref={trigger} />
      </PopoverTrigger>
      <PopoverSurface className={popover.surface} aria-labelledby={headingId}>
        <h4 className={popover.heading} id={headingId}>
          {text.say('popoverHeading', { name })}
        </h4>
        <Text size={200} className={popover.hint}>
          {text.say('popoverHint', { name, city })}
        </Text>
        {editing.preferences === undefined && editing.loadProblem === undefined ? (
          <Spinner size="tiny" labelPosition="after" label={text.say('popoverLoading', { name })} />
        ) : null}
        {editing.loadProblem === undefined ? null : <ProblemBar problem={editing.loadProblem} intent="warning" />}
        <form className={popover.form} onSubmit={(e) => void save(e)} noValidate>
          <RadioGroup
            aria-labelledby={headingId}
            value={kind}
            disabled={saving}
            onChange={(_, data) => setKind(data.value as DeadlineStyleKind)}
          >
            {toDeadlineStyleChoices(format, text).map((choice) => (
              <Radio key={choice.kind} value={choice.kind} label={choice.label} />
            ))}
          </RadioGroup>
          {kind === 'exact-time' ? (
            <Field
              label={text.say('exactTimeLabel', { name, city })}
              validationMessage={invalid}
              validationState={invalid === undefined ? 'none' : 'error'}
            >
              <Input type="time" value={time} disabled={saving} onChange={(_, data) => setTime(data.value)} />
            </Field>
          ) : null}
          {style.problem === undefined ? null : <ProblemBar problem={style.problem} />}
          <div className={popover.buttons}>
            <Button
              type="submit"
              appearance="primary"
              disabled={saving}
              icon={style.saving ? <Spinner size="extra-tiny" /> : undefined}
            >
              {style.saving ? text.say('saving') : text.say('save')}
            </Button>
          </div>
        </form>

        <Divider />
        <h5 className={styles.subheading} id={holidaysId} ref={holidaysHeading} tabIndex={-1}>
          {text.say('workedHolidaysHeading', { name })}
        </h5>
        {preference === undefined || preference.workedHolidays.length === 0 ? (
          <Caption1 className={popover.hint}>
            {text.say('workedHolidaysNone', { name })}
          </Caption1>
        ) : (
          <ul className={styles.holidays} aria-labelledby={holidaysId}>
            {preference.workedHolidays.map((on) => {
              const day = format.date(on);
              return (
                <li key={on} className={styles.holiday}>
                  <Text>{day}</Text>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DismissRegular />}
                    disabled={saving}
                    aria-label={text.say('removeHolidayLabel', { day, name })}
                    onClick={() => void removeHoliday(on)}
                  >
                    {text.say('removeHoliday')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        {holidays.saving ? <Spinner size="extra-tiny" labelPosition="after" label={text.say('saving')} /> : null}
        {holidays.problem === undefined ? null : <ProblemBar problem={holidays.problem} />}
      </PopoverSurface>
    </SettingsPopover>
  );
}
