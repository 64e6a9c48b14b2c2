import type { OutlookContext, OutlookContextRequest } from '@upfront/contracts';
import { ApiError } from './api-error.js';
import { createRequester, isLocaleTag, isObject, type FetchFn } from './create-requester.js';
import { unexpectedBodyProblem } from './parse-problem.js';

/** The API of the Outlook add-in pane. Every method throws `ApiError` on failure. */
export interface OutlookClient {
  /** What the user owes the people of the open message, their day and time away, and the update to insert. */
  loadContext(token: string, request: OutlookContextRequest): Promise<OutlookContext>;
}

export function createOutlookClient(options: { baseUrl: string; fetchFn?: FetchFn }): OutlookClient {
  const { requestJson } = createRequester(options);
  return {
    async loadContext(token, request) {
      const what = 'the people of this message';
      const body = await requestJson(
        '/api/outlook/context',
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            mode: request.mode,
            addresses: request.addresses,
            ...(request.locale !== undefined && isLocaleTag(request.locale) ? { locale: request.locale } : {}),
          }),
        },
        what,
      );
      if (!isObject(body) || !Array.isArray(body.people)) throw new ApiError(unexpectedBodyProblem(200, what));
      return body as OutlookContext;
    },
  };
}
