import { Type, type Static } from 'typebox';

const LocalTimeSchema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, 24 h, in the user’s zone' });
const InstantSchema = Type.String({ format: 'date-time', description: 'UTC ISO instant' });

/** Who the weekly digest is written to: people's email addresses (empty: a digest for the user alone). */
export const DigestAudienceSchema = Type.Array(
  // No spaces, no control characters (NUL included): an address, not a place to hide text.
  Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s\\u0000-\\u001f\\u007f]+@[^@\\s\\u0000-\\u001f\\u007f]+$' }),
  { maxItems: 50, uniqueItems: true },
);

/** A weekday as core counts them: 0 = Sunday … 6 = Saturday. */
export const WeekdaySchema = Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday … 6 = Saturday' });

/** What the user chose for the weekly digest; the time is read in `timeZone` (IANA), DST included. */
export const DigestSettingsSchema = Type.Object(
  {
    enabled: Type.Boolean(),
    audienceIds: DigestAudienceSchema,
    weekday: WeekdaySchema,
    localTime: LocalTimeSchema,
    timeZone: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z][A-Za-z0-9_+\\-/]*$', description: 'IANA zone, e.g. Europe/Berlin' }),
  },
  { additionalProperties: false },
);
export type DigestSettings = Static<typeof DigestSettingsSchema>;

/**
 * How the digest reaches the user's Drafts folder:
 * - `scheduled`: the tenant admin granted app-only access to this mailbox; the digest is drafted at the chosen time;
 * - `at-next-visit`: no app-only grant; the digest is prepared when the user next opens the tab;
 * - `off`: the user has not opted in.
 */
export const DigestDeliverySchema = Type.Union([Type.Literal('scheduled'), Type.Literal('at-next-visit'), Type.Literal('off')]);
export type DigestDelivery = Static<typeof DigestDeliverySchema>;

/** `GET`/`PUT /api/settings/digest`: the settings, how the digest is delivered and when it runs next. */
export const DigestSettingsResponseSchema = Type.Object({
  settings: DigestSettingsSchema,
  delivery: DigestDeliverySchema,
  /** The next scheduled run (absent when off). */
  nextRunAt: Type.Optional(InstantSchema),
  /** The period the next run drafts for, e.g. `2026-W49` (ISO week in the user's zone). */
  nextPeriod: Type.Optional(Type.String()),
});
export type DigestSettingsResponse = Static<typeof DigestSettingsResponseSchema>;

/** `GET /api/digest/preview`: the digest that the next run would draft, without drafting it. */
export const DigestPreviewSchema = Type.Object({
  delivery: DigestDeliverySchema,
  period: Type.String(),
  subject: Type.String(),
  to: Type.Array(Type.String()),
  html: Type.String(),
  text: Type.String(),
});
export type DigestPreview = Static<typeof DigestPreviewSchema>;

/** The suggestion kinds a user can turn off (the weekly digest has its own schedule). */
export const SETTABLE_SUGGESTION_KINDS = ['heads-up', 'ask-for-help', 'confirm-promise', 'meeting-brief', 'delivered', 'on-track'] as const;
export type SettableSuggestionKind = (typeof SETTABLE_SUGGESTION_KINDS)[number];

/** Each settable kind on (true) or off. */
export const SuggestionKindsSchema = Type.Object(
  {
    'heads-up': Type.Boolean(),
    'ask-for-help': Type.Boolean(),
    'confirm-promise': Type.Boolean(),
    'meeting-brief': Type.Boolean(),
    delivered: Type.Boolean(),
    'on-track': Type.Boolean(),
  },
  { additionalProperties: false },
);
export type SuggestionKinds = Static<typeof SuggestionKindsSchema>;

/** Hours of work an item takes when nothing better is known: a quarter of an hour to a working week. */
const EffortHoursSchema = Type.Number({ minimum: 0.25, maximum: 40, description: 'hours' });

/** The effort assumed for an item without one, by its importance. */
export const DefaultEffortHoursSchema = Type.Object({ low: EffortHoursSchema, normal: EffortHoursSchema, high: EffortHoursSchema }, { additionalProperties: false });
export type DefaultEffortHours = Static<typeof DefaultEffortHoursSchema>;

/**
 * The user's working preferences, read by the risk engine, and the suggestion kinds they want.
 * Ratios are fractions (0.7 is 70 %); the horizon is whole days from today.
 */
export const WorkSettingsSchema = Type.Object(
  {
    /** Share of free working time that really goes into work items. */
    focusFactor: Type.Number({ minimum: 0.1, maximum: 1 }),
    /** How much of a tentative meeting counts as busy: 0 (free) … 1 (busy). */
    tentativeWeight: Type.Number({ minimum: 0, maximum: 1 }),
    /** Slack an item needs to be on track, as a share of the work it needs: 0 … 1. */
    marginRatio: Type.Number({ minimum: 0, maximum: 1 }),
    defaultEffortHours: DefaultEffortHoursSchema,
    /** How many days ahead the risks and suggestions look when the tab asks without saying. */
    horizonDays: Type.Integer({ minimum: 1, maximum: 90 }),
    suggestionKinds: SuggestionKindsSchema,
  },
  { additionalProperties: false },
);
export type WorkSettings = Static<typeof WorkSettingsSchema>;

/** `GET`/`PUT`/`DELETE /api/settings/work`: the user's values, the defaults, and when the user last saved. */
export const WorkSettingsResponseSchema = Type.Object({
  settings: WorkSettingsSchema,
  defaults: WorkSettingsSchema,
  /** Absent while the user has never saved (the values are the defaults). */
  updatedAt: Type.Optional(InstantSchema),
});
export type WorkSettingsResponse = Static<typeof WorkSettingsResponseSchema>;
