import type { Clock, Instant } from '@upfront/core';
import { GraphError, type DraftContent, type GraphGateway } from '@upfront/graph';
import type { DraftEntry, Store, UserKey } from '@upfront/store';
import { ServiceError } from '../errors.js';
import { toGraphAccess, type GraphTokens, type GraphTokenSource } from './graph-token-source.js';

/** A draft made (or found) for a key: its message id and Outlook link. */
export interface DraftOnceResult {
  readonly draftKey: string;
  readonly messageId: string;
  readonly webLink: string;
  /** `created` by this call, or `existing`: made before (a retry, a double click, another instance), not made again. */
  readonly outcome: 'created' | 'existing';
  readonly createdAt: Instant;
}

/** Prepares drafts in the user's Outlook exactly once per key; never sends. */
export interface Drafts {
  /** Creates the draft for `content.draftKey` unless the ledger or the mailbox already has it. */
  draftOnce(key: UserKey, tokens: GraphTokenSource, content: DraftContent): Promise<DraftOnceResult>;
  /** The ledger's entry for a key, when it has one. */
  entry(key: UserKey, draftKey: string): Promise<DraftEntry | undefined>;
}

export interface DraftsDeps {
  readonly store: Store;
  readonly gateway: GraphGateway;
  readonly tokens: GraphTokens;
  readonly clock: Clock;
  /**
   * How long a `creating` entry belongs to the attempt that claimed it (default 2 min): longer than Graph's create
   * with its look-ups, and than the mailbox search's lag. After that the entry is stale (a crash, a lost answer) and
   * the next attempt takes it over, looking the key up in the mailbox before creating.
   */
  readonly leaseMs?: number;
}

const createdOf = (entry: DraftEntry, draftKey: string): DraftOnceResult | undefined =>
  entry.state === 'created' && entry.messageId !== undefined
    ? { draftKey, messageId: entry.messageId, webLink: entry.webLink ?? '', outcome: 'existing', createdAt: entry.updatedAt }
    : undefined;

/**
 * Draft once, with a ledger per key (`pending → creating → created | failed`, unique per tenant, user and key):
 * 1. Concurrent calls in this process for the same key share one attempt (a double click is one attempt).
 * 2. The ledger first: a `created` entry is the answer.
 * 3. Claim the entry (`creating`); of concurrent claimers in any number of instances exactly one wins. A loser
 *    looks the key up in the mailbox (the winner may be done); not there yet, it answers `DRAFT_IN_PROGRESS`.
 * 4. The winner asks Graph to create the draft once (Graph looks the key up first, posts once, and after an
 *    ambiguous outcome looks again before it would create again), then records `created(messageId)`.
 * 5. A clear refusal records `failed` (the next call may try again); an outcome Graph cannot confirm leaves the
 *    entry `creating` until its lease runs out, so that no retry creates while a committed draft may still be
 *    invisible to the mailbox search; the attempt after the lease starts with the look-up.
 * Only the key, the message id and its link are stored, never the content.
 */
export function createDrafts(deps: DraftsDeps): Drafts {
  const leaseMs = deps.leaseMs ?? 120_000;
  const inFlight = new Map<string, Promise<DraftOnceResult>>();

  async function attempt(key: UserKey, source: GraphTokenSource, content: DraftContent): Promise<DraftOnceResult> {
    const { draftKey } = content;
    const known = await deps.store.drafts.get(key, draftKey);
    const done = known && createdOf(known, draftKey);
    if (done) return done;
    const now = deps.clock.now();
    const staleBefore = new Date(Date.parse(now) - leaseMs).toISOString().replace('.000Z', 'Z') as Instant;
    const claim = await deps.store.drafts.claim(key, draftKey, now, { staleBefore });
    const access = await toGraphAccess(deps.tokens, key, source);
    if (!claim.won) {
      const theirs = createdOf(claim.entry, draftKey);
      if (theirs) return theirs;
      const found = await deps.gateway.findDraftByKey({ ...access, draftKey });
      if (found) return { draftKey, messageId: found.messageId, webLink: found.webLink, outcome: 'existing', createdAt: claim.entry.updatedAt };
      throw new ServiceError('DRAFT_IN_PROGRESS', `draft ${draftKey} is being created by another attempt`, 'This draft is being prepared in your Outlook, or Outlook has not confirmed it yet. Try again in a minute or two: Upfront will not make a second one.');
    }
    let made;
    try {
      made = await deps.gateway.createDraftOnce({ ...access, ...content });
    } catch (error) {
      // Unconfirmed: Graph may hold it; the lease keeps others from creating until a look-up can tell.
      if (!(error instanceof GraphError && error.code === 'GRAPH_DRAFT_UNCONFIRMED')) {
        const code = error instanceof GraphError || error instanceof ServiceError ? error.code : 'UNEXPECTED';
        await deps.store.drafts.markFailed(key, draftKey, code, deps.clock.now());
      }
      throw error;
    }
    const at = deps.clock.now();
    await deps.store.drafts.markCreated(key, draftKey, { messageId: made.messageId, webLink: made.webLink }, at);
    // Found on the first claim: Graph lost its answer and the re-look-up found ours. Found on a later claim: an
    // earlier attempt made it (and crashed before recording it).
    const outcome = made.outcome === 'created' || claim.entry.attempts <= 1 ? 'created' : 'existing';
    return { draftKey, messageId: made.messageId, webLink: made.webLink, outcome, createdAt: at };
  }

  return {
    async draftOnce(key, source, content) {
      const flightKey = JSON.stringify([key.tenantId, key.userId, content.draftKey]);
      const running = inFlight.get(flightKey);
      if (running) return { ...(await running), outcome: 'existing' };
      const started = attempt(key, source, content).finally(() => inFlight.delete(flightKey));
      inFlight.set(flightKey, started);
      return started;
    },
    entry: (key, draftKey) => deps.store.drafts.get(key, draftKey),
  };
}
