import type { ComposeRequest, ComposedText, DraftRequest, DraftResult, Suggestion as SuggestionDto, SuggestionList } from '@upfront/contracts';
import {
  suggestItemUpdate,
  suggestUpdates,
  type Instant,
  type SuggestSettings,
  type Suggestion,
  type SuggestionMemory,
  type SuggestResult,
} from '@upfront/core';
import type { DraftRecipient } from '@upfront/graph';
import type { Clock } from '@upfront/core';
import type { Store, UserKey } from '@upfront/store';
import { RequestError } from '../errors.js';
import type { Drafts } from './drafts.js';
import type { GraphTokenSource } from './graph-token-source.js';
import type { AssessedWorld, LoadAssessedWorld } from './load-assessed-world.js';
import { saveSuggestionMemory } from './save-suggestion-memory.js';
import { toDraftKey } from './to-draft-key.js';
import { toPeopleById } from './to-people-by-id.js';
import { toSuggestionDto } from './to-suggestion-dto.js';
import { writeSuggestion } from './write-suggestion.js';
import { toTheirMorning } from './to-their-morning.js';
import { toUserSuggestOptions } from './user-settings.js';

export interface SuggestionsDeps {
  readonly loadAssessedWorld: LoadAssessedWorld;
  readonly store: Store;
  readonly clock: Clock;
  readonly drafts: Drafts;
  readonly settings?: Partial<SuggestSettings>;
}

/** The suggested updates of a user: listed, drafted into Outlook (never sent), snoozed or dismissed. */
export interface Suggestions {
  /** The suggestions for now, each written in its readers' language; remembers what noise control needs. */
  list(key: UserKey, tokens: GraphTokenSource, request: { readonly horizonDays: number }): Promise<SuggestionList>;
  /** Creates the suggestion's draft in the user's Outlook once, with the user's edits (which are not stored). */
  draft(key: UserKey, tokens: GraphTokenSource, suggestionId: string, edits: DraftRequest): Promise<DraftResult>;
  /** Hides the suggestion until `until`. */
  snooze(key: UserKey, tokens: GraphTokenSource, suggestionId: string, until: Instant): Promise<void>;
  /** Hides the suggestion until its situation changes (its fingerprint). */
  dismiss(key: UserKey, tokens: GraphTokenSource, suggestionId: string): Promise<void>;
  /** Undoes a snooze or a dismissal: the suggestion is listed again. */
  restore(key: UserKey, tokens: GraphTokenSource, suggestionId: string): Promise<void>;
  /** Writes the suggestion again in another language or tone, from the same facts; nothing is stored. */
  compose(key: UserKey, tokens: GraphTokenSource, suggestionId: string, choice: ComposeRequest): Promise<ComposedText>;
  /**
   * The update the user asks for about one item (from the Risks view): a heads-up when it is in trouble, an
   * on-track note otherwise, to its stakeholders; drafted through `draft` with its id, exactly once like any other.
   */
  forItem(key: UserKey, tokens: GraphTokenSource, itemId: string): Promise<SuggestionDto>;
}

/** The horizon a suggestion is looked for in when acted on: the tab's, then the widest the API allows. */
const LOOKUP_HORIZONS_DAYS = [14, 90];

interface Run {
  readonly assessed: AssessedWorld;
  readonly memory: SuggestionMemory;
  readonly result: SuggestResult;
}

/**
 * Suggestions on the shared assessed world: `suggestUpdates` (core) decides what, to whom, why and when, with the
 * memory the store keeps; the composers write each message in its readers' language; drafts go through the
 * draft-once ledger. A suggestion is found by its id among this user's own suggestions only, so another user's
 * id answers 404 like an unknown one.
 */
export function createSuggestions(deps: SuggestionsDeps): Suggestions {
  async function run(key: UserKey, tokens: GraphTokenSource, horizonDays: number): Promise<Run> {
    const [assessed, memory] = await Promise.all([deps.loadAssessedWorld(key, tokens, { horizonDays }), deps.store.suggestions.loadMemory(key)]);
    const result = suggestUpdates({ world: assessed.world, report: assessed.report, now: assessed.now, memory, ...toUserSuggestOptions(deps.settings, assessed) });
    return { assessed, memory, result };
  }

  /** This user's suggestion with this id, including one they snoozed or dismissed (to draft or dismiss it anyway). */
  async function find(key: UserKey, tokens: GraphTokenSource, id: string): Promise<{ suggestion: Suggestion; assessed: AssessedWorld }> {
    for (const horizonDays of LOOKUP_HORIZONS_DAYS) {
      const { assessed, memory, result } = await run(key, tokens, horizonDays);
      let suggestion = result.suggestions.find((s) => s.id === id);
      if (!suggestion && result.held.some((h) => h.id === id && (h.why === 'dismissed' || h.why === 'snoozed'))) {
        const unheld = { ...memory, dismissed: memory.dismissed.filter((d) => d.id !== id), snoozed: memory.snoozed.filter((d) => d.id !== id) };
        suggestion = suggestUpdates({ world: assessed.world, report: assessed.report, now: assessed.now, memory: unheld, ...toUserSuggestOptions(deps.settings, assessed) }).suggestions.find((s) => s.id === id);
      }
      if (suggestion) return { suggestion, assessed };
      // An update the user asked for about one item (its id names the item, as the list's ids do).
      for (const risk of assessed.report.items) {
        if (!id.includes(risk.itemId)) continue;
        const asked = itemUpdate(assessed, memory, risk.itemId);
        if (asked.outcome === 'suggested' && asked.suggestion.id === id) return { suggestion: asked.suggestion, assessed };
      }
    }
    throw new RequestError('NOT_FOUND', `no suggestion ${id} for this user`, 'There is no such suggestion for you now: it may have been sent, changed or passed. Reload the suggestions.');
  }

  function itemUpdate(assessed: AssessedWorld, memory: SuggestionMemory, itemId: string) {
    return suggestItemUpdate({ world: assessed.world, report: assessed.report, now: assessed.now, memory, itemId, ...toUserSuggestOptions(deps.settings, assessed) });
  }

  async function draftOf(key: UserKey, suggestionId: string): Promise<SuggestionDto['draft']> {
    const record = await deps.store.suggestions.get(key, suggestionId);
    if (record?.status !== 'drafted' || record.draftKey === undefined) return undefined;
    const entry = await deps.drafts.entry(key, record.draftKey);
    return entry?.state === 'created' && entry.messageId !== undefined ? { messageId: entry.messageId, webLink: entry.webLink ?? '', createdAt: entry.updatedAt } : undefined;
  }

  function draftKeyOf(key: UserKey, suggestion: Suggestion, templateVersion: string): string {
    // A brief is about its meeting (its items may change before the meeting; it is still the same brief).
    const itemIds = suggestion.reason.kind === 'meeting-brief' ? [suggestion.reason.brief.meetingId] : suggestion.itemIds;
    return toDraftKey(key, { kind: suggestion.kind, itemIds, recipientIds: suggestion.recipientIds, period: suggestion.period }, templateVersion);
  }

  return {
    async list(key, tokens, { horizonDays }) {
      const { assessed, memory, result } = await run(key, tokens, horizonDays);
      const [records] = await Promise.all([deps.store.suggestions.list(key), saveSuggestionMemory(deps.store, key, memory, result.memoryAfter, deps.clock.now())]);
      const draftKeys = new Map(records.flatMap((r) => (r.status === 'drafted' && r.draftKey !== undefined ? [[r.suggestionId, r.draftKey] as const] : [])));
      const people = toPeopleById(assessed.world);
      const value = await Promise.all(
        result.suggestions.map(async (suggestion) => {
          const written = writeSuggestion(suggestion, assessed.world, assessed.now, people);
          const draftKey = draftKeys.get(suggestion.id);
          const entry = draftKey === undefined ? undefined : await deps.drafts.entry(key, draftKey);
          const draft = entry?.state === 'created' && entry.messageId !== undefined ? { messageId: entry.messageId, webLink: entry.webLink ?? '', createdAt: entry.updatedAt } : undefined;
          return toSuggestionDto(suggestion, written, assessed.world, draft);
        }),
      );
      return { generatedAt: assessed.now, timeZone: assessed.world.user.timeZone, value };
    },

    async draft(key, tokens, suggestionId, edits) {
      const { suggestion, assessed } = await find(key, tokens, suggestionId);
      const world = assessed.world;
      const people = toPeopleById(world);
      const choice = { ...(edits.language === undefined ? {} : { language: edits.language }), ...(edits.tone === undefined ? {} : { tone: edits.tone }) };
      const written = writeSuggestion(suggestion, world, assessed.now, people, choice);
      const to: DraftRecipient[] = edits.recipients
        ? edits.recipients.map((address) => {
            const known = people.get(address.toLowerCase());
            return known ? { address: known.email, name: known.displayName } : { address };
          })
        : written.recipients.map((p) => ({ address: p.email, name: p.displayName }));
      const readers = to.flatMap((r) => people.get(r.address.toLowerCase()) ?? []);
      const deferredSendAt = edits.delivery === 'their-morning' ? toTheirMorning(readers, deps.clock.now()) : undefined;
      const draftKey = draftKeyOf(key, suggestion, written.mail.templateVersion);
      // The user's edits go to Outlook as they are; they are not stored (the ledger keeps the key and message id).
      const body = edits.html !== undefined ? { contentType: 'html' as const, content: edits.html } : edits.text !== undefined ? { contentType: 'text' as const, content: edits.text } : { contentType: 'html' as const, content: written.mail.html };
      const made = await deps.drafts.draftOnce(key, tokens, {
        draftKey,
        subject: edits.subject ?? written.mail.subject,
        body,
        toRecipients: to,
        ...(deferredSendAt === undefined ? {} : { deferredSendAt }),
      });
      await deps.store.suggestions.put(key, { suggestionId, status: 'drafted', fingerprint: suggestion.fingerprint, draftKey, updatedAt: deps.clock.now() });
      return {
        suggestionId,
        messageId: made.messageId,
        webLink: made.webLink,
        outcome: made.outcome,
        ...(deferredSendAt === undefined || made.outcome === 'existing' ? {} : { deferredUntil: deferredSendAt }),
      };
    },

    async snooze(key, tokens, suggestionId, until) {
      const now = deps.clock.now();
      if (Date.parse(until) <= Date.parse(now)) throw new RequestError('REQUEST_INVALID', `snooze until ${until} is not after ${now}`, `body/until: ${until} has passed; snooze until a later time.`);
      const { suggestion } = await find(key, tokens, suggestionId);
      await deps.store.suggestions.put(key, { suggestionId, status: 'snoozed', fingerprint: suggestion.fingerprint, snoozedUntil: until, updatedAt: now });
    },

    async dismiss(key, tokens, suggestionId) {
      const { suggestion } = await find(key, tokens, suggestionId);
      await deps.store.suggestions.put(key, { suggestionId, status: 'dismissed', fingerprint: suggestion.fingerprint, updatedAt: deps.clock.now() });
    },

    async restore(key, tokens, suggestionId) {
      const { suggestion } = await find(key, tokens, suggestionId);
      const record = await deps.store.suggestions.get(key, suggestionId);
      // A drafted suggestion stays drafted: Undo only takes back a snooze or a dismissal.
      if (record?.status === 'drafted') return;
      await deps.store.suggestions.put(key, { suggestionId, status: 'open', fingerprint: suggestion.fingerprint, updatedAt: deps.clock.now() });
    },

    async compose(key, tokens, suggestionId, choice) {
      const { suggestion, assessed } = await find(key, tokens, suggestionId);
      const written = writeSuggestion(suggestion, assessed.world, assessed.now, toPeopleById(assessed.world), choice);
      return { suggestionId, language: written.mail.locale, tone: written.reader.tone, subject: written.mail.subject, html: written.mail.html, text: written.mail.text };
    },

    async forItem(key, tokens, itemId) {
      for (const horizonDays of LOOKUP_HORIZONS_DAYS) {
        const { assessed, memory } = await run(key, tokens, horizonDays);
        const asked = itemUpdate(assessed, memory, itemId);
        if (asked.outcome === 'unknown-item') continue;
        if (asked.outcome === 'no-stakeholders') {
          throw new RequestError('NOT_FOUND', `item ${itemId} has no stakeholders`, 'Nobody waits on this item, so there is no one to write an update to. Add a stakeholder to it first.');
        }
        const written = writeSuggestion(asked.suggestion, assessed.world, assessed.now);
        return toSuggestionDto(asked.suggestion, written, assessed.world, await draftOf(key, asked.suggestion.id));
      }
      throw new RequestError('NOT_FOUND', `no open item ${itemId} for this user`, 'This item is not among your open work now: it may be done or removed. Reload the risks.');
    },
  };
}
