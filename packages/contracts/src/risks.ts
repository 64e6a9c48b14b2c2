import { Type, type Static } from 'typebox';

export const RiskStateSchema = Type.Union([
  Type.Literal('on-track'),
  Type.Literal('at-risk'),
  Type.Literal('off-track'),
  Type.Literal('overdue'),
  Type.Literal('no-due-date'),
]);
export type RiskState = Static<typeof RiskStateSchema>;

export const RiskFlagSchema = Type.Object({
  kind: Type.Union([
    Type.Literal('waiting-on-others'),
    Type.Literal('away-before-deadline'),
    Type.Literal('non-working-day'),
    Type.Literal('time-zone-cliff'),
  ]),
  /** Ready-to-show sentence, e.g. "Due on a public holiday for Lena (Tag der Deutschen Einheit)". */
  label: Type.String(),
  stakeholderId: Type.Optional(Type.String()),
});
export type RiskFlag = Static<typeof RiskFlagSchema>;

export const EffortSchema = Type.Object({
  hours: Type.Number({ minimum: 0 }),
  source: Type.Union([
    Type.Literal('override'),
    Type.Literal('estimate-in-text'),
    Type.Literal('checklist'),
    Type.Literal('planner-percent'),
    Type.Literal('importance-default'),
  ]),
  basis: Type.String(),
});

export const DeadlineSchema = Type.Object({
  at: Type.String({ format: 'date-time' }),
  dueOn: Type.String({ format: 'date' }),
  effectiveOn: Type.String({ format: 'date' }),
  timeZone: Type.String(),
  stakeholderId: Type.Optional(Type.String()),
  stakeholderName: Type.Optional(Type.String()),
  /** The deadline written in the stakeholder's zone, e.g. "Thu 3 Oct, 17:00 Berlin". */
  inStakeholderZone: Type.Optional(Type.String()),
  /** The deadline written in the user's zone. */
  inUserZone: Type.Optional(Type.String()),
});

export const DayCapacitySchema = Type.Object({
  on: Type.String({ format: 'date' }),
  freeHours: Type.Number(),
  claimedHours: Type.Number(),
});

export const ItemRiskSchema = Type.Object({
  id: Type.String(),
  source: Type.Union([Type.Literal('todo'), Type.Literal('planner')]),
  title: Type.String(),
  webUrl: Type.Optional(Type.String()),
  listName: Type.Optional(Type.String()),
  state: RiskStateSchema,
  flags: Type.Array(RiskFlagSchema),
  effort: EffortSchema,
  deadline: Type.Optional(DeadlineSchema),
  /** `city` names the zone for people (`Asia/Calcutta` → Kolkata, `Etc/GMT-10` → UTC+10). */
  stakeholders: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), timeZone: Type.String(), city: Type.String() })),
  neededHours: Type.Number(),
  availableHours: Type.Number(),
  competing: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), hours: Type.Number() })),
  busiestDays: Type.Array(Type.Object({ on: Type.String({ format: 'date' }), busyHours: Type.Number() })),
  summary: Type.String(),
  capacity: Type.Array(DayCapacitySchema),
});
export type ItemRisk = Static<typeof ItemRiskSchema>;

export const RiskReportQuerySchema = Type.Object({
  horizonDays: Type.Integer({ minimum: 1, maximum: 90, default: 14 }),
});
export type RiskReportQuery = Static<typeof RiskReportQuerySchema>;

export const RiskReportSchema = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  user: Type.Object({ displayName: Type.String(), email: Type.String(), timeZone: Type.String(), city: Type.String() }),
  horizon: Type.Object({ start: Type.String({ format: 'date-time' }), end: Type.String({ format: 'date-time' }) }),
  items: Type.Array(ItemRiskSchema),
});
export type RiskReport = Static<typeof RiskReportSchema>;
