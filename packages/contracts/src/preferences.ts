import { Type, type Static } from 'typebox';

const LocalTimeSchema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, 24 h' });
const LocalDateSchema = Type.String({ format: 'date' });

/** How a stakeholder reads a due date; set by the user, never inferred. */
export const DeadlineStyleSchema = Type.Union([
  Type.Object({ kind: Type.Literal('start-of-business-day') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('close-of-business-day') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('end-of-day') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('exact-time'), time: LocalTimeSchema }, { additionalProperties: false }),
]);
export type DeadlineStyle = Static<typeof DeadlineStyleSchema>;

/** How the user wants a stakeholder addressed; set by the user, never inferred. */
export const MessageToneSchema = Type.Union([Type.Literal('direct'), Type.Literal('diplomatic')]);
export type MessageTone = Static<typeof MessageToneSchema>;

export const StakeholderIdParamsSchema = Type.Object({
  stakeholderId: Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$', description: 'the email address' }),
});

/** The user's settings for one stakeholder. */
export const StakeholderPreferenceSchema = Type.Object(
  {
    deadlineStyle: Type.Optional(DeadlineStyleSchema),
    language: Type.Optional(Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', maxLength: 35 })),
    /** How messages to this person are worded; `direct` when absent. */
    tone: Type.Optional(MessageToneSchema),
    /** Public holidays of the stakeholder that the user knows they work on. */
    workedHolidays: Type.Array(LocalDateSchema, { maxItems: 366, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type StakeholderPreference = Static<typeof StakeholderPreferenceSchema>;

export const StakeholderPreferenceListSchema = Type.Object({
  value: Type.Array(Type.Intersect([Type.Object({ stakeholderId: Type.String() }), StakeholderPreferenceSchema])),
});

export const ItemIdParamsSchema = Type.Object({ itemId: Type.String({ minLength: 1, maxLength: 512 }) });

/** The user's own estimate of the work left on an item, which beats every derived one. */
export const EffortOverrideSchema = Type.Object(
  { hours: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }) },
  { additionalProperties: false },
);
export type EffortOverride = Static<typeof EffortOverrideSchema>;
