import {
  Button,
  Field,
  Input,
  makeStyles,
  PopoverSurface,
  PopoverTrigger,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, EditRegular } from '@fluentui/react-icons';
import type { ItemRisk } from '@upfront/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ProblemBar } from '../ui/ProblemBar.js';
import { RISKS_TEXT, toDisplayHours } from '@upfront/core';
import { useText } from '../text/use-text.js';
import { useAnnounce } from '../ui/Announcer.js';
import { useFormatter } from '../format/use-formatter.js';
import { useWords } from '../format/use-words.js';
import { MAX_EFFORT_HOURS, parseEffortHours, toEffortText, toNumberSymbols } from './parse-effort-hours.js';
import type { PreferenceEditing } from './use-preferences.js';
import { SettingsPopover } from './SettingsPopover.js';
import { useSaving } from './use-saving.js';

export const usePopoverStyles = makeStyles({
  surface: {
    boxSizing: 'border-box',
    width: '340px',
    maxWidth: 'calc(100vw - 24px)',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  trigger: { minWidth: 'auto', paddingInline: tokens.spacingHorizontalXS, verticalAlign: 'baseline' },
});

/** "Adjust" next to an item's effort: the user's own estimate of the work left, or back to the derived one. */
export function EffortAdjust(props: { item: ItemRisk; editing: PreferenceEditing }) {
  const { item, editing } = props;
  const styles = usePopoverStyles();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [hoursText, setHoursText] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const { saving, problem, run, dismiss } = useSaving();
  const format = useFormatter();
  const words = useWords();
  const text = useText(RISKS_TEXT);
  const announce = useAnnounce();
  const isOverride = item.effort.source === 'override';
  const example = `2${toNumberSymbols(format.locale).decimal}5`;

  const onOpenChange = (next: boolean) => {
    if (saving) return;
    if (next) {
      // The field starts from the hours the card shows (the one rounding rule), written with the locale's decimal mark.
      setHoursText(toEffortText(toDisplayHours(item.effort.minutes), format.locale));
      setInvalid(undefined);
      dismiss();
    }
    setOpen(next);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const input = parseEffortHours(hoursText, format.locale);
    if (!input.ok) {
      setInvalid(text.say('effortInvalid', { reason: input.reason, max: MAX_EFFORT_HOURS, example }));
      return;
    }
    setInvalid(undefined);
    if (await run(() => editing.saveEffort(item.id, input.hours))) {
      setOpen(false);
      announce(text.say('announceEffortSaved', { title: item.title }));
    }
  };

  const backToDerived = async () => {
    if (await run(() => editing.clearEffort(item.id))) {
      setOpen(false);
      announce(text.say('announceEffortSaved', { title: item.title }));
    }
  };

  return (
    <SettingsPopover open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger disableButtonEnhancement>
        <Button
          className={styles.trigger}
          appearance="transparent"
          size="small"
          icon={<EditRegular />}
          aria-label={text.say('effortAdjustLabel', { title: item.title })}
        >
          {text.say('effortAdjust')}
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-labelledby={headingId}>
        <h4 className={styles.heading} id={headingId}>
          {text.say('effortHeading')}
        </h4>
        <Text size={200} className={styles.hint}>
          {isOverride
            ? text.say('effortHintOverride', { hours: format.hours(item.effort.minutes) })
            : text.say('effortHintDerived', { effort: words.effort(item.effort), basis: words.effortBasis(item.effort.basis) })}
        </Text>
        <form className={styles.form} onSubmit={(e) => void save(e)} noValidate>
          <Field
            label={text.say('effortField')}
            hint={text.say('effortFieldHint', { example })}
            validationMessage={invalid}
            validationState={invalid === undefined ? 'none' : 'error'}
          >
            <Input
              // Text, not type="number": a number field reads "2,5" by the browser's locale, not the host's.
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={hoursText}
              onChange={(_, data) => setHoursText(data.value)}
              disabled={saving}
            />
          </Field>
          {problem === undefined ? null : <ProblemBar problem={problem} />}
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabled={saving} icon={saving ? <Spinner size="extra-tiny" /> : undefined}>
              {text.say(saving ? 'saving' : 'save')}
            </Button>
            {isOverride ? (
              <Button type="button" disabled={saving} icon={<ArrowUndoRegular />} onClick={() => void backToDerived()}>
                {text.say('effortBackToDerived')}
              </Button>
            ) : null}
          </div>
        </form>
      </PopoverSurface>
    </SettingsPopover>
  );
}
