import { Type, type Static } from 'typebox';

const InstantSchema = Type.String({ format: 'date-time', description: 'UTC ISO instant' });
const LocaleSchema = Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', maxLength: 35 });
const EmailSchema = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' });

/** What a suggested message is for. */
export const SuggestionKindSchema = Type.Union([
  Type.Literal('heads-up'),
  Type.Literal('confirm-promise'),
  Type.Literal('on-track'),
  Type.Literal('delivered'),
  Type.Literal('ask-for-help'),
  Type.Literal('meeting-brief'),
  Type.Literal('weekly-digest'),
]);
export type SuggestionKind = Static<typeof SuggestionKindSchema>;

/** `routine` for news that is not bad, else the worst state the message reports. */
export const SuggestionSeveritySchema = Type.Union([Type.Literal('routine'), Type.Literal('at-risk'), Type.Literal('off-track'), Type.Literal('overdue')]);
export type SuggestionSeverity = Static<typeof SuggestionSeveritySchema>;

/** Someone a suggestion is addressed to, with the language the message is written in for them. */
export const RecipientSchema = Type.Object({
  id: Type.String({ description: 'the lower-cased email address' }),
  displayName: Type.String(),
  email: Type.String(),
  /** BCP 47: the language set for this person (the user's own by default). */
  language: Type.String(),
  timeZone: Type.String(),
});
export type Recipient = Static<typeof RecipientSchema>;

/** A draft already made in the user's Outlook for a suggestion. */
export const DraftRefSchema = Type.Object({
  messageId: Type.String(),
  /** Opens the draft in Outlook on the web. */
  webLink: Type.String(),
  createdAt: InstantSchema,
});
export type DraftRef = Static<typeof DraftRefSchema>;

/** A proposed message: nothing is sent by Upfront; the user drafts, copies, snoozes or dismisses it. */
export const SuggestionSchema = Type.Object({
  /** Stable for the same message in the same period; used in the routes below. */
  id: Type.String(),
  kind: SuggestionKindSchema,
  severity: SuggestionSeveritySchema,
  recipients: Type.Array(RecipientSchema),
  itemIds: Type.Array(Type.String()),
  /** The language subject and bodies are written in (the recipients'). */
  language: Type.String(),
  subject: Type.String(),
  /** The body as HTML (every value escaped) and as plain text, from the same facts. */
  html: Type.String(),
  text: Type.String(),
  /** Why Upfront suggests it, in the user's locale. */
  reason: Type.String(),
  /** When to send it: in every recipient's working hours, the earliest at or after now. */
  sendAt: InstantSchema,
  /** `sendAt` written in the user's zone and locale. */
  sendAtLabel: Type.String(),
  /** The first reading of the period, e.g. `2026-12-01` (the user's day) or `2026-W49`. */
  period: Type.String(),
  /** Present once "Draft it" made a draft for this suggestion. */
  draft: Type.Optional(DraftRefSchema),
});
export type Suggestion = Static<typeof SuggestionSchema>;

/** `GET /api/suggestions` */
export const SuggestionListQuerySchema = Type.Object({
  horizonDays: Type.Integer({ minimum: 1, maximum: 90, default: 14 }),
  /** The host's locale for `reason` and `sendAtLabel`; the mailbox language when absent. */
  locale: Type.Optional(LocaleSchema),
});
export type SuggestionListQuery = Static<typeof SuggestionListQuerySchema>;

export const SuggestionListSchema = Type.Object({
  generatedAt: InstantSchema,
  /** The locale of `reason` and `sendAtLabel`. */
  locale: Type.String(),
  value: Type.Array(SuggestionSchema),
});
export type SuggestionList = Static<typeof SuggestionListSchema>;

export const SuggestionIdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 2048 }) });
export type SuggestionIdParams = Static<typeof SuggestionIdParamsSchema>;

/**
 * When the recipients get the message once the user sends the draft: at once, or held by Outlook until the
 * recipients' next morning (deferred delivery; Upfront still never sends).
 */
export const DeliverySchema = Type.Union([Type.Literal('on-send'), Type.Literal('their-morning')]);
export type Delivery = Static<typeof DeliverySchema>;

/** `POST /api/suggestions/{id}/draft`: the user's edits (none: the suggestion as it is). The edits are not stored. */
export const DraftRequestSchema = Type.Object(
  {
    recipients: Type.Optional(Type.Array(EmailSchema, { minItems: 1, maxItems: 50, uniqueItems: true })),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    /** The edited body as HTML; `text` instead for a plain-text edit. */
    html: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000 })),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000 })),
    delivery: Type.Optional(DeliverySchema),
  },
  { additionalProperties: false },
);
export type DraftRequest = Static<typeof DraftRequestSchema>;

export const DraftResultSchema = Type.Object({
  suggestionId: Type.String(),
  messageId: Type.String(),
  webLink: Type.String(),
  /** `created` by this request, or `existing`: made before (a retry, a double click) and not made again. */
  outcome: Type.Union([Type.Literal('created'), Type.Literal('existing')]),
  /** When Outlook will deliver it once sent (`their-morning`). */
  deferredUntil: Type.Optional(InstantSchema),
});
export type DraftResult = Static<typeof DraftResultSchema>;

/** `POST /api/suggestions/{id}/snooze`: hidden until then. */
export const SnoozeRequestSchema = Type.Object({ until: InstantSchema }, { additionalProperties: false });
export type SnoozeRequest = Static<typeof SnoozeRequestSchema>;
