import type { GraphArea } from '../errors.js';

/** One Graph request, relative to the version root (`/me/todo/lists`) or an absolute `@odata.nextLink`. */
export interface GraphCall {
  id: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** What becomes stale if this call fails. */
  area: GraphArea;
}

export interface GraphResult {
  id: string;
  status: number;
  body: unknown;
  retryAfter?: string | null;
}

