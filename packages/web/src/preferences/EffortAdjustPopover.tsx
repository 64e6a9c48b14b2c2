import {
  Button,
  Field,
  Input,
  PopoverSurface,
  PopoverTrigger,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import type { ItemRisk } from '@upfront/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ProblemBar } from '../ui/ProblemBar.js';
import { RISKS_TEXT, toDisplayHours } from '@upfront/core';
import { useText } from '../text/use-text.js';
import { useAnnounce } from '../ui/Announcer.js';
import { useFormatter } from '../format/use-formatter.js';
import { useWords } from '../format/use-words.js';
import { MAX_EFFORT_HOURS, parseEffortHours, toEffortText, toNumberSymbols } from './parse-effort-hours.js';
import type { PreferenceEditing } from './use-preferences.js';
import { EffortTrigger } from './EffortAdjust.js';
import { usePopoverStyles } from './popover-styles.js';
import { SettingsPopover } from './SettingsPopover.js';
import { useSaving } from './use-saving.js';

/** The effort popover, loaded on first use and mounted open: the user's own estimate of the work left, or back to the derived one. */
export default function EffortAdjustPopover(props: { item: ItemRisk; editing: PreferenceEditing }) {
  const { item, editing } = props;
  const styles = usePopoverStyles();
  const headingId = useId();
  const format = useFormatter();
  // Mounted open: the field starts from the hours the card shows, as an opening would set it.
  const [open, setOpen] = useState(true);
  const trigger = useRef<HTMLButtonElement>(null);
  const [hoursText, setHoursText] = useState(() => toEffortText(toDisplayHours(item.effort.minutes), format.locale));
  const [invalid, setInvalid] = useState<string | undefined>();
  const { saving, problem, run, dismiss } = useSaving();
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
    <SettingsPopover open={open} onOpenChange={onOpenChange} trigger={trigger}>
      <PopoverTrigger disableButtonEnhancement>
        <EffortTrigger item={item} ref={trigger} />
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
