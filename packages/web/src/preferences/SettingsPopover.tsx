import { Popover } from '@fluentui/react-components';
import { useEffect, useRef, type ReactElement, type RefObject } from 'react';

/**
 * The popover every inline setting opens in: focus trapped, below its trigger, closed by Escape. Closed (Escape,
 * Save) with focus left nowhere, focus goes back to `trigger`: a popover loaded on first use mounts open, so the
 * button it was opened from is not the one Fluent would return to.
 */
export function SettingsPopover(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: RefObject<HTMLButtonElement | null>;
  children: [ReactElement, ReactElement];
}) {
  const { open, trigger } = props;
  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return undefined;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) trigger.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [open, trigger]);
  return (
    <Popover
      open={open}
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
