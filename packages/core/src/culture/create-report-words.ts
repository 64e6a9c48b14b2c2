import type { DeadlineStyle } from '../model/person.js';
import type { DeadlineMove, EffortBasis, EffortSource, ItemRisk, PromisedDate, RiskCause, RiskFigures, RiskFlag, RiskState } from '../risk/types.js';
import type { LocalDate, TimeZoneId } from '../time/types.js';
import { instantMs } from '../time/zoned-time.js';
import type { MessageValues } from './create-messages.js';
import { reportMessagesFor } from './report-messages.js';
import { isSameWallClock, writeDeadline, type DeadlineContext, type DeadlineFacts, type DeadlineWords } from './to-deadline-words.js';

/** What the report's words need: the deadline context, the horizon, and each stakeholder's name and zone. */
export interface ReportWordsContext extends DeadlineContext {
  /** Days the horizon covers. */
  readonly horizonDays: number;
  /** How the report names a stakeholder (their first name), by id. */
  readonly nameOf: (stakeholderId: string) => string;
  /** A stakeholder's zone, by id (the user's when unknown). */
  readonly zoneOf: (stakeholderId: string) => TimeZoneId;
}

/** A deadline with whose reading it is and its style: enough to name it (`Lena’s close of business`). */
export interface ReadingFacts extends DeadlineFacts {
  readonly style: DeadlineStyle;
}

/** A reading that may have moved off the reader's day off (`dueOn` is the day it was due). */
export interface MovedReadingFacts extends ReadingFacts {
  readonly dueOn: LocalDate;
  readonly moved?: DeadlineMove;
}

/** What a one-line summary is written from: the state, the figures and the deadline that counts. */
export type SummaryFacts = Pick<ItemRisk, 'state' | 'figures' | 'deadline'>;

/** The date to promise in words: the headline, and the other readers' readings of the same date. */
export interface PromiseWords {
  readonly headline: string;
  readonly others: readonly string[];
}

/** The words of one risk report, in one locale; everything a person reads about a risk comes from here. */
export interface ReportWords {
  /** The locale the words and plurals follow (as asked: `fr-CA` reads the French catalogue). */
  readonly locale: string;
  /** One deadline in the reader's zone, with the user's own time beside it when it differs. */
  deadline(deadline: DeadlineFacts): DeadlineWords;
  /** The user's own moment of a deadline (`Thu 10 Dec, 08:00 your time`); `undefined` when their clock shows the same. */
  yourTime(deadline: DeadlineFacts): string | undefined;
  /** A deadline style by name: `close of business`, `fin de journée de travail`, `Geschäftsschluss`. */
  styleName(deadline: ReadingFacts): string;
  /** Whose reading, with the style: `Lena’s close of business`, `your start of business`. */
  reading(deadline: ReadingFacts): string;
  /** The one-line summary of an item, from the same figures the badge is decided on. */
  summary(risk: SummaryFacts): string;
  /** Why a deadline is not on its due date (`Sat 5 Dec is Lena’s weekend: due …`); `undefined` when it did not move. */
  moved(deadline: MovedReadingFacts): string | undefined;
  /** Why an item is in trouble: on its own, or the earlier items (by title) that take the time first. */
  cause(cause: RiskCause, figures: Pick<RiskFigures, 'ownMinutes' | 'freeMinutes'>, titleOf: (itemId: string) => string | undefined): string;
  /** The heading over what a root cause pushes, from the states of its consequences. */
  pushes(states: readonly RiskState[]): string;
  /** An effort with where it came from: `~2.5 hrs, as written in the task`; the user's own is not approximate. */
  effort(effort: { readonly minutes: number; readonly source: EffortSource }): string;
  /** A flag as a sentence; every date in the zone of the person it is about. */
  flag(flag: RiskFlag): string;
  /** Where an effort came from: `“~3h” in the title`, `4 of 6 steps left × 30 mins`. */
  effortBasis(basis: EffortBasis): string;
  /** The date to promise, or up to when nothing fits. */
  promise(promise: PromisedDate): PromiseWords;
}

type StyleKey = 'start' | 'close' | 'endOfDay' | 'exact';
const STYLE_KEY: Readonly<Record<DeadlineStyle['kind'], StyleKey>> = {
  'start-of-business-day': 'start',
  'close-of-business-day': 'close',
  'end-of-day': 'endOfDay',
  'exact-time': 'exact',
};
const some = (present: boolean) => (present ? 'some' : 'none');
const SOURCE_KEY: Readonly<Record<EffortSource, string>> = {
  override: 'override',
  'estimate-in-text': 'estimateInText',
  checklist: 'checklist',
  'planner-percent': 'plannerPercent',
  'importance-default': 'importanceDefault',
};

/**
 * Creates the words of a report in `locale`: the catalogue of its language (`report/<locale>.ts`, ICU messages;
 * `fr-CA` reads French), with every date, time and hour from `ctx.format` (made for the same locale).
 * @example createReportWords('en-GB', ctx).flag({ kind: 'waiting-on-others' }) // 'Waiting on others'
 * @example createReportWords('en-GB', ctx).effortBasis({ kind: 'checklist', stepsLeft: 4, stepsTotal: 6, perStepMinutes: 30 })
 * // '4 of 6 steps left × 30 mins'
 */
export function createReportWords(locale: string, ctx: ReportWordsContext): ReportWords {
  const messages = reportMessagesFor(locale);
  const say = messages.say.bind(messages);
  const f = ctx.format;
  const h = (minutes: number) => f.hours(minutes);
  const date = (on: LocalDate) => f.date(on);
  const styleValues = (d: ReadingFacts): MessageValues => ({ style: STYLE_KEY[d.style.kind], time: f.time(d.at, d.timeZone) });
  const reading = (d: ReadingFacts) =>
    say('readingOf', { ...styleValues(d), who: d.stakeholderId === undefined ? 'you' : 'other', name: d.stakeholderId === undefined ? '' : ctx.nameOf(d.stakeholderId) });
  const deadline = (d: DeadlineFacts) => writeDeadline(messages, d, ctx);

  return {
    locale: messages.locale,
    deadline,
    yourTime: (d) => (isSameWallClock(instantMs(d.at), d.timeZone, ctx.userZone) ? undefined : say('yourTime', { moment: f.moment(d.at, ctx.userZone) })),
    styleName: (d) => say('styleName', styleValues(d)),
    reading,
    summary(risk) {
      const fig = risk.figures;
      const work = some(fig.ownMinutes > 0);
      const needsValues = { work, own: h(fig.ownMinutes), competing: h(fig.competingMinutes) };
      const needs = say('needs', { ...needsValues, others: some(fig.competingMinutes > 0) });
      const needsAlone = say('needs', { ...needsValues, others: 'none' });
      const values = { needs, work, own: h(fig.ownMinutes), free: h(fig.freeMinutes), deadline: risk.deadline === undefined ? '' : deadline(risk.deadline).both, days: ctx.horizonDays };
      switch (risk.state) {
        case 'overdue':
          return say('summaryOverdue', values);
        case 'on-track':
          return say('summaryOnTrack', { ...values, gap: f.hoursBetween(fig.freeMinutes, fig.neededMinutes) });
        case 'at-risk':
          return say('summaryAtRisk', { ...values, gap: f.hoursBetween(fig.freeMinutes, fig.neededMinutes) });
        case 'off-track':
          return say('summaryOffTrack', { ...values, gap: f.hoursBetween(fig.neededMinutes, fig.freeMinutes) });
        case 'later':
          return say('summaryLater', { ...values, needs: needsAlone });
        case 'no-due-date':
          // Free time of the horizon left once work with deadlines has had its share.
          return say('summaryNoDueDate', { ...values, needs: needsAlone, left: h(Math.max(0, fig.freeMinutes - fig.competingMinutes)) });
      }
    },
    moved(d) {
      if (d.moved === undefined) return undefined;
      const mine = d.stakeholderId === undefined;
      return say('deadlineMoved', {
        why: d.moved.why,
        on: date(d.dueOn),
        who: mine ? 'you' : 'other',
        name: mine ? '' : ctx.nameOf(d.stakeholderId),
        holiday: some(d.moved.holidayName !== undefined),
        holidayName: d.moved.holidayName ?? '',
        deadline: deadline(d).inStakeholderZone,
        reading: reading(d),
      });
    },
    cause(cause, fig, titleOf) {
      const values = { own: h(fig.ownMinutes), free: h(fig.freeMinutes) };
      if (cause.kind === 'own-effort') return say('causeOwnEffort', values);
      const titles = cause.rootIds.map(titleOf).filter((t): t is string => t !== undefined);
      return say('causeEarlierWork', { ...values, count: titles.length, roots: messages.list(titles.map((text) => say('quoted', { text }))) });
    },
    pushes(states) {
      const past = states.filter((s) => s === 'off-track').length;
      return say('pushes', { n: states.length, kind: past === states.length ? 'past' : past === 0 ? 'risk' : 'mixed' });
    },
    effort(effort) {
      return say('effortLine', { approx: effort.source === 'override' ? 'no' : 'yes', hours: h(effort.minutes), source: SOURCE_KEY[effort.source] });
    },
    flag(flag) {
      switch (flag.kind) {
        case 'waiting-on-others':
          return say('flagWaitingOnOthers');
        case 'away-before-deadline':
          return say('flagAwayBeforeDeadline', { from: f.moment(flag.awayFrom, ctx.userZone), until: f.moment(flag.awayUntil, ctx.userZone) });
        case 'non-working-day':
          return say('flagNonWorkingDay', {
            why: flag.why,
            on: date(flag.on),
            name: ctx.nameOf(flag.stakeholderId),
            holiday: some(flag.holidayName !== undefined),
            holidayName: flag.holidayName ?? '',
            moved: some(flag.movedTo !== undefined),
            movedTo: flag.movedTo === undefined ? '' : date(flag.movedTo),
          });
        case 'time-zone-cliff': {
          const zone = ctx.zoneOf(flag.stakeholderId);
          return say('flagTimeZoneCliff', { name: ctx.nameOf(flag.stakeholderId), moment: f.moment(flag.passedAt, zone), city: ctx.cityOf(flag.stakeholderId, zone) });
        }
        case 'due-date-mismatch':
          return say('flagDueDateMismatch', {
            name: ctx.nameOf(flag.stakeholderId),
            setOn: date(flag.setOn),
            city: ctx.cityOf(flag.stakeholderId, ctx.zoneOf(flag.stakeholderId)),
            shownOn: date(flag.shownOn),
          });
      }
    },
    effortBasis(basis) {
      const part = (percentDone: number | undefined) => ({ part: some(percentDone !== undefined), done: (percentDone ?? 0) / 100 });
      switch (basis.kind) {
        case 'override':
          return say('effortOverride');
        case 'estimate-in-text':
          return say('effortInText', { text: basis.text, where: basis.where, ...part(basis.percentDone) });
        case 'checklist':
          return say('effortChecklist', { left: basis.stepsLeft, total: basis.stepsTotal, perStep: h(basis.perStepMinutes) });
        case 'importance-default':
          return say('effortImportanceDefault', { importance: basis.importance, ...part(basis.percentDone) });
      }
    },
    promise(promise) {
      if (promise.kind === 'none') {
        return { headline: say('promiseNone', { until: date(promise.searchedUntil), reason: promise.reason === 'calendar-not-read' ? 'calendar' : 'capacity' }), others: [] };
      }
      const main = promise.deadline;
      const others = promise.deadlines
        .filter((d) => !(d.at === main.at && d.stakeholderId === main.stakeholderId))
        .map((d) =>
          say('promiseOther', {
            who: d.stakeholderId === undefined ? 'you' : 'other',
            name: d.stakeholderId === undefined ? '' : ctx.nameOf(d.stakeholderId),
            deadline: deadline(d).inStakeholderZone,
            style: say('styleName', styleValues(d)),
          }),
        );
      return { headline: say('promiseHeadline', { deadline: deadline(main).inStakeholderZone, reading: reading(main) }), others };
    },
  };
}
