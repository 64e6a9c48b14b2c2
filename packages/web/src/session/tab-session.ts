import { createContext, useContext } from 'react';
import type { HostKind } from '../host/host-kind.js';

/** Where the page is shown: a full tab, a meeting's side panel (~320 px), or Outlook's add-in task pane. */
export type FrameKind = 'content' | 'side-panel' | 'task-pane';

/**
 * The signed-in session every view reads: who gives the token, in which locale the tab writes, where it runs.
 * Made once by the surface (PersonalTab, MeetingPanel, ComposePanel) and passed down through `SessionContext`.
 */
export interface TabSession {
  /** The locale the tab writes in (the host's, else the browser's), canonical BCP 47. */
  readonly locale: string;
  readonly host: HostKind;
  readonly frame: FrameKind;
  /** The SSO token for our API (the host's, or the demo sign-in's). */
  getToken(): Promise<string>;
  /** The server refused the token (401): the demo goes back to the sign-in; a host gets a fresh token. */
  onUnauthorized(): void;
  /** Present inside a host: opens the consent pop-up; resolves when the person finished it. */
  readonly onConsent?: () => Promise<void>;
  /** Present in the demo outside a host: forget the person and go back to the sign-in. */
  readonly onSwitchPerson?: () => void;
  /** The host's chat and meeting, in a meeting's side panel (teams-js `app.getContext()`: `chat.id`, `meeting.id`). */
  readonly chatId?: string;
  readonly meetingId?: string;
  /** The signed-in person's address as the host knows it (`user.userPrincipalName`), when it says. */
  readonly userPrincipalName?: string;
}

export const SessionContext = createContext<TabSession | undefined>(undefined);

/** The session of the surface being shown; a view outside a surface has a bug, so this throws. */
export function useSession(): TabSession {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSession() outside a SessionContext provider');
  return session;
}
