import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import {
  CalendarArrowRightRegular,
  CalendarLtrRegular,
  CheckmarkCircleFilled,
  ClockAlarmFilled,
  DismissCircleRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { RiskState } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import type { ReactElement } from 'react';
import { useText } from '../../text/use-text.js';
import { STATE_KEY } from './group-risks.js';

type Look = { color: BadgeProps['color']; appearance: BadgeProps['appearance']; icon: ReactElement };

/**
 * Each serious state differs in fill, colour, icon and word, so none relies on colour alone: overdue is solid red
 * with an alarm clock; off track an orange outline with a cross; at risk a yellow tint with a warning sign; on
 * track a green tint with a tick. Fluent's badge colours follow the theme, high contrast included.
 */
export const STATE_LOOK: Readonly<Record<RiskState, Look>> = {
  overdue: { color: 'danger', appearance: 'filled', icon: <ClockAlarmFilled /> },
  'off-track': { color: 'severe', appearance: 'outline', icon: <DismissCircleRegular /> },
  'at-risk': { color: 'warning', appearance: 'tint', icon: <WarningRegular /> },
  'on-track': { color: 'success', appearance: 'tint', icon: <CheckmarkCircleFilled /> },
  later: { color: 'informative', appearance: 'outline', icon: <CalendarArrowRightRegular /> },
  'no-due-date': { color: 'informative', appearance: 'tint', icon: <CalendarLtrRegular /> },
};

const useStyles = makeStyles({
  // Fluent's "severe" outline writes its primary orange (4.4:1 on a card): the darker shade keeps text at 5.2:1.
  'off-track': { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The risk state as a badge: colour, icon and word together. */
export function StateBadge(props: { state: RiskState; size?: BadgeProps['size'] }) {
  const text = useText(RISKS_TEXT);
  const styles = useStyles();
  const look = STATE_LOOK[props.state];
  return (
    <Badge
      className={props.state === 'off-track' ? styles['off-track'] : undefined}
      size={props.size ?? 'large'} shape="rounded" color={look.color} appearance={look.appearance} icon={look.icon} data-testid="state-badge">
      {text.say('stateName', { state: STATE_KEY[props.state] })}
    </Badge>
  );
}
