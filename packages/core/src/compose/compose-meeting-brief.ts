import type { UserWorld } from '../model/world.js';
import type { RiskState, StakeholderDeadline } from '../risk/types.js';
import type { DayFact, ItemStanding, MeetingBrief } from '../suggest/types.js';
import type { Instant } from '../time/types.js';
import { instantMs, localDateOf } from '../time/zoned-time.js';
import { toSelectKey } from '../culture/mail/to-select-key.js';
import { cleanText, createComposeContext, toComposedMail, type ComposeContext } from './compose-context.js';
import type { ComposedMail } from './composed-mail.js';
import type { MailBlock } from './mail-document.js';

/** What writing a meeting brief needs: its facts, the world for names and zones. The user is the reader. */
export interface ComposeMeetingBriefInput {
  readonly brief: MeetingBrief;
  readonly world: UserWorld;
  readonly now: Instant;
}

/** One thing the user owes an attendee, as a talking point. */
export interface BriefTalkingPoint {
  readonly itemId: string;
  readonly title: string;
  readonly state: RiskState;
  readonly text: string;
}

/** A fact about an attendee's day, with its words. */
export interface BriefDayNote {
  readonly fact: DayFact;
  readonly text: string;
}

/** One attendee's part of a brief, for the tab. */
export interface BriefAttendeePoints {
  readonly personId: string;
  readonly name: string;
  readonly city: string;
  /** `Jonas Weber (Berlin)`: the heading of their part. */
  readonly heading: string;
  readonly owed: readonly BriefTalkingPoint[];
  readonly day: readonly BriefDayNote[];
}

/** A brief as a message (to keep or copy) and as structured talking points (for the tab and the meeting panel). */
export interface ComposedMeetingBrief extends ComposedMail {
  readonly meetingId: string;
  readonly attendees: readonly BriefAttendeePoints[];
}

function deadlineWords(ctx: ComposeContext, deadline: StakeholderDeadline, personId: string): string {
  const userZone = ctx.world.user.timeZone;
  const ms = instantMs(deadline.at);
  const moment = ctx.format.moment(ms, deadline.timeZone);
  const myMoment = ctx.format.moment(ms, userZone);
  const sameDay = localDateOf(ms, deadline.timeZone) === localDateOf(ms, userZone);
  const mine = moment === myMoment ? 'none' : sameDay ? 'sameDay' : 'otherDay';
  return ctx.say('briefDeadline', { moment, city: ctx.cityOf(personId, deadline.timeZone), mine, myTime: ctx.format.time(ms, userZone), myMoment });
}

function talkingPoint(ctx: ComposeContext, standing: ItemStanding, personId: string): BriefTalkingPoint {
  const deadline = standing.reading?.deadline;
  const promised = standing.reading?.promised ?? (standing.promise?.kind === 'date' ? standing.promise.deadline : undefined);
  const title = cleanText(standing.title);
  const text = ctx.say('briefOwes', {
    title: ctx.title(standing.title),
    state: toSelectKey(standing.state),
    deadline: deadline === undefined ? '' : deadlineWords(ctx, deadline, personId),
    hasDate: promised === undefined ? 'no' : 'yes',
    newDate: promised === undefined ? '' : ctx.date(promised.effectiveOn),
  });
  return { itemId: standing.itemId, title, state: standing.state, text };
}

function dayNote(ctx: ComposeContext, fact: DayFact, name: string, personId: string): BriefDayNote {
  switch (fact.kind) {
    case 'local-time':
      return { fact, text: ctx.say('briefLocalTime', { name, time: ctx.format.time(fact.at, fact.timeZone), part: toSelectKey(fact.part) }) };
    case 'holiday':
      return { fact, text: ctx.say('briefHoliday', { name, when: fact.when, holiday: cleanText(fact.name) }) };
    case 'weekend-starts':
      return { fact, text: ctx.say('briefWeekendStarts', { name }) };
    case 'away': {
      const zone = ctx.personOf(personId)?.timeZone ?? ctx.world.user.timeZone;
      return { fact, text: ctx.say('briefAway', { name, from: ctx.format.moment(fact.start, zone), until: ctx.format.moment(fact.end, zone) }) };
    }
  }
}

/**
 * Writes a meeting brief for the user, in the user's language: per attendee what the user owes them and how
 * each item stands (talking points), and facts about their day (their clock, a holiday, their weekend, time
 * away). Returns the message and the same points as data for the tab.
 * @example composeMeetingBrief({ brief, world, now }).attendees[0]?.day[0]?.text
 * // 'It is 9:30 PM for Priya Raman, after working hours.'
 */
export function composeMeetingBrief(input: ComposeMeetingBriefInput): ComposedMeetingBrief {
  const { brief, world, now } = input;
  const ctx = createComposeContext(world, world.user.language, now);
  const meeting = ctx.title(brief.subject);
  const moment = ctx.format.moment(brief.startAt, world.user.timeZone);
  const attendees: BriefAttendeePoints[] = brief.attendees.map((attendee) => {
    const name = ctx.nameOf(attendee.personId);
    const zone = ctx.personOf(attendee.personId)?.timeZone ?? world.user.timeZone;
    const city = ctx.cityOf(attendee.personId, zone);
    return {
      personId: attendee.personId,
      name,
      city,
      heading: ctx.say('briefAttendee', { name, city }),
      owed: attendee.owed.map((standing) => talkingPoint(ctx, standing, attendee.personId)),
      day: attendee.day.map((fact) => dayNote(ctx, fact, name, attendee.personId)),
    };
  });
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: ctx.say('briefOpening', { meeting, moment, names: ctx.list(attendees.map((a) => a.name)), count: attendees.length }) },
  ];
  for (const attendee of attendees) {
    blocks.push({ kind: 'heading', text: attendee.heading });
    // One list per attendee: what the user owes them first, then their day.
    const owed = attendee.owed.length === 0 ? [ctx.say('briefOwesNothing', { name: attendee.name })] : attendee.owed.map((p) => p.text);
    blocks.push({ kind: 'list', items: [...owed, ...attendee.day.map((d) => d.text)] });
  }
  const mail = toComposedMail(ctx, ctx.say('briefSubject', { meeting, moment }), blocks);
  return { ...mail, meetingId: brief.meetingId, attendees };
}
