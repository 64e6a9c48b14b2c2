import type { Delivery, DraftRequest, MessageLanguage, MessageTone, Suggestion } from '@upfront/contracts';

/** The text the editor started from: the suggestion as listed, or as last written again in a language and tone. */
export interface Baseline {
  readonly language: string;
  readonly tone: MessageTone;
  readonly subject: string;
  readonly text: string;
}

/** What the editor holds when the user saves. */
export interface DraftForm {
  readonly recipients: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly delivery: Delivery;
  readonly language: string;
  readonly tone: MessageTone;
}

const LANGUAGES: ReadonlySet<string> = new Set(['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES']);
const isLanguage = (tag: string): tag is MessageLanguage => LANGUAGES.has(tag);

/** Splits typed addresses: separated by commas, semicolons or spaces, once each. */
export function toRecipientList(field: string): string[] {
  return [...new Set(field.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/** An email address as the API takes it (something@somewhere, no spaces). */
export function isEmailAddress(text: string): boolean {
  return /^[^@\s]+@[^@\s]+$/.test(text) && text.length <= 254;
}

/**
 * The edits worth sending: only what the user changed. An unchanged body is not sent, so the server writes the
 * formatted HTML itself, in the language and tone chosen when they differ from the suggestion's.
 */
export function toDraftEdits(suggestion: Suggestion, baseline: Baseline, form: DraftForm): DraftRequest {
  const original = suggestion.recipients.map((r) => r.email.toLowerCase());
  const to = form.recipients;
  const sameRecipients = to.length === original.length && to.every((e, i) => e.toLowerCase() === original[i]);
  const rewritten = form.language !== suggestion.language || form.tone !== (suggestion.tone ?? 'direct');
  return {
    ...(sameRecipients ? {} : { recipients: [...to] }),
    ...(form.subject === baseline.subject ? {} : { subject: form.subject }),
    ...(form.text === baseline.text ? {} : { text: form.text }),
    ...(rewritten && isLanguage(form.language) ? { language: form.language, tone: form.tone } : {}),
    delivery: form.delivery,
  };
}
