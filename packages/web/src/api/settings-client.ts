import type { DigestPreview, DigestSettings, DigestSettingsResponse, WorkSettings, WorkSettingsResponse } from '@upfront/contracts';
import { ApiError } from './api-error.js';
import { createRequester, isLocaleTag, isObject, type FetchFn } from './create-requester.js';
import { unexpectedBodyProblem } from './parse-problem.js';

/** The API of the user's settings: working preferences, suggestion kinds and the weekly digest. Throws `ApiError`. */
export interface SettingsClient {
  loadWork(token: string): Promise<WorkSettingsResponse>;
  saveWork(token: string, settings: WorkSettings): Promise<WorkSettingsResponse>;
  /** Back to the defaults (the stored document is removed). */
  resetWork(token: string): Promise<WorkSettingsResponse>;
  loadDigestSettings(token: string): Promise<DigestSettingsResponse>;
  saveDigestSettings(token: string, settings: DigestSettings): Promise<DigestSettingsResponse>;
  loadDigestPreview(token: string, locale?: string): Promise<DigestPreview>;
}

export function createSettingsClient(options: { baseUrl: string; fetchFn?: FetchFn }): SettingsClient {
  const { requestJson } = createRequester(options);
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const json = (token: string, method: 'PUT', body: unknown): RequestInit => ({ method, headers: { ...auth(token), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const expectObject = <T>(body: unknown, what: string, has: (o: Record<string, unknown>) => boolean): T => {
    if (!isObject(body) || !has(body)) throw new ApiError(unexpectedBodyProblem(200, what));
    return body as T;
  };
  const work = (body: unknown) => expectObject<WorkSettingsResponse>(body, 'the working preferences', (o) => isObject(o.settings) && isObject(o.defaults));
  const digest = (body: unknown) => expectObject<DigestSettingsResponse>(body, 'the digest settings', (o) => isObject(o.settings));
  return {
    async loadWork(token) {
      return work(await requestJson('/api/settings/work', { method: 'GET', headers: auth(token) }, 'the working preferences'));
    },
    async saveWork(token, settings) {
      return work(await requestJson('/api/settings/work', json(token, 'PUT', settings), 'the working preferences'));
    },
    async resetWork(token) {
      return work(await requestJson('/api/settings/work', { method: 'DELETE', headers: auth(token) }, 'the working preferences'));
    },
    async loadDigestSettings(token) {
      return digest(await requestJson('/api/settings/digest', { method: 'GET', headers: auth(token) }, 'the digest settings'));
    },
    async saveDigestSettings(token, settings) {
      return digest(await requestJson('/api/settings/digest', json(token, 'PUT', settings), 'the digest settings'));
    },
    async loadDigestPreview(token, locale) {
      const query = new URLSearchParams();
      if (locale !== undefined && isLocaleTag(locale)) query.set('locale', locale);
      const body = await requestJson(`/api/digest/preview${query.size > 0 ? `?${query.toString()}` : ''}`, { method: 'GET', headers: auth(token) }, 'a digest preview');
      return expectObject<DigestPreview>(body, 'a digest preview', (o) => typeof o.text === 'string');
    },
  };
}
