import { Badge, type BadgeProps } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  CheckmarkCircleFilled,
  DismissCircleFilled,
  ErrorCircleFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { RiskState } from '@upfront/contracts';
import type { ReactElement } from 'react';
import { STATE_LABEL } from './group-risks.js';

const LOOK: Readonly<Record<RiskState, { color: BadgeProps['color']; appearance: BadgeProps['appearance']; icon: ReactElement }>> = {
  overdue: { color: 'danger', appearance: 'filled', icon: <ErrorCircleFilled /> },
  'off-track': { color: 'severe', appearance: 'filled', icon: <DismissCircleFilled /> },
  'at-risk': { color: 'warning', appearance: 'filled', icon: <WarningFilled /> },
  'on-track': { color: 'success', appearance: 'tint', icon: <CheckmarkCircleFilled /> },
  'no-due-date': { color: 'informative', appearance: 'outline', icon: <CalendarLtrRegular /> },
};

/** The risk state as a badge: colour, icon and text together, so colour is never the only signal. */
export function StateBadge(props: { state: RiskState }) {
  const look = LOOK[props.state];
  return (
    <Badge size="large" shape="rounded" color={look.color} appearance={look.appearance} icon={look.icon}>
      {STATE_LABEL[props.state]}
    </Badge>
  );
}
