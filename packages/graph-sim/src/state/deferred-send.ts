import type { SimMailbox, SimMessage } from './types.js';

/** PidTagDeferredSendTime (0x3FEF, PT_SYSTIME) as a Graph single-value extended property id. */
export const DEFERRED_SEND_TIME_ID = 'SystemTime 0x3FEF';

const stampOf = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** The message's deferred send time (UTC ISO, no fraction), if it has a valid one. */
export function deferredSendAtOf(msg: SimMessage): string | undefined {
  const p = msg.extendedProperties.find((x) => x.id.trim().toLowerCase() === DEFERRED_SEND_TIME_ID.toLowerCase());
  if (!p) return undefined;
  const ms = Date.parse(p.value);
  return Number.isNaN(ms) ? undefined : stampOf(ms);
}

/**
 * Sends `msg` as Exchange does: at once, or — with a deferred send time still ahead on `clockMs` — into the
 * Outbox until then. Nothing is delivered to anyone; the message is only recorded.
 */
export function submitMessage(msg: SimMessage, clockMs: number): void {
  const deferredAt = deferredSendAtOf(msg);
  msg.isDraft = false;
  msg.lastModifiedAt = stampOf(clockMs);
  if (deferredAt !== undefined && Date.parse(deferredAt) > clockMs) {
    msg.folder = 'outbox';
    return;
  }
  markSent(msg, clockMs);
}

function markSent(msg: SimMessage, atMs: number): void {
  const at = stampOf(atMs);
  msg.folder = 'sentitems';
  msg.sentAt = at;
  msg.receivedAt = at;
}

/** Moves Outbox messages whose deferred send time has come to Sent Items, sent at that time. */
export function releaseDeferred(mailbox: SimMailbox, clockMs: number): void {
  for (const msg of mailbox.messages) {
    if (msg.folder !== 'outbox') continue;
    const deferredAt = deferredSendAtOf(msg);
    const atMs = deferredAt === undefined ? clockMs : Date.parse(deferredAt);
    if (atMs <= clockMs) markSent(msg, atMs);
  }
}
