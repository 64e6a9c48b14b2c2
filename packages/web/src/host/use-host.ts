import { useEffect, useState } from 'react';
import { config } from '../config.js';
import { connectToHost, isHostFramed, type HostLink } from './teams-host.js';

/** The host lifecycle: connecting, inside Teams/Outlook, a plain browser (demo sign-in), or a host that never answered. */
export type HostState =
  | { phase: 'starting' }
  | { phase: 'hosted'; link: HostLink }
  | { phase: 'browser' }
  | { phase: 'failed'; error: Error };

/** Connects to the host once; a top-level page is a browser at once, without loading teams-js. */
export function useHost(): HostState {
  const [state, setState] = useState<HostState>(() => (isHostFramed(window) ? { phase: 'starting' } : { phase: 'browser' }));
  useEffect(() => {
    if (!isHostFramed(window)) return;
    let live = true;
    connectToHost(config.hostInitTimeoutMs).then(
      (link) => {
        if (live) setState({ phase: 'hosted', link });
      },
      (error: unknown) => {
        if (live) setState({ phase: 'failed', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
