import type { AuthConfig, DemoUser, EffortOverride, ItemMark, ItemMarkRequest, Problem, RiskReport, StakeholderPreference } from '@upfront/contracts';
import { ApiError } from './api-error.js';
import { createRequester, isLocaleTag, isObject, type FetchFn } from './create-requester.js';
import { unexpectedBodyProblem } from './parse-problem.js';

export { ApiError } from './api-error.js';
export type { FetchFn } from './create-requester.js';

/** Any failure as a `Problem` the tab can show: the server's own, or a generic one with `fallbackDetail`. */
export function toProblem(error: unknown, fallbackDetail: string): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    type: 'about:blank',
    title: 'Something went wrong',
    status: 0,
    detail: error instanceof Error ? error.message : fallbackDetail,
    code: 'WEB_UNEXPECTED',
  };
}

/** The user's settings for one stakeholder, as `GET /api/stakeholders/preferences` lists them. */
export type StakeholderPreferenceEntry = StakeholderPreference & { stakeholderId: string };

/** The typed HTTP API the tab uses. Every method throws `ApiError` on failure. */
export interface ApiClient {
  loadAuthConfig(): Promise<AuthConfig>;
  loadDemoUsers(usersUrl: string): Promise<DemoUser[]>;
  createDemoToken(tokenUrl: string, userPrincipalName: string): Promise<string>;
  /** The report for the next `horizonDays` (the user's stored horizon when undefined), every text in `locale` (the host's; the mailbox language when absent). */
  loadRisks(token: string, horizonDays: number | undefined, locale?: string, options?: { fresh?: boolean }): Promise<RiskReport>;
  /** Sets the user's own estimate of the work left on an item; it beats the derived one. */
  saveEffortOverride(token: string, itemId: string, override: EffortOverride): Promise<void>;
  /** Drops the user's estimate: the item goes back to the derived one. */
  deleteEffortOverride(token: string, itemId: string): Promise<void>;
  loadStakeholderPreferences(token: string): Promise<StakeholderPreferenceEntry[]>;
  /** Replaces the whole preference of one stakeholder (read it first, and send it back with the change). */
  saveStakeholderPreference(token: string, stakeholderId: string, preference: StakeholderPreference): Promise<void>;
  /** Snoozes an item or marks it done for now (as seen at `horizonDays`); answers the mark in force. */
  saveItemMark(token: string, itemId: string, mark: ItemMarkRequest, horizonDays: number | undefined): Promise<ItemMark>;
  /** Takes the mark off an item (Undo): it is back in the list. */
  deleteItemMark(token: string, itemId: string): Promise<void>;
}

/** Creates the API client; `baseUrl` is '' when the tab and the API share an origin. */
export function createApiClient(options: { baseUrl: string; fetchFn?: FetchFn }): ApiClient {
  const { request, requestJson } = createRequester(options);

  return {
    async loadAuthConfig() {
      const body = await requestJson('/api/auth-config', { method: 'GET' }, 'the sign-in configuration');
      if (!isObject(body)) throw new ApiError(unexpectedBodyProblem(200, 'the sign-in configuration'));
      return body as AuthConfig;
    },
    async loadDemoUsers(usersUrl) {
      const body = await requestJson(usersUrl, { method: 'GET' }, 'a list of people');
      if (!isObject(body) || !Array.isArray(body.value)) throw new ApiError(unexpectedBodyProblem(200, 'a list of people'));
      return body.value as DemoUser[];
    },
    async createDemoToken(tokenUrl, userPrincipalName) {
      const body = await requestJson(
        tokenUrl,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userPrincipalName }) },
        'a token',
      );
      if (!isObject(body) || typeof body.token !== 'string') throw new ApiError(unexpectedBodyProblem(200, 'a token'));
      return body.token;
    },
    async loadRisks(token, horizonDays, locale, options) {
      const query = new URLSearchParams(horizonDays === undefined ? {} : { horizonDays: String(horizonDays) });
      if (locale !== undefined && isLocaleTag(locale)) query.set('locale', locale);
      const body = await requestJson(
        `/api/risks${query.size === 0 ? '' : `?${query.toString()}`}`,
        // A Refresh reads Graph afresh: `Cache-Control: no-cache` (the server keeps a world for a short while).
        { method: 'GET', headers: { authorization: `Bearer ${token}`, ...(options?.fresh === true ? { 'cache-control': 'no-cache' } : {}) } },
        'a risk report',
      );
      if (!isObject(body) || !Array.isArray(body.items)) throw new ApiError(unexpectedBodyProblem(200, 'a risk report'));
      return body as RiskReport;
    },
    async saveEffortOverride(token, itemId, override) {
      await request(`/api/items/${encodeURIComponent(itemId)}/effort`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ hours: override.hours }),
      });
    },
    async deleteEffortOverride(token, itemId) {
      await request(`/api/items/${encodeURIComponent(itemId)}/effort`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      });
    },
    async loadStakeholderPreferences(token) {
      const what = 'a list of stakeholder preferences';
      const body = await requestJson('/api/stakeholders/preferences', { method: 'GET', headers: { authorization: `Bearer ${token}` } }, what);
      if (!isObject(body) || !Array.isArray(body.value)) throw new ApiError(unexpectedBodyProblem(200, what));
      return body.value.filter(isObject).map((entry) => ({
        ...(entry as StakeholderPreferenceEntry),
        // An older server may leave the list out when it is empty.
        workedHolidays: Array.isArray(entry.workedHolidays) ? (entry.workedHolidays as string[]) : [],
      }));
    },
    async saveItemMark(token, itemId, mark, horizonDays) {
      const query = new URLSearchParams(horizonDays === undefined ? {} : { horizonDays: String(horizonDays) });
      const body = await requestJson(
        `/api/items/${encodeURIComponent(itemId)}/mark${query.size === 0 ? '' : `?${query.toString()}`}`,
        { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(mark) },
        'a mark',
      );
      if (!isObject(body) || (body.kind !== 'snoozed' && body.kind !== 'done-for-now')) throw new ApiError(unexpectedBodyProblem(200, 'a mark'));
      return body as ItemMark;
    },
    async deleteItemMark(token, itemId) {
      await request(`/api/items/${encodeURIComponent(itemId)}/mark`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    },
    async saveStakeholderPreference(token, stakeholderId, preference) {
      await request(`/api/stakeholders/${encodeURIComponent(stakeholderId)}/preferences`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          ...(preference.deadlineStyle === undefined ? {} : { deadlineStyle: preference.deadlineStyle }),
          ...(preference.language === undefined ? {} : { language: preference.language }),
          workedHolidays: preference.workedHolidays,
        }),
      });
    },
  };
}
