import type { FaultConfig, FaultKind, FaultRule } from './fault-config.js';

export interface FaultDecision {
  rule: FaultRule;
}

/** Live fault configuration with per-rule counters, the throttling budget's sliding windows and the MailboxConcurrency gauges. */
export class FaultState {
  private config: FaultConfig = {};
  private counters = new Map<FaultRule, number>();
  private windows = new Map<string, number[]>();
  /** In-flight requests per app per mailbox, now and at most, and how many were refused for being one too many. */
  private inFlight = new Map<string, { now: number; max: number; rejected: number; appId: string; mailboxId: string }>();

  constructor(config?: FaultConfig) {
    this.set(config ?? {});
  }

  get(): FaultConfig {
    return this.config;
  }

  set(config: FaultConfig): void {
    this.config = {
      rules: [...(config.rules ?? [])],
      ...(config.budget ? { budget: { ...config.budget } } : {}),
      ...(config.searchLagMs !== undefined ? { searchLagMs: config.searchLagMs } : {}),
    };
    this.counters.clear();
    this.windows.clear();
  }

  /** Milliseconds a new message stays invisible to the extended-property `$filter` (0: none). */
  searchLagMs(): number {
    const lag = this.config.searchLagMs ?? 0;
    return Number.isFinite(lag) && lag > 0 ? lag : 0;
  }

  /** The MailboxConcurrency limit in force (0: off). */
  concurrencyLimit(): number {
    const limit = this.config.budget?.concurrentPerMailbox ?? 4;
    return Number.isInteger(limit) && limit > 0 ? limit : 0;
  }

  /** Takes a slot for a request of `appId` to `mailboxId`; false (and counted as rejected) when all are taken. */
  enter(appId: string, mailboxId: string): boolean {
    const key = `${appId}:${mailboxId}`;
    const gauge = this.inFlight.get(key) ?? { now: 0, max: 0, rejected: 0, appId, mailboxId };
    this.inFlight.set(key, gauge);
    const limit = this.concurrencyLimit();
    if (limit > 0 && gauge.now >= limit) {
      gauge.rejected += 1;
      return false;
    }
    gauge.now += 1;
    gauge.max = Math.max(gauge.max, gauge.now);
    return true;
  }

  /** Frees the slot `enter` took. */
  leave(appId: string, mailboxId: string): void {
    const gauge = this.inFlight.get(`${appId}:${mailboxId}`);
    if (gauge && gauge.now > 0) gauge.now -= 1;
  }

  /** The concurrency gauges, per app and mailbox. */
  concurrency(): { appId: string; mailboxId: string; inFlight: number; maxInFlight: number; rejected: number }[] {
    return [...this.inFlight.values()].map((g) => ({ appId: g.appId, mailboxId: g.mailboxId, inFlight: g.now, maxInFlight: g.max, rejected: g.rejected }));
  }

  /** Forgets the maxima and rejections (requests in flight stay counted). */
  resetConcurrencyGauges(): void {
    for (const [key, g] of this.inFlight) {
      if (g.now === 0) this.inFlight.delete(key);
      else {
        g.max = g.now;
        g.rejected = 0;
      }
    }
  }

  /** The first rule that applies to this request (counting it), if any. */
  match(kinds: readonly FaultKind[], method: string, path: string, upn: string | undefined): FaultRule | undefined {
    for (const rule of this.config.rules ?? []) {
      if (!kinds.includes(rule.kind)) continue;
      const m = rule.match ?? {};
      if (m.method && m.method.toUpperCase() !== method.toUpperCase()) continue;
      if (m.path && !new RegExp(m.path, 'i').test(path)) continue;
      if (m.user && (!upn || m.user.toLowerCase() !== upn.toLowerCase())) continue;
      const n = (this.counters.get(rule) ?? 0) + 1;
      this.counters.set(rule, n);
      if (rule.times !== undefined && n > rule.times) continue;
      if (rule.everyNth && rule.everyNth > 1 && n % rule.everyNth !== 0) continue;
      return rule;
    }
    return undefined;
  }

  /** Counts a request against the budget; returns seconds to wait when over it. */
  spend(appId: string, mailboxId: string | undefined, nowMs: number): number | undefined {
    const budget = this.config.budget;
    if (!budget) return undefined;
    const windowMs = budget.windowMs ?? 600_000;
    const checks: [string, number | undefined][] = [
      [`app:${appId}`, budget.perApp],
      [`mbx:${appId}:${mailboxId ?? '-'}`, mailboxId ? budget.perUserPerApp : undefined],
    ];
    let wait: number | undefined;
    for (const [key, limit] of checks) {
      if (limit === undefined) continue;
      const list = (this.windows.get(key) ?? []).filter((t) => t > nowMs - windowMs);
      this.windows.set(key, list);
      if (list.length >= limit) {
        const oldest = list[0] ?? nowMs;
        wait = Math.max(wait ?? 0, Math.max(1, Math.ceil((oldest + windowMs - nowMs) / 1000)));
      }
    }
    if (wait !== undefined) return wait;
    for (const [key, limit] of checks) if (limit !== undefined) this.windows.get(key)?.push(nowMs);
    return undefined;
  }
}
