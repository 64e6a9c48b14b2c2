/**
 * A message as blocks of plain text, before it is written as HTML or text. Every string is text (names and
 * titles as Graph or the user gave them): the renderers escape it, nothing in a block is markup.
 */
export type MailBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  /** A section title (a digest's "Done", a brief's attendee). */
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** Lines kept together without a gap: the sign-off and the user's name. */
  | { readonly kind: 'lines'; readonly lines: readonly string[] };

/** A whole message body in one language. */
export interface MailDocument {
  /** BCP 47 tag of the words (`lang` of the HTML). */
  readonly locale: string;
  readonly blocks: readonly MailBlock[];
}
