import type { DraftResult, MeetingPanel } from '@upfront/contracts';
import { ApiError } from './api-error.js';
import { createRequester, isLocaleTag, isObject, type FetchFn } from './create-requester.js';
import { unexpectedBodyProblem } from './parse-problem.js';

/** The meeting side panel's API. Every method throws `ApiError` on failure. */
export interface MeetingsClient {
  /** The meeting of a Teams chat with its attendees' items and heads-ups; talking points in `locale`. */
  loadPanel(token: string, chatId: string, locale?: string): Promise<MeetingPanel>;
  /** Saves a heads-up suggestion, as it is, to the user's Outlook drafts (exactly once; never sent). */
  draftHeadsUp(token: string, suggestionId: string): Promise<DraftResult>;
}

/** `baseUrl` is '' when the tab and the API share an origin. */
export function createMeetingsClient(options: { baseUrl: string; fetchFn?: FetchFn }): MeetingsClient {
  const { requestJson } = createRequester(options);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    async loadPanel(token, chatId, locale) {
      const query = new URLSearchParams();
      if (locale !== undefined && isLocaleTag(locale)) query.set('locale', locale);
      const qs = query.toString();
      const body = await requestJson(`/api/meetings/by-chat/${encodeURIComponent(chatId)}${qs ? `?${qs}` : ''}`, { method: 'GET', headers: auth(token) }, 'a meeting panel');
      if (!isObject(body) || !Array.isArray(body.attendees) || typeof body.subject !== 'string') throw new ApiError(unexpectedBodyProblem(200, 'a meeting panel'));
      return body as MeetingPanel;
    },
    async draftHeadsUp(token, suggestionId) {
      const body = await requestJson(
        `/api/suggestions/${encodeURIComponent(suggestionId)}/draft`,
        { method: 'POST', headers: { ...auth(token), 'content-type': 'application/json' }, body: '{}' },
        'a draft',
      );
      if (!isObject(body) || typeof body.webLink !== 'string') throw new ApiError(unexpectedBodyProblem(200, 'a draft'));
      return body as DraftResult;
    },
  };
}
