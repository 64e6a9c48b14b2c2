/** Longer subjects are cut (with an ellipsis): Outlook shows about this much, and Graph keeps 255 characters. */
export const MAX_SUBJECT_CHARS = 200;

// Line breaks and other control characters (C0, DEL, C1 with NEL, the Unicode line and paragraph separators)
// could split a header or fake one; bidirectional overrides could disguise it.
const UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * A subject as one safe line: control characters (CR and LF among them) become a space, runs of spaces
 * shrink to one, and a subject longer than `MAX_SUBJECT_CHARS` is cut at a character boundary with `…`.
 * @example toSubjectLine('Q3 report\r\nBcc: x@evil.example') // 'Q3 report Bcc: x@evil.example'
 */
export function toSubjectLine(text: string): string {
  const line = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= MAX_SUBJECT_CHARS ? line : `${chars.slice(0, MAX_SUBJECT_CHARS - 1).join('').trimEnd()}…`;
}
