import { Popover } from '@fluentui/react-components';
import type { ReactElement } from 'react';

/** The popover every inline setting opens in: focus trapped, below its trigger, closed by Escape. */
export function SettingsPopover(props: { open: boolean; onOpenChange: (open: boolean) => void; children: [ReactElement, ReactElement] }) {
  return (
    <Popover
      open={props.open}
      onOpenChange={(_, data) => props.onOpenChange(data.open)}
      trapFocus
      withArrow
      positioning="below-start"
      // No exit animation: after a failed save, Fluent 9.74's exit motion could leave the closed surface on screen.
      surfaceMotion={null}
    >
      {props.children}
    </Popover>
  );
}
