import type { MeetingBrief as MeetingBriefDto } from '@upfront/contracts';
import { assembleMeetingBrief, composeMeetingBrief } from '@upfront/core';
import type { Store, UserKey } from '@upfront/store';
import { RequestError } from '../errors.js';
import type { GraphTokenSource } from './graph-token-source.js';
import type { LoadAssessedWorld } from './load-assessed-world.js';

export interface MeetingBriefsDeps {
  readonly loadAssessedWorld: LoadAssessedWorld;
  readonly store: Store;
}

/** Briefs for the user's meetings. */
export interface MeetingBriefs {
  /** The brief of one of the user's upcoming meetings, in `locale` (the mailbox language when absent). */
  forMeeting(key: UserKey, tokens: GraphTokenSource, meetingId: string, options: { readonly locale?: string }): Promise<MeetingBriefDto>;
}

/** The horizon meetings are read in (the tab's). */
const HORIZON_DAYS = 14;

/**
 * A meeting brief on the shared assessed world: per attendee what the user owes them, how it stands and facts
 * about their day (core's `assembleMeetingBrief`), written by `composeMeetingBrief`. A meeting that is not on the
 * user's calendar (or someone else's) answers 404.
 */
export function createMeetingBriefs(deps: MeetingBriefsDeps): MeetingBriefs {
  return {
    async forMeeting(key, tokens, meetingId, { locale }) {
      const [assessed, memory] = await Promise.all([deps.loadAssessedWorld(key, tokens, { horizonDays: HORIZON_DAYS }), deps.store.suggestions.loadMemory(key)]);
      const { world, report, now } = assessed;
      const meeting = world.meetings?.find((m) => m.id === meetingId);
      if (!meeting) throw new RequestError('NOT_FOUND', `no meeting ${meetingId} in the user's next ${HORIZON_DAYS} days`, 'There is no such meeting in your calendar for the next two weeks.');
      const brief = assembleMeetingBrief(meeting, { world, report, memory });
      const composed = composeMeetingBrief({ brief, world: locale === undefined ? world : { ...world, user: { ...world.user, language: locale } }, now });
      return {
        meetingId: brief.meetingId,
        subject: brief.subject,
        startAt: brief.startAt,
        endAt: brief.endAt,
        locale: composed.locale,
        attendees: composed.attendees.map((a) => ({
          id: a.personId,
          name: a.name,
          city: a.city,
          heading: a.heading,
          owed: a.owed.map((o) => ({ itemId: o.itemId, title: o.title, state: o.state, text: o.text })),
          day: a.day.map((d) => ({ kind: d.fact.kind, text: d.text })),
        })),
        html: composed.html,
        text: composed.text,
      };
    },
  };
}
