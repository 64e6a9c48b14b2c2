import { useMemo } from 'react';
import { createMeetingsClient } from '../api/meetings-client.js';
import { config } from '../config.js';
import { useSession } from '../session/tab-session.js';
import { MeetingPanelView, NoMeetingChat } from '../views/meeting/MeetingPanelView.js';

/**
 * The meeting side panel (frame context `sidePanel`, ~320 px): the meeting of the host's chat (`chat.id` from
 * teams-js `app.getContext()`), read from the session; without a chat, where the panel belongs.
 */
export default function MeetingPanel() {
  const session = useSession();
  const client = useMemo(() => createMeetingsClient({ baseUrl: config.apiBaseUrl }), []);
  if (session.chatId === undefined) return <NoMeetingChat />;
  return <MeetingPanelView client={client} getToken={session.getToken} onUnauthorized={session.onUnauthorized} chatId={session.chatId} locale={session.locale} />;
}
