import { Badge, type BadgeProps } from '@fluentui/react-components';
import {
  CalendarArrowRightRegular,
  CalendarLtrRegular,
  CheckmarkCircleFilled,
  ClockDismissFilled,
  DismissCircleFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { RiskState } from '@upfront/contracts';
import { PEOPLE_TEXT } from '@upfront/core';
import type { ReactElement } from 'react';
import { useText } from '../../text/use-text.js';
import { toStateKey } from './people-words.js';

type Look = { color: BadgeProps['color']; appearance: BadgeProps['appearance']; icon: ReactElement };

/** The same looks as the Risks view's badges: colour, fill, icon and word differ for every serious state. */
const LOOK: Readonly<Record<RiskState, Look>> = {
  overdue: { color: 'danger', appearance: 'filled', icon: <ClockDismissFilled /> },
  'off-track': { color: 'severe', appearance: 'tint', icon: <DismissCircleFilled /> },
  'at-risk': { color: 'warning', appearance: 'tint', icon: <WarningFilled /> },
  'on-track': { color: 'success', appearance: 'tint', icon: <CheckmarkCircleFilled /> },
  later: { color: 'informative', appearance: 'outline', icon: <CalendarArrowRightRegular /> },
  'no-due-date': { color: 'informative', appearance: 'tint', icon: <CalendarLtrRegular /> },
};

/** An owed item's state, in colour and in the reader's words. */
export function PersonStateBadge(props: { state: RiskState }) {
  const text = useText(PEOPLE_TEXT);
  const look = LOOK[props.state];
  return (
    <Badge size="medium" shape="rounded" color={look.color} appearance={look.appearance} icon={look.icon} data-state={props.state}>
      {text.say('state', { state: toStateKey(props.state) })}
    </Badge>
  );
}
