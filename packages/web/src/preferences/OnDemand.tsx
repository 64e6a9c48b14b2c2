import { Suspense, useState, type ReactElement } from 'react';

/** What the stand-in trigger does: starts loading the surface on hover or focus, asks for it on a press. */
export interface OnDemandTrigger {
  onPointerEnter: () => void;
  onFocus: () => void;
  onClick: () => void;
}

/**
 * A surface (menu, popover, dialog) whose code loads on first use. Until then `trigger` is drawn as a stand-in
 * (the same button: same name, same place); pressed, `surface` (a lazy component that mounts open, its own
 * trigger included) replaces it, and the stand-in stays on screen while the code arrives.
 */
export function OnDemand(props: { preload: () => unknown; trigger: (events: OnDemandTrigger) => ReactElement; surface: ReactElement }) {
  const [wanted, setWanted] = useState(false);
  const preload = () => void props.preload();
  const standIn = props.trigger({ onPointerEnter: preload, onFocus: preload, onClick: () => setWanted(true) });
  if (!wanted) return standIn;
  return <Suspense fallback={standIn}>{props.surface}</Suspense>;
}
