/**
 * Moves keyboard focus to the main heading inside `root` (the view's `h1`), waiting for it to appear when the view
 * is still loading (a lazy chunk, its first data). The heading becomes focusable by script only (`tabindex=-1`),
 * so it is not added to the tab order. Gives up after `timeoutMs`, or as soon as focus moved elsewhere meanwhile;
 * returns a cancel function.
 */
export function focusHeading(root: () => Element | null, timeoutMs = 10_000): () => void {
  let done = false;
  const before = document.activeElement;
  const tryFocus = (): boolean => {
    // The person went on meanwhile (typed, tabbed, clicked elsewhere): their focus is not ours to take.
    const now = document.activeElement;
    if (now !== before && now !== null && now !== document.body) return true;
    const heading = root()?.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
    return true;
  };
  if (tryFocus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (!done && tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
