import { makeStyles } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

/** Says the result of an action to screen readers: `polite` waits for a pause, `assertive` interrupts (errors). */
export type Announce = (message: string, politeness?: 'polite' | 'assertive') => void;

const AnnounceContext = createContext<Announce | undefined>(undefined);

const useStyles = makeStyles({
  // Visually hidden, still read: the usual clip pattern (display:none or visibility:hidden would silence it).
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/**
 * Two live regions (polite and assertive) present from the first render, so screen readers register them
 * before the first message. A message repeated is still read: the region is cleared, then set on the next frame.
 */
export function AnnouncerProvider(props: { children: ReactNode }) {
  const styles = useStyles();
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  const frame = useRef<number | undefined>(undefined);
  const announce = useCallback<Announce>((message, politeness = 'polite') => {
    const set = politeness === 'assertive' ? setAssertive : setPolite;
    set('');
    if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => set(message));
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {props.children}
      <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announce-polite">
        {polite}
      </div>
      <div className={styles.hidden} role="alert" aria-live="assertive" aria-atomic="true" data-testid="announce-assertive">
        {assertive}
      </div>
    </AnnounceContext.Provider>
  );
}

/** The announcer of the surface; without a provider (a unit test) announcements go nowhere. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? noAnnounce;
}

const noAnnounce: Announce = () => undefined;
