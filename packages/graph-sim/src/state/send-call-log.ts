/** Which sending endpoint a call reached: `POST ~/messages/{id}/send`, `~/sendMail`, or `~/messages/{id}/reply|replyAll|forward`. */
export type SendEndpoint = 'send' | 'sendMail' | 'reply' | 'replyAll' | 'forward';

/** Calls to the send endpoints per app (client id), refused ones included. */
export interface SendCallCount {
  appId: string;
  send: number;
  sendMail: number;
  reply: number;
  replyAll: number;
  forward: number;
  /** Of those, how many were refused (403 and other errors): nothing was sent by them. */
  refused: number;
}

/**
 * Every call to a send endpoint, counted per app before anything is checked, so a test can assert that an app
 * never even tried to send (Upfront only writes drafts). Kept across `POST /demo/reset`; cleared only on request.
 */
export class SendCallLog {
  private counts = new Map<string, SendCallCount>();

  /** Counts one call of `appId` to `endpoint`. */
  count(appId: string, endpoint: SendEndpoint): void {
    const c = this.entry(appId);
    c[endpoint] += 1;
  }

  /** Marks the last counted call of `appId` as refused. */
  refuse(appId: string): void {
    this.entry(appId).refused += 1;
  }

  /** The counts, one row per app that called. */
  list(): SendCallCount[] {
    return [...this.counts.values()].map((c) => ({ ...c }));
  }

  clear(): void {
    this.counts.clear();
  }

  private entry(appId: string): SendCallCount {
    const c = this.counts.get(appId) ?? { appId, send: 0, sendMail: 0, reply: 0, replyAll: 0, forward: 0, refused: 0 };
    this.counts.set(appId, c);
    return c;
  }
}
