import type { app } from '@microsoft/teams-js';
import { useEffect, useState } from 'react';
import { config } from '../config.js';
import type { HostKind } from './host-kind.js';
import { connectToHost } from './teams-host.js';

/** The host lifecycle: connecting, connected to Teams/Outlook or a plain browser, or failed. */
export type HostState =
  | { phase: 'starting' }
  | { phase: 'ready'; host: HostKind; context?: app.Context }
  | { phase: 'failed'; error: Error };

/** Connects to the host once and reports the phase. */
export function useHost(): HostState {
  const [state, setState] = useState<HostState>({ phase: 'starting' });
  useEffect(() => {
    let live = true;
    connectToHost({ framedMs: config.hostInitTimeoutMs, topLevelMs: config.topLevelHostInitTimeoutMs }).then(
      (ready) => {
        if (live) setState({ phase: 'ready', ...ready });
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
