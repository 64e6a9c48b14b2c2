import type { Instant } from '@upfront/core';
import { GraphError, GraphMappingError } from '../errors.js';

import type { GraphWriteTransport } from '../session/graph-write-transport.js';

const invalid = (field: string, value: unknown, expected: string) =>
  new GraphError('GRAPH_REQUEST_INVALID', `${field}: expected ${expected}, got ${JSON.stringify(value)}`, { stale: ['drafts'] });

/** A recipient of a draft: an address and, optionally, the name shown for it; nothing else is sent. */
export interface DraftRecipient {
  readonly address: string;
  readonly name?: string;
}

/** The Graph part of preparing one draft; the caller (the server) holds the ledger that chose `draftKey`. */
export interface DraftContent {
  /**
   * The idempotency key, lower-case hex (e.g. a SHA-256 of tenant, user, kind, period and template version): the
   * mailbox holds at most one message carrying it. Graph compares values case-insensitively, hence hex.
   */
  readonly draftKey: string;
  /** CR and LF are replaced by spaces (no header injection). */
  readonly subject: string;
  readonly body: { readonly contentType: 'html' | 'text'; readonly content: string };
  readonly toRecipients: readonly DraftRecipient[];
  readonly ccRecipients?: readonly DraftRecipient[];
  /** Outlook holds the mail after the user presses Send until this instant (PidTagDeferredSendTime). */
  readonly deferredSendAt?: Instant;
}

/** A draft found in the mailbox by its key. */
export interface FoundDraft {
  readonly messageId: string;
  readonly webLink: string;
}

/** What {@link createDraftOnce} did: made the draft now, or found the one an earlier attempt made. */
export interface DraftOutcome extends FoundDraft {
  readonly outcome: 'created' | 'found';
}

/** How hard {@link createDraftOnce} looks before it creates again (mailbox search may lag a create by seconds). */
export interface DraftLookupPolicy {
  /** Look-ups after an ambiguous create before deciding it did not happen (default 3). */
  relookups: number;
  /** Wait before the n-th re-look-up: `relookupDelayMs × 2^(n−1)` (default 500 ms: 0.5 + 1 + 2 = 3.5 s in all). */
  relookupDelayMs: number;
  /** Creates at most this many times in one call (default 2); when the last is ambiguous too, `GRAPH_DRAFT_UNCONFIRMED`. */
  maxCreates: number;
  sleep: (ms: number) => Promise<void>;
}

/** Our property set for Upfront's named MAPI properties; fixed forever (changing it would orphan every key). */
export const UPFRONT_PROPERTY_SET = '{6b2e5f0a-8c1d-4f7e-a3b9-0d4c7e21f5a6}';
/** The extended property that carries a draft's key. */
export const DRAFT_KEY_PROPERTY_ID = `String ${UPFRONT_PROPERTY_SET} Name UpfrontDraftKey`;
/** PidTagDeferredSendTime ([MS-OXOMSG] 2.2.3.2): Outlook sends the message at this time, not when Send is pressed. */
export const DEFERRED_SEND_PROPERTY_ID = 'SystemTime 0x3FEF';

const HEX_KEY = /^[0-9a-f]{16,128}$/;
// A plain address: no spaces, quotes, angle brackets or line breaks (it is data, never header text).
const ADDRESS = /^[^\s"<>(),;:\\[\]]+@[^\s"<>(),;:\\[\]]+$/;

/**
 * Looks a draft up by its key: `GET {user}/messages?$filter=singleValueExtendedProperties/Any(…)&$select=id,webLink`
 * ([D: singlevaluelegacyextendedproperty-get], filter applied to every message of the mailbox). Reads only the id
 * and link (Mail.ReadWrite could read all mail; this is all Upfront asks for).
 */
export async function findDraftByKey(t: GraphWriteTransport, userPath: string, draftKey: string): Promise<FoundDraft | undefined> {
  checkKey(draftKey);
  const filter = `singleValueExtendedProperties/Any(ep: ep/id eq '${DRAFT_KEY_PROPERTY_ID}' and ep/value eq '${draftKey}')`;
  const body = (await t.get(`${userPath}/messages?$filter=${encodeURIComponent(filter)}&$select=id,webLink&$top=2`, 'drafts')) as {
    value?: { id?: unknown; webLink?: unknown }[];
  };
  if (!body || !Array.isArray(body.value)) throw new GraphError('GRAPH_BAD_RESPONSE', 'draft look-up answered without a value array', { stale: ['drafts'] });
  const [first] = body.value;
  if (first === undefined) return undefined;
  if (typeof first.id !== 'string' || first.id === '') throw new GraphMappingError('message.id', first.id, 'a non-empty string');
  return { messageId: first.id, webLink: typeof first.webLink === 'string' ? first.webLink : '' };
}

/**
 * Creates a draft exactly once per key. Steps:
 * 1. Look the key up; a draft already there is the answer (`found`).
 * 2. `POST {user}/messages` with the key (and the deferred send time) as extended properties, sent once: the write
 *    transport never replays it.
 * 3. After an ambiguous outcome (timeout, 5xx, a lost or unreadable answer) Graph may have committed it: look the key
 *    up again a bounded number of times (search lags a create), and only when it is still not there create again.
 * 4. When the last allowed create is ambiguous as well and the key is still not found: `GRAPH_DRAFT_UNCONFIRMED`, so
 *    the caller's ledger retries later, starting at step 1.
 * Never sends: no `send`, no `sendMail`.
 */
export async function createDraftOnce(t: GraphWriteTransport, userPath: string, draft: DraftContent, policy: DraftLookupPolicy): Promise<DraftOutcome> {
  const message = toDraftMessage(draft);
  const before = await findDraftByKey(t, userPath, draft.draftKey);
  if (before) return { ...before, outcome: 'found' };
  for (let create = 1; ; create += 1) {
    let failure: GraphError;
    try {
      const created = (await t.post(`${userPath}/messages`, message, 'drafts')) as { id?: unknown; webLink?: unknown } | undefined;
      if (typeof created?.id === 'string' && created.id !== '') {
        return { messageId: created.id, webLink: typeof created.webLink === 'string' ? created.webLink : '', outcome: 'created' };
      }
      failure = new GraphError('GRAPH_BAD_RESPONSE', 'draft create answered without a message id', { stale: ['drafts'] });
    } catch (error) {
      if (!isAmbiguous(error)) throw error;
      failure = error;
    }
    for (let n = 1; n <= policy.relookups; n += 1) {
      await policy.sleep(policy.relookupDelayMs * 2 ** (n - 1));
      const found = await findDraftByKey(t, userPath, draft.draftKey);
      if (found) return { ...found, outcome: 'found' };
    }
    if (create >= policy.maxCreates) {
      throw new GraphError('GRAPH_DRAFT_UNCONFIRMED', `draft create was ambiguous ${create} time(s) and the key is not in the mailbox: ${failure.message}`, {
        stale: ['drafts'],
        cause: failure,
        ...(failure.details.status === undefined ? {} : { status: failure.details.status }),
      });
    }
  }
}

/**
 * Whether Graph may have committed a failed create: no answer (timeout, network), a 5xx, or a 2xx we could not read.
 * A 4xx (429 included: Graph did not process it) is a clear no.
 */
function isAmbiguous(error: unknown): error is GraphError {
  if (!(error instanceof GraphError)) return false;
  const status = error.details.status;
  if (status === undefined) return error.code === 'GRAPH_UNAVAILABLE' || error.code === 'GRAPH_BAD_RESPONSE';
  return status >= 500 || (status >= 200 && status < 300);
}

function checkKey(draftKey: string): void {
  if (!HEX_KEY.test(draftKey)) throw invalid('draftKey', draftKey, 'lower-case hex, 16–128 digits');
}

/** The `message` resource to POST: subject without line breaks, recipients as name and address only. */
export function toDraftMessage(draft: DraftContent): Record<string, unknown> {
  checkKey(draft.draftKey);
  const properties = [{ id: DRAFT_KEY_PROPERTY_ID, value: draft.draftKey }];
  if (draft.deferredSendAt !== undefined) properties.push({ id: DEFERRED_SEND_PROPERTY_ID, value: toSystemTime(draft.deferredSendAt) });
  return {
    subject: oneLine(draft.subject),
    body: { contentType: draft.body.contentType, content: draft.body.content },
    toRecipients: draft.toRecipients.map((r, i) => toRecipient(r, `toRecipients[${i}]`)),
    ...(draft.ccRecipients && draft.ccRecipients.length > 0 ? { ccRecipients: draft.ccRecipients.map((r, i) => toRecipient(r, `ccRecipients[${i}]`)) } : {}),
    singleValueExtendedProperties: properties,
  };
}

function toRecipient(r: DraftRecipient, field: string): { emailAddress: { address: string; name?: string } } {
  const address = r.address.trim();
  if (!ADDRESS.test(address)) throw invalid(`${field}.address`, r.address, 'a plain e-mail address');
  const name = r.name === undefined ? '' : oneLine(r.name);
  return { emailAddress: { address, ...(name ? { name } : {}) } };
}

const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();

/** ISO UTC without fractions, as Graph writes SystemTime values (`2025-03-25T07:00:00Z`). */
function toSystemTime(at: Instant): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw invalid('deferredSendAt', at, 'an ISO instant');
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
