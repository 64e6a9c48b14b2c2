/**
 * The version of the message templates (phrases and layout). A draft's idempotency key includes it, so a
 * change of words makes a new draft instead of matching an old one. Raise it with every change of
 * `culture/mail/` or `compose/` that changes what a message says or looks like.
 */
export const TEMPLATE_VERSION = 'mail-1';
