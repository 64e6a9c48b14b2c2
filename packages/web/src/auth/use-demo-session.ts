import { useCallback, useState } from 'react';
import { DEMO_SESSION_KEY, parseDemoSession, toStoredDemoSession, type DemoSession } from './demo-session.js';

/**
 * The demo sign-in outside Teams. The token lives in memory and in sessionStorage (this browser tab only),
 * so a reload keeps the person; closing the tab or "Switch person" forgets it.
 */
export function useDemoSession(): {
  session: DemoSession | undefined;
  signIn(session: DemoSession): void;
  signOut(): void;
} {
  const [session, setSession] = useState<DemoSession | undefined>(() => parseDemoSession(readStorage()));
  const signIn = useCallback((next: DemoSession) => {
    writeStorage(toStoredDemoSession(next));
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    writeStorage(undefined);
    setSession(undefined);
  }, []);
  return { session, signIn, signOut };
}

function readStorage(): string | null {
  try {
    return window.sessionStorage.getItem(DEMO_SESSION_KEY);
  } catch {
    // Storage can be blocked (privacy settings, some embedded webviews): the session is then memory-only.
    return null;
  }
}

function writeStorage(value: string | undefined): void {
  try {
    if (value === undefined) window.sessionStorage.removeItem(DEMO_SESSION_KEY);
    else window.sessionStorage.setItem(DEMO_SESSION_KEY, value);
  } catch {
    // See readStorage: without storage the session simply does not survive a reload.
  }
}
