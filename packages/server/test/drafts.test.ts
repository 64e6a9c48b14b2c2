import type { Instant } from '@upfront/core';
import { GraphError, type CreateDraftRequest, type DraftOutcome, type FindDraftRequest, type FoundDraft, type GraphGateway } from '@upfront/graph';
import { openStore, type Store } from '@upfront/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../src/errors.js';
import { createDrafts, type Drafts } from '../src/services/drafts.js';
import { onBehalfOf } from '../src/services/graph-token-source.js';

// The ledger protocol on a real (in-memory SQLite) store, with a mailbox that is a fake at the gateway's seam:
// it holds drafts by key, and each create can be told to commit and then fail the way Graph does.
const user = { tenantId: 't1', userId: 'u1' };
const draftKey = 'a'.repeat(64);
const content = { draftKey, subject: 'Heads-up', body: { contentType: 'text' as const, content: 'x' }, toRecipients: [{ address: 'jonas@example.com' }] };

class FakeMailbox implements GraphGateway {
  readonly drafts = new Map<string, FoundDraft>();
  creates = 0;
  /** What the next creates do after committing (or not): in order, then `ok`. */
  script: ('ok' | 'commit-then-unconfirmed' | 'refuse')[] = [];
  async loadWorld(): Promise<never> {
    throw new Error('not used');
  }
  async findDraftByKey(req: FindDraftRequest): Promise<FoundDraft | undefined> {
    return this.drafts.get(req.draftKey);
  }
  async createDraftOnce(req: CreateDraftRequest): Promise<DraftOutcome> {
    const found = this.drafts.get(req.draftKey);
    if (found) return { ...found, outcome: 'found' };
    const step = this.script.shift() ?? 'ok';
    if (step === 'refuse') throw new GraphError('GRAPH_FORBIDDEN', 'no Mail.ReadWrite', { status: 403 });
    this.creates += 1;
    const made = { messageId: `m${this.creates}`, webLink: `https://outlook.example/m${this.creates}` };
    this.drafts.set(req.draftKey, made);
    if (step === 'commit-then-unconfirmed') throw new GraphError('GRAPH_DRAFT_UNCONFIRMED', 'committed, answer lost, not yet searchable');
    return { ...made, outcome: 'created' };
  }
}

let store: Store;
let mailbox: FakeMailbox;
let clock: { at: string };
let drafts: Drafts;
const tokens = onBehalfOf('sso');

beforeEach(async () => {
  store = await openStore('sqlite::memory:');
  mailbox = new FakeMailbox();
  clock = { at: '2025-03-24T08:00:00Z' };
  drafts = createDrafts({ store, gateway: mailbox, tokens: { onBehalfOf: async () => 'graph-token' }, clock: { now: () => clock.at as Instant }, leaseMs: 120_000 });
});
afterEach(async () => {
  await store.close();
});

describe('the draft ledger', () => {
  it('records created(messageId) and answers a later call from the ledger', async () => {
    expect(await drafts.draftOnce(user, tokens, content)).toMatchObject({ outcome: 'created', messageId: 'm1' });
    expect(await store.drafts.get(user, draftKey)).toMatchObject({ state: 'created', messageId: 'm1', attempts: 1 });
    expect(await drafts.draftOnce(user, tokens, content)).toMatchObject({ outcome: 'existing', messageId: 'm1' });
    expect(mailbox.creates).toBe(1);
  });

  it('keeps an unconfirmed attempt for its lease (no second create), then finds the draft by its key', async () => {
    mailbox.script = ['commit-then-unconfirmed'];
    await expect(drafts.draftOnce(user, tokens, content)).rejects.toMatchObject({ code: 'GRAPH_DRAFT_UNCONFIRMED' });
    expect(await store.drafts.get(user, draftKey)).toMatchObject({ state: 'creating' });
    // One minute later (inside the 2-minute lease): the mailbox already shows it, so the answer is that draft.
    clock.at = '2025-03-24T08:01:00Z';
    expect(await drafts.draftOnce(user, tokens, content)).toMatchObject({ outcome: 'existing', messageId: 'm1' });
    // 08:03 is past the lease (08:00 + 2 min): the attempt is taken over, looked up, found and recorded.
    clock.at = '2025-03-24T08:03:00Z';
    expect(await drafts.draftOnce(user, tokens, content)).toMatchObject({ outcome: 'existing', messageId: 'm1' });
    expect(await store.drafts.get(user, draftKey)).toMatchObject({ state: 'created', messageId: 'm1', attempts: 2 });
    expect(mailbox.creates).toBe(1);
  });

  it('answers DRAFT_IN_PROGRESS while another attempt holds the key and the mailbox does not show it yet', async () => {
    expect((await store.drafts.claim(user, draftKey, clock.at as Instant)).won).toBe(true); // another instance
    const error = await drafts.draftOnce(user, tokens, content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'DRAFT_IN_PROGRESS' });
    expect(mailbox.creates).toBe(0);
  });

  it('records a clear refusal as failed, and the next call tries again', async () => {
    mailbox.script = ['refuse'];
    await expect(drafts.draftOnce(user, tokens, content)).rejects.toMatchObject({ code: 'GRAPH_FORBIDDEN' });
    expect(await store.drafts.get(user, draftKey)).toMatchObject({ state: 'failed', error: 'GRAPH_FORBIDDEN' });
    expect(await drafts.draftOnce(user, tokens, content)).toMatchObject({ outcome: 'created', messageId: 'm1' });
  });

  it('shares one attempt between concurrent calls in a process; the joiners hear it exists', async () => {
    const results = await Promise.all([drafts.draftOnce(user, tokens, content), drafts.draftOnce(user, tokens, content), drafts.draftOnce(user, tokens, content)]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'existing', 'existing']);
    expect(new Set(results.map((r) => r.messageId))).toEqual(new Set(['m1']));
    expect(mailbox.creates).toBe(1);
  });
});
