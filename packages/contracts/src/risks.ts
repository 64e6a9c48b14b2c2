import { Type, type Static } from 'typebox';
import { ItemMarkSchema } from './marks.js';
import { DeadlineStyleSchema } from './preferences.js';

const Instant = () => Type.String({ format: 'date-time' });
const LocalDate = () => Type.String({ format: 'date' });
/** Whole minutes: every figure is computed once, in core, in integer minutes; the tab only formats them. */
const Minutes = (description: string) => Type.Integer({ description });

export const RiskStateSchema = Type.Union([
  Type.Literal('on-track'),
  Type.Literal('at-risk'),
  Type.Literal('off-track'),
  Type.Literal('overdue'),
  /** Due after the horizon: listed apart, not judged. */
  Type.Literal('later'),
  Type.Literal('no-due-date'),
]);
export type RiskState = Static<typeof RiskStateSchema>;

/**
 * A flag with its data (who, which day, which holiday); the words are written from it in the reader's locale,
 * by core's report words, so server and tab say the same.
 */
export const RiskFlagSchema = Type.Union([
  Type.Object({ kind: Type.Literal('waiting-on-others') }),
  /** The user is away (calendar) between now and the deadline. */
  Type.Object({ kind: Type.Literal('away-before-deadline'), awayFrom: Instant(), awayUntil: Instant() }),
  /** The due date is a day off for the stakeholder; the deadline moved to `movedTo`, their previous working day. */
  Type.Object({
    kind: Type.Literal('non-working-day'),
    stakeholderId: Type.String(),
    on: LocalDate(),
    why: Type.Union([Type.Literal('weekend'), Type.Literal('holiday')]),
    holidayName: Type.Optional(Type.String()),
    movedTo: Type.Optional(LocalDate()),
  }),
  /** The deadline has already passed where the stakeholder is. */
  Type.Object({ kind: Type.Literal('time-zone-cliff'), stakeholderId: Type.String(), passedAt: Instant() }),
  /** The date as its setter meant it in their zone, and as the user's Planner shows it. */
  Type.Object({ kind: Type.Literal('due-date-mismatch'), stakeholderId: Type.String(), setOn: LocalDate(), shownOn: LocalDate() }),
]);
export type RiskFlag = Static<typeof RiskFlagSchema>;

/** Where an effort came from, as data; the words come from core's report words in the reader's locale. */
export const EffortBasisSchema = Type.Union([
  Type.Object({ kind: Type.Literal('override') }),
  /** `text`: the estimate as written (`~3h`); `percentDone`: Planner's progress when it scales it. */
  Type.Object({
    kind: Type.Literal('estimate-in-text'),
    text: Type.String(),
    where: Type.Union([Type.Literal('title'), Type.Literal('notes')]),
    percentDone: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  }),
  Type.Object({ kind: Type.Literal('checklist'), stepsLeft: Type.Integer({ minimum: 0 }), stepsTotal: Type.Integer({ minimum: 0 }), perStepMinutes: Type.Integer({ minimum: 0 }) }),
  Type.Object({
    kind: Type.Literal('importance-default'),
    importance: Type.Union([Type.Literal('low'), Type.Literal('normal'), Type.Literal('high')]),
    percentDone: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  }),
]);
export type EffortBasis = Static<typeof EffortBasisSchema>;

export const EffortSchema = Type.Object({
  minutes: Minutes('remaining work'),
  source: Type.Union([
    Type.Literal('override'),
    Type.Literal('estimate-in-text'),
    Type.Literal('checklist'),
    Type.Literal('planner-percent'),
    Type.Literal('importance-default'),
  ]),
  basis: EffortBasisSchema,
});

/** One person's reading of a due date (or of a promised date). */
export const DeadlineSchema = Type.Object({
  at: Instant(),
  dueOn: LocalDate(),
  /** The day the deadline falls on; differs from `dueOn` when that was the reader's weekend or holiday. */
  effectiveOn: LocalDate(),
  timeZone: Type.String(),
  /** The reader's city (profile first, else the zone's city). */
  city: Type.String(),
  style: DeadlineStyleSchema,
  /** Set when the due date fell on the reader's day off and the deadline moved to their previous working day. */
  moved: Type.Optional(
    Type.Object({ from: LocalDate(), why: Type.Union([Type.Literal('weekend'), Type.Literal('holiday')]), holidayName: Type.Optional(Type.String()) }),
  ),
  stakeholderId: Type.Optional(Type.String()),
  stakeholderName: Type.Optional(Type.String()),
  /** The deadline written in the reader's zone and in the user's, in the report's locale. */
  inStakeholderZone: Type.String(),
  inUserZone: Type.String(),
});
export type Deadline = Static<typeof DeadlineSchema>;

/** One day of the user's working time up to the deadline, split into parts that do not overlap. */
export const DayCapacitySchema = Type.Object({
  on: LocalDate(),
  /** Working minutes of the day inside the window (now … deadline): the sum of the four parts. */
  workMinutes: Minutes('working time'),
  busyMinutes: Minutes('meetings and away time (tentative weighted)'),
  reserveMinutes: Minutes('free time the focus factor keeps for interruptions'),
  claimedMinutes: Minutes('usable time taken by items due before this one (EDF)'),
  freeMinutes: Minutes('usable time left for this item'),
  /** The deadline falls on this day (the series ends here). */
  isDeadlineDay: Type.Boolean(),
});
export type DayCapacity = Static<typeof DayCapacitySchema>;

/** Why an item is not on track: on its own, or because earlier items take the time (naming them). */
export const RiskCauseSchema = Type.Union([
  Type.Object({ kind: Type.Literal('own-effort') }),
  Type.Object({
    kind: Type.Literal('earlier-work'),
    /** The fewest, biggest items due by then whose hours would let this one fit, biggest first. */
    rootIds: Type.Array(Type.String()),
  }),
]);
export type RiskCause = Static<typeof RiskCauseSchema>;

/** The date the user can honestly promise: the earliest date that fits the same EDF schedule, with the margin. */
export const PromisedDateSchema = Type.Union([
  Type.Object({ kind: Type.Literal('date'), on: LocalDate(), deadline: DeadlineSchema, deadlines: Type.Array(DeadlineSchema) }),
  /** `calendar-not-read`: no date fits before the end of the calendar read from Graph (nothing later is guessed). */
  Type.Object({ kind: Type.Literal('none'), reason: Type.Union([Type.Literal('no-capacity-in-sight'), Type.Literal('calendar-not-read')]), searchedUntil: LocalDate() }),
]);
export type PromisedDate = Static<typeof PromisedDateSchema>;

export const PersonSchema = Type.Object({ id: Type.String(), displayName: Type.String(), timeZone: Type.String(), city: Type.String() });

export const ItemRiskSchema = Type.Object({
  id: Type.String(),
  source: Type.Union([Type.Literal('todo'), Type.Literal('planner')]),
  title: Type.String(),
  webUrl: Type.Optional(Type.String()),
  listName: Type.Optional(Type.String()),
  state: RiskStateSchema,
  flags: Type.Array(RiskFlagSchema),
  effort: EffortSchema,
  /** The deadline that counts (the earliest of `deadlines`). */
  deadline: Type.Optional(DeadlineSchema),
  /** Every stakeholder's reading of the due date, earliest first. */
  deadlines: Type.Array(DeadlineSchema),
  /** People who depend on the item (flagged-mail senders, Planner creator and co-assignees). */
  stakeholders: Type.Array(PersonSchema),
  /** People who work on it with the user (Planner co-assignees), to thank. */
  contributors: Type.Array(PersonSchema),
  figures: Type.Object({
    ownMinutes: Minutes("this item's effort"),
    competingMinutes: Minutes('effort of the other open items due by the same deadline'),
    neededMinutes: Minutes('own + competing: the work EDF must fit before the deadline'),
    marginMinutes: Minutes('slack an on-track item keeps: round(needed × margin ratio)'),
    freeMinutes: Minutes('usable working time from now to the deadline'),
    spareMinutes: Minutes('free − needed; negative when short'),
  }),
  cause: Type.Optional(RiskCauseSchema),
  /** Items whose cause names this one as a root (this item pushes them off track), in deadline order. */
  pushes: Type.Array(Type.String()),
  promise: Type.Optional(PromisedDateSchema),
  competing: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), minutes: Type.Integer() })),
  busiestDays: Type.Array(Type.Object({ on: LocalDate(), busyMinutes: Type.Integer() })),
  /** One line, in the report's locale, from the same figures. */
  summary: Type.String(),
  capacity: Type.Array(DayCapacitySchema),
  /** The user's mark in force (snoozed, done for now): the tab lists a marked item apart, with Undo. */
  mark: Type.Optional(ItemMarkSchema),
});
export type ItemRisk = Static<typeof ItemRiskSchema>;

export const RiskReportQuerySchema = Type.Object({
  /** Days ahead to judge; the user's stored horizon (Settings) when absent, two weeks until they save one. */
  horizonDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
  /** The host's locale (BCP 47); the mailbox language when absent. */
  locale: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', maxLength: 35 })),
});
export type RiskReportQuery = Static<typeof RiskReportQuerySchema>;

export const RiskReportSchema = Type.Object({
  generatedAt: Instant(),
  /** The locale every text of the report is written in. */
  locale: Type.String(),
  user: Type.Object({ displayName: Type.String(), email: Type.String(), timeZone: Type.String(), city: Type.String() }),
  horizon: Type.Object({ start: Instant(), end: Instant() }),
  /** Automatic replies are on with no scheduled window (not counted as an absence). */
  autoRepliesOn: Type.Boolean(),
  items: Type.Array(ItemRiskSchema),
});
export type RiskReport = Static<typeof RiskReportSchema>;
