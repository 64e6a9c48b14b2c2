/** A written message: a one-line subject and the same body as HTML and as plain text. */
export interface ComposedMail {
  /** One line: never a CR or LF. */
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** The locale the words were written in (a supported one). */
  readonly locale: string;
  /** `TEMPLATE_VERSION` at the time of writing (part of a draft's idempotency key). */
  readonly templateVersion: string;
}
