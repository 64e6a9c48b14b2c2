/**
 * Every sentence Upfront writes in a message, as ICU MessageFormat sources. Each locale implements all of
 * them (a missing one fails the typecheck). Values are already-formatted words (dates, times, hours from the
 * formatter, names and titles as given); the composer escapes them for HTML afterwards, so messages are text.
 *
 * `tone` (`direct` | `diplomatic`, set by the user per stakeholder) is selected inside the messages. Where the
 * language has forms of address, `direct` writes the informal one (du, tu, tú) and `diplomatic` the formal one
 * (Sie, vous, usted).
 */
export interface MailPhrases {
  // Letter frame
  /** `{tone}`, `{name}`: the first line. */
  readonly greeting: string;
  /** `{tone}`: the line above the user's name. */
  readonly signOff: string;

  /** `{title}`: a work item's title inside a sentence (quoted where the language quotes titles). */
  readonly quotedTitle: string;

  // Moments as a reader reads them
  /**
   * A deadline in the reader's zone and words, with the user's own clock beside it when it differs:
   * `{date}` (long), `{time}`, `{city}`, `{mine}` = `none` | `sameDay` | `otherDay`, `{myTime}`, `{myMoment}`.
   */
  readonly readerMoment: string;
  /** `{style}` = `start` | `close` | `end` | `exact`, `{tone}`: how the reader reads a due date (`exact` says nothing). */
  readonly deadlineStyle: string;
  /** `{why}` = `weekend` | `holiday`, `{holiday}`, `{dueDate}`, `{effectiveDate}`, `{tone}`: a due date on the reader's day off. */
  readonly movedDeadline: string;
  /** `{kind}` = `checklist` | `percent`, `{done}`, `{total}`, `{percent}`: how far the work is. */
  readonly progress: string;

  // Heads-up
  /** `{tone}`, `{count}` (items), `{title}` (the first), `{hasDate}` = `yes` | `no`, `{newDate}` (short). */
  readonly headsUpSubject: string;
  /** `{tone}`, `{count}`: the line before several items, right after the greeting (one item has none: its opening says it). */
  readonly headsUpIntro: string;
  /** `{first}` = `yes` | `no` (the paragraph right after the greeting: German starts it in lower case), `{tone}`, `{title}`, `{state}` = `atRisk` | `offTrack` | `overdue`, `{firstDeadline}` (long, with my time). */
  readonly headsUpOpening: string;
  /** `{tone}`, `{title}`, `{own}`, `{free}`, `{short}`: the item's own work does not fit. */
  readonly causeOwnEffort: string;
  /** `{tone}`, `{title}`, `{roots}` (a list of titles), `{rootCount}`, `{competing}`, `{free}`, `{own}`: earlier work takes the time. */
  readonly causeEarlierWork: string;
  /** `{tone}`, `{own}`, `{hasWork}` = `yes` | `no`: an overdue item's remaining work. */
  readonly causeOverdue: string;
  /** `{tone}`, `{newDeadline}` (long, with my time), `{firstDate}`, `{newDate}` (short), `{firstDateLong}`, `{newDateLong}`: the first promise stays visible. */
  readonly newDate: string;
  /** `{tone}`, `{reason}` = `calendarNotRead` | `no-capacity-in-sight`, `{until}`: no honest date yet. */
  readonly noNewDate: string;
  /** `{tone}`, `{hasDate}` = `yes` | `no` | `several` (items, each with a date), `{newDate}`: what I need from the reader. */
  readonly headsUpAsk: string;
  /** `{tone}`, `{colleague}`, `{hours}`, `{title}`: a colleague I am asking to take part of the work. */
  readonly headsUpHelp: string;
  /** `{tone}` */
  readonly headsUpThanks: string;

  // Confirm the promise
  /** `{tone}`, `{count}` (items), `{title}` (the first), `{date}` (short). */
  readonly confirmSubject: string;
  /** `{first}` = `yes` | `no` (the paragraph right after the greeting: German starts it in lower case), `{tone}`, `{title}`, `{deadline}` (long, with my time), `{hasStyle}` = `yes` | `no`, `{style}` (the reader's reading). */
  readonly confirmOpening: string;
  /** `{tone}`: what I need: a yes, or their date. */
  readonly confirmAsk: string;
  /** `{tone}` */
  readonly confirmThanks: string;

  // On track
  /** `{tone}`, `{count}` (items), `{title}` (the first), `{date}` (short). */
  readonly onTrackSubject: string;
  /** `{first}` = `yes` | `no` (the paragraph right after the greeting: German starts it in lower case), `{tone}`, `{title}`, `{deadline}`. */
  readonly onTrackOpening: string;
  /** `{tone}`, `{own}`, `{free}`: the honest figures behind "on track". */
  readonly onTrackFigures: string;
  /** `{tone}`: nothing needed, and a word if it changes. */
  readonly onTrackAsk: string;

  // Delivered, with thanks
  /** `{tone}`, `{count}` (items), `{title}` (the first). */
  readonly deliveredSubject: string;
  /** `{first}` = `yes` | `no` (the paragraph right after the greeting: German starts it in lower case), `{tone}`, `{title}`, `{date}` (long, the reader's day it was finished), `{onTime}` = `yes` | `no` | `unknown`, `{firstDate}`. */
  readonly deliveredOpening: string;
  /** `{tone}`, `{you}` = `yes` | `no` (the reader worked on it too), `{names}` (a list of the others), `{count}` (of the others): the people who worked on it. */
  readonly deliveredCredit: string;
  /** `{tone}`: what I need (nothing, unless something is off). */
  readonly deliveredAsk: string;
  /** `{tone}` */
  readonly deliveredThanks: string;

  // Ask for help
  /** `{tone}`, `{title}` (the first), `{count}`. */
  readonly helpSubject: string;
  /** `{first}` = `yes` | `no` (the paragraph right after the greeting: German starts it in lower case), `{tone}`, `{title}`, `{hours}` (what they could take), `{deadline}` (in their zone, with my time). */
  readonly helpOpening: string;
  /** `{tone}`, `{short}`, `{stakeholders}` (a list, maybe empty), `{stakeholderCount}`: why I ask. */
  readonly helpWhy: string;
  /** `{tone}`, `{freeHours}`: the free time their calendar shows before then. */
  readonly helpTheirTime: string;
  /** `{tone}`: what happens next, and that no is a fine answer. */
  readonly helpAsk: string;
  /** `{tone}` */
  readonly helpThanks: string;

  // Weekly digest
  /** `{tone}`, `{from}`, `{to}` (short dates). */
  readonly digestSubject: string;
  /** `{tone}`, `{from}`, `{to}` (short), `{fromLong}`, `{toLong}`. */
  readonly digestOpening: string;
  /** `{section}` = `done` | `progress` | `risk` | `help` | `away`. */
  readonly digestHeading: string;
  /** `{tone}`, `{title}`, `{date}`, `{you}` = `yes` | `no` (the reader gets credit too), `{names}` (a list of the others, maybe empty), `{count}`. */
  readonly digestDone: string;
  /** `{title}`, `{deadline}`. */
  readonly digestProgress: string;
  /** `{title}`, `{hasDate}`, `{firstDate}`, `{newDate}`, `{state}` = `atRisk` | `offTrack` | `overdue`. */
  readonly digestRisk: string;
  /** `{title}`, `{short}`, `{hasColleague}` = `yes` | `no`, `{colleague}`, `{hours}`. */
  readonly digestHelp: string;
  /** `{kind}` = `away` | `holiday`, `{who}` = `me` | `other`, `{name}`, `{from}` (the first day), `{back}` (the day they are back), `{oneDay}` = `yes` | `no` (back the same day), `{holiday}`. */
  readonly digestAway: string;
  /** `{section}`: an empty section's one line. */
  readonly digestEmpty: string;
  /** `{tone}` */
  readonly digestClosing: string;

  // Meeting brief (for the user, in the user's language)
  /** `{meeting}`, `{moment}`. */
  readonly briefSubject: string;
  /** `{meeting}`, `{moment}`, `{names}`, `{count}`. */
  readonly briefOpening: string;
  /** `{name}`, `{city}`. */
  readonly briefAttendee: string;
  /** `{moment}`, `{city}`, `{mine}` = `none` | `sameDay` | `otherDay`, `{myTime}`, `{myMoment}`: an attendee's deadline, the user's clock beside it. */
  readonly briefDeadline: string;
  /**
   * `{title}`, `{state}` (a `RiskState`), `{deadline}` (their reading), `{hasDate}`, `{newDate}`:
   * one thing the user owes this attendee, as a talking point.
   */
  readonly briefOwes: string;
  /** `{name}` */
  readonly briefOwesNothing: string;
  /** `{name}`, `{time}`, `{part}` (a `DayPart`): their clock when the meeting starts. */
  readonly briefLocalTime: string;
  /** `{name}`, `{when}` = `today` | `tomorrow`, `{holiday}`: a public holiday where they are. */
  readonly briefHoliday: string;
  /** `{name}`: their non-working days start the day after the meeting. */
  readonly briefWeekendStarts: string;
  /** `{name}`, `{from}`, `{until}` (moments in their zone): their automatic replies window. */
  readonly briefAway: string;
}

/** The id of one message in `MailPhrases`. */
export type MailPhraseId = keyof MailPhrases;
