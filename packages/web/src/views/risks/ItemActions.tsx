import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, MailEditRegular, SnoozeRegular } from '@fluentui/react-icons';
import type { ItemMarkRequest, ItemRisk } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import { lazy, useState, type ComponentProps } from 'react';
import { OnDemand } from '../../preferences/OnDemand.js';
import { useNavigation } from '../../session/navigation.js';
import { useText } from '../../text/use-text.js';

// The snooze menu and its day picker (Menu, Dialog, Field, Input: ~20 KB compressed) load when first opened.
const loadSnoozeMenu = () => import('./SnoozeMenu.js');
const SnoozeMenu = lazy(loadSnoozeMenu);

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
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
  const navigation = useNavigation();
  const [busy, setBusy] = useState(false);
  const { timeZone, nowMs } = handlers;

  const run = async (request: ItemMarkRequest) => {
    setBusy(true);
    try {
      await handlers.mark(item, request);
    } finally {
      setBusy(false);
    }
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
      <SnoozeAction item={item} busy={busy} run={run} nowMs={nowMs} timeZone={timeZone} />
      <Button
        size="small"
        icon={<CheckmarkCircleRegular />}
        disabledFocusable={busy}
        aria-label={text.say('doneForNowLabel', { title: item.title })}
        onClick={() => void run({ kind: 'done-for-now' })}
      >
        {text.say('doneForNow')}
      </Button>
    </div>
  );
}

/** What the Snooze button needs, eager or loaded. */
export interface SnoozeProps {
  item: ItemRisk;
  busy: boolean;
  run: (request: ItemMarkRequest) => Promise<void>;
  nowMs: number;
  timeZone: string;
}

/** The Snooze button as it looks and reads, before and after its menu has loaded (the same name, the same place). */
export function SnoozeButton(props: ComponentProps<typeof Button> & { title: string; busy: boolean }) {
  const { title, busy, ...rest } = props;
  const text = useText(RISKS_TEXT);
  return (
    <Button {...rest} size="small" icon={busy ? <Spinner size="extra-tiny" /> : <SnoozeRegular />} disabledFocusable={busy} aria-label={text.say('snoozeLabel', { title })}>
      {text.say('snooze')}
    </Button>
  );
}

/**
 * Snooze: a plain button until first used (hovering or focusing it starts loading the menu); pressed, the menu
 * loads and opens with focus on its first choice, and from then on it is the menu's own trigger.
 */
function SnoozeAction(props: SnoozeProps) {
  return (
    <OnDemand
      preload={loadSnoozeMenu}
      trigger={(events) => <SnoozeButton title={props.item.title} busy={props.busy} aria-haspopup="menu" aria-expanded={false} {...events} />}
      surface={<SnoozeMenu {...props} />}
    />
  );
}
