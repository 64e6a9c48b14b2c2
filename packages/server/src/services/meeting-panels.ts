import type { MeetingHeadsUp, MeetingPanel } from '@upfront/contracts';
import { AppError, assembleMeetingBrief, composeMeetingBrief, type Clock, type Instant } from '@upfront/core';
import type { MeetingFinder } from '@upfront/graph';
import type { Store, UserKey } from '@upfront/store';
import { toGraphAccess, type GraphTokens, type GraphTokenSource } from './graph-token-source.js';
import type { LoadAssessedWorld } from './load-assessed-world.js';
import type { Suggestions } from './suggestions.js';

/** Why a meeting chat gives no panel; each maps to a status in `errors.ts`. */
export type MeetingErrorCode = 'MEETING_CHAT_NOT_FOUND' | 'MEETING_CHAT_FORBIDDEN' | 'MEETING_CHAT_NOT_A_MEETING' | 'MEETING_NOT_ON_CALENDAR';

/** A meeting chat that leads to no meeting of the user's; the public message says what the person can do. */
export class MeetingError extends AppError {
  constructor(
    readonly code: MeetingErrorCode,
    message: string,
    publicMessage: string,
  ) {
    super(message, publicMessage);
  }
}

export interface MeetingPanelsDeps {
  readonly loadAssessedWorld: LoadAssessedWorld;
  readonly store: Store;
  readonly clock: Clock;
  readonly tokens: GraphTokens;
  readonly finder: MeetingFinder;
  readonly suggestions: Suggestions;
}

/** The meeting side panel's data. */
export interface MeetingPanels {
  /** The panel for the meeting of a Teams chat (the occurrence on now or next), talking points in `locale`. */
  forChat(key: UserKey, tokens: GraphTokenSource, chatId: string, options: { readonly locale?: string }): Promise<MeetingPanel>;
}

/** The horizon meetings are read in (the tab's, and the brief's). */
const HORIZON_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * The meeting side panel on the shared assessed world. The meeting is found from the chat id (`GET /chats/{id}` →
 * `onlineMeetingInfo.joinWebUrl` → the calendar occurrence with that join URL, one Graph round trip besides the
 * world); its brief is core's (`assembleMeetingBrief`, written by `composeMeetingBrief`); the heads-up for an
 * attendee is the user's current heads-up suggestion addressed to them, drafted through the suggestions' own
 * exactly-once draft route. Graph's refusals become problems that say what to do.
 */
export function createMeetingPanels(deps: MeetingPanelsDeps): MeetingPanels {
  return {
    async forChat(key, tokens, chatId, { locale }) {
      const now = deps.clock.now();
      const window = { start: now, end: new Date(Date.parse(now) + HORIZON_DAYS * DAY_MS).toISOString() as Instant };
      const access = await toGraphAccess(deps.tokens, key, tokens);
      const [found, assessed, memory, suggestions] = await Promise.all([
        deps.finder.findByChat({ ...access, chatId, window }),
        deps.loadAssessedWorld(key, tokens, { horizonDays: HORIZON_DAYS }),
        deps.store.suggestions.loadMemory(key),
        deps.suggestions.list(key, tokens, { horizonDays: HORIZON_DAYS }),
      ]);
      if (found.kind === 'chat-not-found') {
        throw new MeetingError('MEETING_CHAT_NOT_FOUND', `Graph knows no chat ${chatId}`, 'Microsoft Teams does not know this meeting chat. Close the side panel and open it again from the meeting.');
      }
      if (found.kind === 'chat-forbidden') {
        throw new MeetingError('MEETING_CHAT_FORBIDDEN', `Graph refused chat ${chatId}: ${found.graphMessage}`,
          'Microsoft Teams did not let Upfront read this meeting chat: you may not be a member of it, or your organisation has not granted Upfront the Chat.ReadBasic permission. Ask your administrator to grant it.');
      }
      if (found.kind === 'not-a-meeting') {
        throw new MeetingError('MEETING_CHAT_NOT_A_MEETING', `chat ${chatId} is a ${found.chatType} chat`, 'This chat is not a meeting chat, so there is no meeting to prepare for. Open Upfront in the side panel of a Teams meeting.');
      }
      const { world, report } = assessed;
      const meeting = found.kind === 'found' ? found.eventIds.map((id) => world.meetings?.find((m) => m.id === id)).find((m) => m !== undefined) : undefined;
      if (meeting === undefined) {
        const which = found.kind === 'not-on-calendar' && found.subject !== undefined ? `“${found.subject}”` : 'This meeting';
        throw new MeetingError('MEETING_NOT_ON_CALENDAR', `no occurrence of chat ${chatId}'s meeting with others in the next ${HORIZON_DAYS} days`,
          `${which} is not on your calendar with other people in the next two weeks (or you declined it). Upfront prepares meetings up to two weeks ahead: open the panel again closer to the meeting.`);
      }
      const brief = assembleMeetingBrief(meeting, { world, report, memory });
      const composed = composeMeetingBrief({ brief, world: locale === undefined ? world : { ...world, user: { ...world.user, language: locale } }, now: assessed.now });
      const headsUps = suggestions.value.filter((s) => s.kind === 'heads-up');
      const headsUpFor = (attendeeId: string): MeetingHeadsUp | undefined => {
        const s = headsUps.find((h) => h.recipients.some((r) => r.id === attendeeId));
        if (s === undefined) return undefined;
        return { suggestionId: s.id, subject: s.subject, language: s.language, severity: s.severity, recipientNames: s.recipients.map((r) => r.displayName), ...(s.draft ? { draft: s.draft } : {}) };
      };
      return {
        chatId,
        meetingId: brief.meetingId,
        subject: brief.subject,
        startAt: brief.startAt,
        endAt: brief.endAt,
        timeZone: world.user.timeZone,
        locale: composed.locale,
        attendees: composed.attendees.map((a, i) => {
          const facts = brief.attendees[i];
          const clock = facts?.day.find((d) => d.kind === 'local-time');
          const headsUp = headsUpFor(a.personId);
          return {
            id: a.personId,
            name: a.name,
            city: a.city,
            timeZone: clock?.kind === 'local-time' ? clock.timeZone : world.user.timeZone,
            dayPart: clock?.kind === 'local-time' ? clock.part : 'in-hours',
            owed: a.owed.map((o, j) => ({ itemId: o.itemId, title: o.title, state: facts?.owed[j]?.state ?? 'on-track', text: o.text })),
            day: a.day.map((d) => ({ kind: d.fact.kind, text: d.text })),
            ...(headsUp ? { headsUp } : {}),
          };
        }),
      };
    },
  };
}
