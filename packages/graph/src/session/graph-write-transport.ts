import type { GraphArea } from '../errors.js';
import { createGraphClient } from './graph-middleware.js';
import type { GraphClientSession, RetryPolicy } from './graph-middleware.js';
import type { LoadStats } from './load-stats.js';
import { toTypedError } from './to-typed-error.js';

/**
 * The write path of a Graph session for one access token. Nothing it sends is marked safe to retry: a POST answered
 * 503/504, timed out or lost on the network is never replayed (Graph may have committed it), only a 429 is (Graph
 * did not process it, [D: throttling.md]). GETs it makes (look-ups before and after a write) are reads and retried
 * as such. The caller decides what an ambiguous failure means, after looking at what Graph holds.
 */
export class GraphWriteTransport {
  private readonly session: GraphClientSession;

  constructor(private readonly opts: { baseUrl: string; accessToken: string; fetch: typeof fetch; retry: RetryPolicy; stats: LoadStats; appOnly?: boolean }) {
    this.session = createGraphClient(opts);
  }

  /** A POST that is sent once (again only after a 429); a failure throws a typed error. */
  async post(url: string, body: unknown, area: GraphArea): Promise<unknown> {
    try {
      return await this.session.client.api(this.session.relative(url)).post(body);
    } catch (error) {
      throw toTypedError(error, area, this.opts.appOnly === true);
    }
  }

  /** A read beside a write (a look-up): retried like every read. */
  async get(url: string, area: GraphArea): Promise<unknown> {
    try {
      return await this.session.client.api(this.session.relative(url)).get();
    } catch (error) {
      throw toTypedError(error, area, this.opts.appOnly === true);
    }
  }
}
