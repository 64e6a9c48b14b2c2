import type {
  ComposedText,
  ComposeRequest,
  DigestPreview,
  DigestSettings,
  DigestSettingsResponse,
  DraftRequest,
  DraftResult,
  MeetingBrief,
  Suggestion,
  SuggestionList,
} from '@upfront/contracts';
import { ApiError } from './api-error.js';
import { createRequester, isLocaleTag, isObject, type FetchFn } from './create-requester.js';
import { unexpectedBodyProblem } from './parse-problem.js';

/** The API of suggested updates, drafts and the weekly digest. Every method throws `ApiError` on failure. */
export interface UpdatesClient {
  /** Suggested updates for the next `horizonDays`, each message in its readers' language; reasons are facts. */
  loadSuggestions(token: string, horizonDays: number): Promise<SuggestionList>;
  /** Saves the suggestion (with the user's edits) as a draft in the user's Outlook; never sends it. */
  draftSuggestion(token: string, suggestionId: string, edits: DraftRequest): Promise<DraftResult>;
  snoozeSuggestion(token: string, suggestionId: string, until: string): Promise<void>;
  dismissSuggestion(token: string, suggestionId: string): Promise<void>;
  /** Undoes a snooze or a dismissal. */
  restoreSuggestion(token: string, suggestionId: string): Promise<void>;
  /** The suggestion's subject and body written again in another language or tone (nothing is stored). */
  composeSuggestion(token: string, suggestionId: string, choice: ComposeRequest): Promise<ComposedText>;
  /** An update about one item, on request: a heads-up when it is in trouble, an on-track note otherwise. */
  updateForItem(token: string, itemId: string): Promise<Suggestion>;
  loadMeetingBrief(token: string, meetingId: string, locale?: string): Promise<MeetingBrief>;
  loadDigestSettings(token: string): Promise<DigestSettingsResponse>;
  saveDigestSettings(token: string, settings: DigestSettings): Promise<DigestSettingsResponse>;
  loadDigestPreview(token: string, locale?: string): Promise<DigestPreview>;
}

export function createUpdatesClient(options: { baseUrl: string; fetchFn?: FetchFn }): UpdatesClient {
  const { request, requestJson } = createRequester(options);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const withLocale = (query: URLSearchParams, locale: string | undefined) => {
    if (locale !== undefined && isLocaleTag(locale)) query.set('locale', locale);
    return query.toString();
  };
  const expectObject = <T>(body: unknown, what: string, has: (o: Record<string, unknown>) => boolean): T => {
    if (!isObject(body) || !has(body)) throw new ApiError(unexpectedBodyProblem(200, what));
    return body as T;
  };
  const suggestionPath = (id: string, action: string) => `/api/suggestions/${encodeURIComponent(id)}/${action}`;
  return {
    async loadSuggestions(token, horizonDays) {
      const query = new URLSearchParams({ horizonDays: String(horizonDays) }).toString();
      const body = await requestJson(`/api/suggestions?${query}`, { method: 'GET', headers: auth(token) }, 'a list of suggestions');
      return expectObject<SuggestionList>(body, 'a list of suggestions', (o) => Array.isArray(o.value));
    },
    async draftSuggestion(token, suggestionId, edits) {
      const body = await requestJson(
        suggestionPath(suggestionId, 'draft'),
        { method: 'POST', headers: { ...auth(token), 'content-type': 'application/json' }, body: JSON.stringify(edits) },
        'a draft',
      );
      return expectObject<DraftResult>(body, 'a draft', (o) => typeof o.webLink === 'string');
    },
    async snoozeSuggestion(token, suggestionId, until) {
      await request(suggestionPath(suggestionId, 'snooze'), {
        method: 'POST',
        headers: { ...auth(token), 'content-type': 'application/json' },
        body: JSON.stringify({ until }),
      });
    },
    async dismissSuggestion(token, suggestionId) {
      await request(suggestionPath(suggestionId, 'dismiss'), { method: 'POST', headers: auth(token) });
    },
    async restoreSuggestion(token, suggestionId) {
      await request(suggestionPath(suggestionId, 'restore'), { method: 'POST', headers: auth(token) });
    },
    async composeSuggestion(token, suggestionId, choice) {
      const body = await requestJson(
        suggestionPath(suggestionId, 'compose'),
        { method: 'POST', headers: { ...auth(token), 'content-type': 'application/json' }, body: JSON.stringify(choice) },
        'a message written again',
      );
      return expectObject<ComposedText>(body, 'a message written again', (o) => typeof o.text === 'string' && typeof o.subject === 'string');
    },
    async updateForItem(token, itemId) {
      const body = await requestJson(`/api/items/${encodeURIComponent(itemId)}/update`, { method: 'POST', headers: auth(token) }, 'an update for the item');
      return expectObject<Suggestion>(body, 'an update for the item', (o) => typeof o.id === 'string' && Array.isArray(o.recipients));
    },
    async loadMeetingBrief(token, meetingId, locale) {
      const query = withLocale(new URLSearchParams(), locale);
      const body = await requestJson(
        `/api/meetings/${encodeURIComponent(meetingId)}/brief${query ? `?${query}` : ''}`,
        { method: 'GET', headers: auth(token) },
        'a meeting brief',
      );
      return expectObject<MeetingBrief>(body, 'a meeting brief', (o) => typeof o.text === 'string');
    },
    async loadDigestSettings(token) {
      const body = await requestJson('/api/settings/digest', { method: 'GET', headers: auth(token) }, 'the digest settings');
      return expectObject<DigestSettingsResponse>(body, 'the digest settings', (o) => isObject(o.settings));
    },
    async saveDigestSettings(token, settings) {
      const body = await requestJson(
        '/api/settings/digest',
        { method: 'PUT', headers: { ...auth(token), 'content-type': 'application/json' }, body: JSON.stringify(settings) },
        'the digest settings',
      );
      return expectObject<DigestSettingsResponse>(body, 'the digest settings', (o) => isObject(o.settings));
    },
    async loadDigestPreview(token, locale) {
      const query = withLocale(new URLSearchParams(), locale);
      const body = await requestJson(`/api/digest/preview${query ? `?${query}` : ''}`, { method: 'GET', headers: auth(token) }, 'a digest preview');
      return expectObject<DigestPreview>(body, 'a digest preview', (o) => typeof o.text === 'string');
    },
  };
}
