import { Type, type Static } from 'typebox';
import { MessageToneSchema } from './preferences.js';

const InstantSchema = Type.String({ format: 'date-time', description: 'UTC ISO instant' });
const EmailSchema = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+$' });

/** A language Upfront writes messages in (one of the supported locales). */
export const MessageLanguageSchema = Type.Union([Type.Literal('en-US'), Type.Literal('en-GB'), Type.Literal('fr-FR'), Type.Literal('de-DE'), Type.Literal('es-ES')]);
export type MessageLanguage = Static<typeof MessageLanguageSchema>;

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

const ItemRefSchema = { itemId: Type.String(), title: Type.String() };
const RiskStateSchema = Type.Union([Type.Literal('on-track'), Type.Literal('at-risk'), Type.Literal('off-track'), Type.Literal('overdue'), Type.Literal('later'), Type.Literal('no-due-date')]);

/**
 * Why Upfront suggests a message, as facts (no words: the tab writes them in the host's locale with core's
 * formatter, as it does for the report).
 */
export const SuggestionReasonSchema = Type.Union([
  Type.Object({
    kind: Type.Literal('heads-up'),
    items: Type.Array(
      Type.Object({
        ...ItemRefSchema,
        /** The state last seen; absent for an item seen for the first time. */
        from: Type.Optional(RiskStateSchema),
        to: Type.Union([Type.Literal('at-risk'), Type.Literal('off-track'), Type.Literal('overdue')]),
        /** The date to promise, when there is one. */
        promisedOn: Type.Optional(Type.String({ format: 'date' })),
        /** The first date promised, when it slipped since. */
        firstPromisedOn: Type.Optional(Type.String({ format: 'date' })),
      }),
    ),
  }),
  Type.Object({ kind: Type.Literal('confirm-promise'), items: Type.Array(Type.Object({ ...ItemRefSchema, createdAt: InstantSchema })) }),
  Type.Object({
    kind: Type.Literal('on-track'),
    items: Type.Array(Type.Object(ItemRefSchema)),
    /** How long each recipient has not heard from the user (whole days; absent: never, as far as Upfront knows). */
    contacts: Type.Array(Type.Object({ recipientId: Type.String(), lastContactAt: Type.Optional(InstantSchema), silentDays: Type.Optional(Type.Integer()) })),
  }),
  Type.Object({
    kind: Type.Literal('delivered'),
    items: Type.Array(Type.Object({ ...ItemRefSchema, completedAt: InstantSchema, onTime: Type.Optional(Type.Boolean()), thankIds: Type.Array(Type.String()) })),
  }),
  Type.Object({
    kind: Type.Literal('ask-for-help'),
    colleagueId: Type.String(),
    /** `minutes` of each item fit into the colleague's free time before its deadline; the user is `shortMinutes` short. */
    items: Type.Array(Type.Object({ ...ItemRefSchema, minutes: Type.Integer(), shortMinutes: Type.Integer() })),
  }),
  Type.Object({ kind: Type.Literal('meeting-brief'), meetingId: Type.String(), subject: Type.String(), startAt: InstantSchema }),
  Type.Object({ kind: Type.Literal('weekly-digest'), period: Type.String() }),
]);
export type SuggestionReason = Static<typeof SuggestionReasonSchema>;

/** A proposed message: nothing is sent by Upfront; the user drafts, copies, snoozes or dismisses it. */
export const SuggestionSchema = Type.Object({
  /** Stable for the same message in the same period; used in the routes below. */
  id: Type.String(),
  kind: SuggestionKindSchema,
  severity: SuggestionSeveritySchema,
  recipients: Type.Array(RecipientSchema),
  itemIds: Type.Array(Type.String()),
  /** The language subject and bodies are written in: the recipients' (the user's when theirs differ). */
  language: Type.String(),
  /** The tone they are written in: the most careful one set for any recipient. */
  tone: Type.Optional(MessageToneSchema),
  subject: Type.String(),
  /** The body as HTML (every value escaped) and as plain text, from the same facts. */
  html: Type.String(),
  text: Type.String(),
  reason: SuggestionReasonSchema,
  /** When to send it: in every recipient's working hours, the earliest at or after now. */
  sendAt: InstantSchema,
  /** The user's day (`2026-12-01`) or ISO week (`2026-W49`) the suggestion belongs to. */
  period: Type.String(),
  /** Present once "Draft it" made a draft for this suggestion. */
  draft: Type.Optional(DraftRefSchema),
});
export type Suggestion = Static<typeof SuggestionSchema>;

/** `GET /api/suggestions` */
export const SuggestionListQuerySchema = Type.Object({
  horizonDays: Type.Integer({ minimum: 1, maximum: 90, default: 14 }),
});
export type SuggestionListQuery = Static<typeof SuggestionListQuerySchema>;

export const SuggestionListSchema = Type.Object({
  generatedAt: InstantSchema,
  /** The user's zone (their mailbox's): send times and meetings are shown on this clock. */
  timeZone: Type.String(),
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

/** `POST /api/suggestions/{id}/compose`: write the suggestion again in another language or tone (nothing is stored). */
export const ComposeRequestSchema = Type.Object({ language: Type.Optional(MessageLanguageSchema), tone: Type.Optional(MessageToneSchema) }, { additionalProperties: false });
export type ComposeRequest = Static<typeof ComposeRequestSchema>;

/** The suggestion's subject and body, written again from the same facts in `language` and `tone`. */
export const ComposedTextSchema = Type.Object({
  suggestionId: Type.String(),
  language: Type.String(),
  tone: MessageToneSchema,
  subject: Type.String(),
  html: Type.String(),
  text: Type.String(),
});
export type ComposedText = Static<typeof ComposedTextSchema>;

/** `POST /api/suggestions/{id}/draft`: the user's edits (none: the suggestion as it is). The edits are not stored. */
export const DraftRequestSchema = Type.Object(
  {
    recipients: Type.Optional(Type.Array(EmailSchema, { minItems: 1, maxItems: 50, uniqueItems: true })),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    /** The edited body as HTML; `text` instead for a plain-text edit. */
    html: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000 })),
    text: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000 })),
    delivery: Type.Optional(DeliverySchema),
    /** Re-write the suggestion in this language and tone (as `compose` does) when no edited body is given. */
    language: Type.Optional(MessageLanguageSchema),
    tone: Type.Optional(MessageToneSchema),
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
