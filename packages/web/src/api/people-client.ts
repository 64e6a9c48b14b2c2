import type { PeopleList, StakeholderPreference } from '@upfront/contracts';
import { ApiError } from './api-error.js';
import { createRequester, isLocaleTag, isObject, type FetchFn } from './create-requester.js';
import { unexpectedBodyProblem } from './parse-problem.js';

/** The API of the People view. Every method throws `ApiError` on failure. */
export interface PeopleClient {
  /** The user's stakeholders with their day, week, next holiday, last contact, what is owed and the user's settings. */
  loadPeople(token: string, horizonDays: number, locale?: string, options?: { fresh?: boolean }): Promise<PeopleList>;
  /**
   * Saves the user's settings for one person. PUT replaces the whole preference, so `change` is applied to what
   * the server holds now (its worked holidays kept), not to what this tab last saw.
   */
  changePreference(token: string, stakeholderId: string, change: (current: StakeholderPreference) => StakeholderPreference): Promise<void>;
}

type PreferenceEntry = StakeholderPreference & { stakeholderId: string };

export function createPeopleClient(options: { baseUrl: string; fetchFn?: FetchFn }): PeopleClient {
  const { request, requestJson } = createRequester(options);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    async loadPeople(token, horizonDays, locale, options = {}) {
      const query = new URLSearchParams({ horizonDays: String(horizonDays) });
      if (locale !== undefined && isLocaleTag(locale)) query.set('locale', locale);
      // A Refresh reads Microsoft 365 again instead of the world the server keeps for a short while.
      const headers = options.fresh === true ? { ...auth(token), 'cache-control': 'no-cache' } : auth(token);
      const body = await requestJson(`/api/people?${query.toString()}`, { method: 'GET', headers }, 'a list of people');
      if (!isObject(body) || !Array.isArray(body.people)) throw new ApiError(unexpectedBodyProblem(200, 'a list of people'));
      return body as unknown as PeopleList;
    },
    async changePreference(token, stakeholderId, change) {
      const body = await requestJson('/api/stakeholders/preferences', { method: 'GET', headers: auth(token) }, 'your settings');
      if (!isObject(body) || !Array.isArray(body.value)) throw new ApiError(unexpectedBodyProblem(200, 'your settings'));
      const id = stakeholderId.toLowerCase();
      const found = (body.value as PreferenceEntry[]).find((p) => p.stakeholderId.toLowerCase() === id);
      const current: StakeholderPreference = found === undefined ? { workedHolidays: [] } : (({ stakeholderId: _id, ...rest }) => rest)(found);
      await request(`/api/stakeholders/${encodeURIComponent(id)}/preferences`, {
        method: 'PUT',
        headers: { ...auth(token), 'content-type': 'application/json' },
        body: JSON.stringify(change(current)),
      });
    },
  };
}
