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
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { CalendarRegular, CheckmarkCircleRegular, MailEditRegular, SnoozeRegular } from '@fluentui/react-icons';
import type { ItemMarkRequest, ItemRisk } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import { useRef, useState, type FormEvent } from 'react';
import { useFormatter } from '../../format/use-formatter.js';
import { useNavigation } from '../../session/navigation.js';
import { useText } from '../../text/use-text.js';
import { SNOOZE_MORNING_MINUTES, toSnoozeUntil, type SnoozeChoice } from './snooze-until.js';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** What the view does for an item's actions: marks it (the view then moves focus and announces). */
export interface ItemActionHandlers {
  mark(item: ItemRisk, request: ItemMarkRequest): Promise<void>;
  /** The user's zone (the report's), where "tomorrow morning" is. */
  readonly timeZone: string;
  /** Now, in epoch milliseconds (the view's clock, for the snooze choices). */
  readonly nowMs: number;
}

/**
 * An item's actions, keyboard reachable: draft an update to its stakeholders (in the Updates view), snooze it
 * (tomorrow morning, next week, a chosen day: each at 08:00 on the user's clock), or say it is done for now.
 */
export function ItemActions(props: { item: ItemRisk; handlers: ItemActionHandlers }) {
  const { item, handlers } = props;
  const styles = useStyles();
  const text = useText(RISKS_TEXT);
  const format = useFormatter();
  const navigation = useNavigation();
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState(false);
  const [day, setDay] = useState('');
  const [invalid, setInvalid] = useState(false);
  const snoozeButton = useRef<HTMLButtonElement>(null);
  const { timeZone, nowMs } = handlers;

  const run = async (request: ItemMarkRequest) => {
    setBusy(true);
    try {
      await handlers.mark(item, request);
    } finally {
      setBusy(false);
    }
  };
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
    <div className={styles.actions} role="group" aria-label={text.say('actionsLabel', { title: item.title })} data-testid="item-actions">
      {navigation === undefined ? null : (
        <Button
          size="small"
          icon={<MailEditRegular />}
          aria-label={text.say('draftUpdateLabel', { title: item.title })}
          onClick={() => navigation.go({ view: 'updates', itemId: item.id })}
        >
          {text.say('draftUpdate')}
        </Button>
      )}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button ref={snoozeButton} size="small" icon={busy ? <Spinner size="extra-tiny" /> : <SnoozeRegular />} disabledFocusable={busy} aria-label={text.say('snoozeLabel', { title: item.title })}>
            {text.say('snooze')}
          </Button>
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
      <Button
        size="small"
        icon={<CheckmarkCircleRegular />}
        disabledFocusable={busy}
        aria-label={text.say('doneForNowLabel', { title: item.title })}
        onClick={() => void run({ kind: 'done-for-now' })}
      >
        {text.say('doneForNow')}
      </Button>
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
    </div>
  );
}

/** 08:00 as a wall-clock time to write (any day's 08:00 UTC, formatted in UTC: only the time is shown). */
function morningOf(nowMs: number): number {
  const day = Math.floor(nowMs / 86_400_000) * 86_400_000;
  return day + SNOOZE_MORNING_MINUTES * 60_000;
}
