import { Type, type Static } from 'typebox';

const LocalTimeSchema = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, 24 h, in the user’s zone' });
const InstantSchema = Type.String({ format: 'date-time', description: 'UTC ISO instant' });

/** Who the weekly digest is written to: people's email addresses (empty: a digest for the user alone). */
export const DigestAudienceSchema = Type.Array(Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' }), { maxItems: 50, uniqueItems: true });

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
