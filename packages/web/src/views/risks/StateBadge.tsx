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
import type { ReactElement } from 'react';
import { STATE_LABEL } from './group-risks.js';

type Look = { color: BadgeProps['color']; appearance: BadgeProps['appearance']; icon: ReactElement };

/**
 * Overdue is solid red with a clock; off track is an orange tint with a cross; at risk an amber tint with a warning
 * sign: the serious states differ in colour, fill, icon and word, so none of them relies on colour alone.
 */
const LOOK: Readonly<Record<RiskState, Look>> = {
  overdue: { color: 'danger', appearance: 'filled', icon: <ClockDismissFilled /> },
  'off-track': { color: 'severe', appearance: 'tint', icon: <DismissCircleFilled /> },
  'at-risk': { color: 'warning', appearance: 'tint', icon: <WarningFilled /> },
  'on-track': { color: 'success', appearance: 'tint', icon: <CheckmarkCircleFilled /> },
  later: { color: 'informative', appearance: 'outline', icon: <CalendarArrowRightRegular /> },
  'no-due-date': { color: 'informative', appearance: 'tint', icon: <CalendarLtrRegular /> },
};

/** The risk state as a badge: colour, icon and text together, so colour is never the only signal. */
export function StateBadge(props: { state: RiskState; size?: BadgeProps['size'] }) {
  const look = LOOK[props.state];
  return (
    <Badge size={props.size ?? 'large'} shape="rounded" color={look.color} appearance={look.appearance} icon={look.icon}>
      {STATE_LABEL[props.state]}
    </Badge>
  );
}
