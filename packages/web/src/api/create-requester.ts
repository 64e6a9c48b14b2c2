import { ApiError } from './api-error.js';
import { networkProblem, parseProblem, unexpectedBodyProblem } from './parse-problem.js';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** Sends requests to the API: a 2xx body comes back, anything else becomes an `ApiError` with the server's problem. */
export interface Requester {
  request(path: string, init: RequestInit): Promise<{ status: number; bodyText: string }>;
  /** The parsed JSON body; `what` names it in the problem when the body is not JSON. */
  requestJson(path: string, init: RequestInit, what: string): Promise<unknown>;
}

/** `baseUrl` is '' when the tab and the API share an origin. */
export function createRequester(options: { baseUrl: string; fetchFn?: FetchFn }): Requester {
  const fetchFn: FetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
  const url = (path: string): string => (/^https?:\/\//.test(path) ? path : `${options.baseUrl}${path}`);

  async function request(path: string, init: RequestInit): Promise<{ status: number; bodyText: string }> {
    let res: Response;
    try {
      res = await fetchFn(url(path), { ...init, headers: { accept: 'application/json', ...init.headers } });
    } catch (cause) {
      throw new ApiError(networkProblem(cause));
    }
    const bodyText = await res.text();
    if (!res.ok) {
      throw new ApiError(
        parseProblem({ status: res.status, statusText: res.statusText, contentType: res.headers.get('content-type'), bodyText }),
      );
    }
    return { status: res.status, bodyText };
  }

  return {
    request,
    async requestJson(path, init, what) {
      const { status, bodyText } = await request(path, init);
      try {
        return JSON.parse(bodyText) as unknown;
      } catch {
        throw new ApiError(unexpectedBodyProblem(status, what));
      }
    },
  };
}

/** A BCP 47 tag the API accepts (the `locale` query of its schemas); anything else is left out, not sent to fail. */
export function isLocaleTag(locale: string): boolean {
  return locale.length <= 35 && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
