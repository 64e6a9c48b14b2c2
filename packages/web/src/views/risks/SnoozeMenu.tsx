import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
} from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { RISKS_TEXT } from '@upfront/core';
import { useRef, useState, type FormEvent } from 'react';
import { useFormatter } from '../../format/use-formatter.js';
import { useText } from '../../text/use-text.js';
import { SnoozeButton, type SnoozeProps } from './ItemActions.js';
import { SNOOZE_MORNING_MINUTES, toSnoozeUntil, type SnoozeChoice } from './snooze-until.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/**
 * The Snooze menu (tomorrow morning, next week, a chosen day: each at 08:00 on the user's clock), loaded on first
 * use: it mounts open, so focus lands on its first choice; closed, focus is back on its button.
 */
export default function SnoozeMenu(props: SnoozeProps) {
  const { item, busy, run, nowMs, timeZone } = props;
  const styles = useStyles();
  const text = useText(RISKS_TEXT);
  const format = useFormatter();
  const [picking, setPicking] = useState(false);
  const [day, setDay] = useState('');
  const [invalid, setInvalid] = useState(false);
  const snoozeButton = useRef<HTMLButtonElement>(null);

  const snooze = (choice: SnoozeChoice) => {
    const until = toSnoozeUntil(choice, nowMs, timeZone);
    if (until !== undefined) void run({ kind: 'snoozed', until });
  };
  const choiceMoment = (choice: SnoozeChoice) => {
    const until = toSnoozeUntil(choice, nowMs, timeZone);
    return until === undefined ? '' : format.moment(until, timeZone);
  };
  const pickDay = async (event: FormEvent) => {
    event.preventDefault();
    const until = toSnoozeUntil({ kind: 'date', on: day }, nowMs, timeZone);
    if (until === undefined) {
      setInvalid(true);
      return;
    }
    setPicking(false);
    await run({ kind: 'snoozed', until });
  };

  return (
    <>
      <Menu defaultOpen>
        <MenuTrigger disableButtonEnhancement>
          <SnoozeButton ref={snoozeButton} title={item.title} busy={busy} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => snooze({ kind: 'tomorrow' })}>{text.say('snoozeTomorrow', { moment: choiceMoment({ kind: 'tomorrow' }) })}</MenuItem>
            <MenuItem onClick={() => snooze({ kind: 'next-week' })}>{text.say('snoozeNextWeek', { moment: choiceMoment({ kind: 'next-week' }) })}</MenuItem>
            <MenuItem
              icon={<CalendarRegular />}
              onClick={() => {
                setDay('');
                setInvalid(false);
                setPicking(true);
              }}
            >
              {text.say('snoozePickDate')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog
        open={picking}
        onOpenChange={(_, data) => {
          setPicking(data.open);
          // Closed without a day (Escape, Cancel): back to the Snooze button it was opened from (its menu is gone).
          if (!data.open) requestAnimationFrame(() => snoozeButton.current?.focus());
        }}
      >
        <DialogSurface>
          <form onSubmit={(e) => void pickDay(e)} noValidate>
            <DialogBody>
              <DialogTitle>{text.say('snoozeDateHeading')}</DialogTitle>
              <DialogContent className={styles.form}>
                <Field
                  label={text.say('snoozeDateField')}
                  hint={text.say('snoozeDateHint', { time: format.time(morningOf(nowMs), 'UTC') })}
                  validationMessage={invalid ? text.say('snoozeDateInvalid') : undefined}
                  validationState={invalid ? 'error' : 'none'}
                >
                  <Input type="date" value={day} onChange={(_, data) => setDay(data.value)} data-testid="snooze-day" />
                </Field>
              </DialogContent>
              <DialogActions>
                <Button type="submit" appearance="primary">
                  {text.say('snooze')}
                </Button>
                <Button
                  type="button"
                  onClick={() => {
                    setPicking(false);
                    requestAnimationFrame(() => snoozeButton.current?.focus());
                  }}
                >
                  {text.say('cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** 08:00 as a wall-clock time to write (any day's 08:00 UTC, formatted in UTC: only the time is shown). */
function morningOf(nowMs: number): number {
  const day = Math.floor(nowMs / 86_400_000) * 86_400_000;
  return day + SNOOZE_MORNING_MINUTES * 60_000;
}
