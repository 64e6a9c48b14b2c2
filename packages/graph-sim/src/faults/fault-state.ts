import type { FaultConfig, FaultRule } from './fault-config.js';

export interface FaultDecision {
  rule: FaultRule;
}

/** Live fault configuration with per-rule counters and the throttling budget's sliding windows. */
export class FaultState {
  private config: FaultConfig = {};
  private counters = new Map<FaultRule, number>();
  private windows = new Map<string, number[]>();

  constructor(config?: FaultConfig) {
    this.set(config ?? {});
  }

  get(): FaultConfig {
    return this.config;
  }

  set(config: FaultConfig): void {
    this.config = { rules: [...(config.rules ?? [])], ...(config.budget ? { budget: { ...config.budget } } : {}) };
    this.counters.clear();
    this.windows.clear();
  }

  /** The first rule that applies to this request (counting it), if any. */
  match(kinds: readonly FaultRule['kind'][], method: string, path: string, upn: string | undefined): FaultRule | undefined {
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
