import { Type, type Static } from 'typebox';

const Instant = () => Type.String({ format: 'date-time' });

/** The most marks a user keeps at once (a mark is a row per item; a person has far fewer open items). */
export const MAX_ITEM_MARKS = 500;

/**
 * `PUT /api/items/:itemId/mark`: snooze the item until a moment (it comes back then), or say nothing more needs
 * doing now (it comes back when its state or its date to promise changes).
 */
export const ItemMarkRequestSchema = Type.Union([
  Type.Object({ kind: Type.Literal('snoozed'), until: Instant() }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('done-for-now') }, { additionalProperties: false }),
]);
export type ItemMarkRequest = Static<typeof ItemMarkRequestSchema>;

/** `PUT …/mark`'s query: the horizon the tab shows (the user's stored one when absent), so "done for now" remembers the item as the user saw it. */
export const ItemMarkQuerySchema = Type.Object({
  horizonDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
});
export type ItemMarkQuery = Static<typeof ItemMarkQuerySchema>;

/** A mark in force on an item of the report (an expired snooze or a lapsed done-for-now is no mark). */
export const ItemMarkSchema = Type.Union([
  Type.Object({ kind: Type.Literal('snoozed'), until: Instant(), markedAt: Instant() }),
  Type.Object({ kind: Type.Literal('done-for-now'), markedAt: Instant() }),
]);
export type ItemMark = Static<typeof ItemMarkSchema>;
